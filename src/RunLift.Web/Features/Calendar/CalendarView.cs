using RunLift.Following;

namespace RunLift.Web.Features.Calendar;

/// <summary>The training calendar: the athlete's today and each day's planned and logged sessions and runs.</summary>
/// <param name="Today">The athlete's today, in their profile's time zone.</param>
/// <param name="Days">Every day of the range, in order.</param>
internal sealed record CalendarView(DateOnly Today, IReadOnlyList<CalendarDayView> Days);

/// <summary>A day of the calendar.</summary>
/// <param name="Date">The day.</param>
/// <param name="Status"><c>done</c>, <c>partial</c>, <c>missed</c>, <c>planned</c>, <c>moved</c>, <c>unplanned</c> or <c>rest</c>.</param>
/// <param name="Compliance">The share of its due planned working sets done (0–1); null when nothing due was planned.</param>
/// <param name="Planned">The planned sessions on it (moved ones on their new day), and those moved away from it.</param>
/// <param name="Logged">The strength sessions logged on it.</param>
/// <param name="Runs">The runs logged on it.</param>
internal sealed record CalendarDayView(
    DateOnly Date, string Status, double? Compliance, IReadOnlyList<PlannedItem> Planned, IReadOnlyList<LoggedItem> Logged, IReadOnlyList<RunItem> Runs)
{
    /// <summary>The day as the API shows it.</summary>
    public static CalendarDayView From(CalendarDay day, IReadOnlyList<RunItem> runs) => new(
        day.Date,
        Word(day.Status),
        day.Compliance,
        [.. day.Planned.Select(PlannedItem.From), .. day.MovedAway.Select(PlannedItem.MovedAway)],
        [.. day.Logged.Select(l => new LoggedItem(l.SessionId, l.Name, l.WorkingSets))],
        runs);

    /// <summary>A status as the API names it.</summary>
    public static string Word(DayStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>A planned session on a day.</summary>
/// <param name="PlanId">Its saved plan.</param>
/// <param name="Name">Its name.</param>
/// <param name="WorkingSets">The working sets it plans.</param>
/// <param name="Outcome"><c>done</c>, <c>partial</c>, <c>missed</c> or <c>planned</c>; <c>moved</c> on the day it was moved away from.</param>
/// <param name="Compliance">The share of its working sets done; null while it is still planned.</param>
/// <param name="MovedFrom">On the day it was moved to: the plan's day for it.</param>
/// <param name="MovedTo">On the plan's day for it: the day it was moved to.</param>
/// <param name="Dropped">Missed, and no later day of its week kept the 24 h and 48 h rules: the next session proceeds as written.</param>
internal sealed record PlannedItem(long PlanId, string Name, int WorkingSets, string Outcome, double? Compliance, DateOnly? MovedFrom, DateOnly? MovedTo, bool Dropped)
{
    /// <summary>The item for <paramref name="session"/>, on its new day, or on its plan day when it was moved away.</summary>
    public static PlannedItem From(FollowedSession session) => session.Moved
        ? new PlannedItem(session.Planned.PlanId, session.Planned.Name, session.Planned.WorkingSets, OutcomeOf(session), session.Compliance, session.Planned.Date, null, false)
        : new PlannedItem(session.Planned.PlanId, session.Planned.Name, session.Planned.WorkingSets, OutcomeOf(session), session.Compliance, null, null, session.Dropped);

    /// <summary>The entry on the plan's day for a session moved away from it.</summary>
    public static PlannedItem MovedAway(FollowedSession session) =>
        new(session.Planned.PlanId, session.Planned.Name, session.Planned.WorkingSets, "moved", null, null, session.Date, false);

    private static string OutcomeOf(FollowedSession session) => session.Outcome.ToString().ToLowerInvariant();
}

/// <summary>A strength session logged on a day.</summary>
internal sealed record LoggedItem(long SessionId, string Name, int WorkingSets);

/// <summary>A run logged on a day.</summary>
/// <param name="Id">The run.</param>
/// <param name="Kind">Its kind, as the API names run kinds (<c>easy</c>, <c>intervals</c>...).</param>
/// <param name="Minutes">Its moving time, in whole minutes.</param>
internal sealed record RunItem(long Id, string Kind, int Minutes);

/// <summary>A saved plan's compliance: overall and week by week.</summary>
/// <param name="Overall">Matched ÷ planned working sets of the sessions dated on or before today; null before the first.</param>
/// <param name="Weeks">Its weeks.</param>
internal sealed record PlanCompliance(double? Overall, IReadOnlyList<FollowedWeek> Weeks);
