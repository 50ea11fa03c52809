using RunLift.Following;
using RunLift.Training;

namespace RunLift.Web.Features.Calendar;

// The views the calendar's components take as parameters are public, as Blazor wants its parameters' types; the rest
// stay internal.

/// <summary>The athlete's training calendar: their today, and each day asked for with what was planned and done.</summary>
/// <param name="Today">The athlete's date now, in their profile's time zone.</param>
/// <param name="Days">Every day of the range, in order.</param>
public sealed record CalendarView(DateOnly Today, IReadOnlyList<CalendarDayView> Days);

/// <summary>A day of the calendar.</summary>
/// <param name="Date">The day.</param>
/// <param name="Status">done, partial, missed, planned, moved, unplanned or rest.</param>
/// <param name="Compliance">The share of its planned working sets done (0–1); null when nothing due was planned on it.</param>
/// <param name="Planned">Its planned sessions: those on it now, then those moved away from it (<c>outcome</c> moved).</param>
/// <param name="Logged">The strength sessions logged on it.</param>
/// <param name="Runs">The runs logged on it.</param>
public sealed record CalendarDayView(
    DateOnly Date, DayStatus Status, double? Compliance, IReadOnlyList<CalendarPlanned> Planned, IReadOnlyList<CalendarLogged> Logged, IReadOnlyList<CalendarRun> Runs);

/// <summary>A planned session on a day of the calendar.</summary>
/// <param name="PlanId">The saved plan it belongs to.</param>
/// <param name="Name">Its name ("Strength A").</param>
/// <param name="WorkingSets">The working sets the plan asks for.</param>
/// <param name="Outcome">done, partial, missed or planned; moved on the day it was moved away from.</param>
/// <param name="Compliance">The share of its working sets done (0–1); null while it is planned, and on the day it left.</param>
/// <param name="MovedFrom">The plan's day for it, when it was missed there and moved to this day.</param>
/// <param name="MovedTo">The day it was moved to, on the plan's day for it.</param>
/// <param name="Dropped">Missed, and no later day of its week kept the 24 h and 48 h rules: the next session proceeds as written.</param>
/// <param name="LoggedSessionId">The logged session that matched it, if any (it may be a day either side).</param>
public sealed record CalendarPlanned(
    long PlanId, string Name, int WorkingSets, DayStatus Outcome, double? Compliance, DateOnly? MovedFrom, DateOnly? MovedTo, bool Dropped, long? LoggedSessionId);

/// <summary>A strength session logged on a day of the calendar.</summary>
/// <param name="SessionId">The logged session.</param>
/// <param name="Name">Its name.</param>
/// <param name="WorkingSets">Its working sets (warm-ups not counted).</param>
/// <param name="CountsFor">The day of the planned session it matched (its own, or a day either side); null when it matched none.</param>
public sealed record CalendarLogged(long SessionId, string Name, int WorkingSets, DateOnly? CountsFor);

/// <summary>A run logged on a day of the calendar.</summary>
/// <param name="Id">The logged run.</param>
/// <param name="Kind">Its kind, as the API names run kinds (<c>easy</c>, <c>long</c>, <c>race-pace</c>...).</param>
/// <param name="Minutes">Its moving time, in whole minutes.</param>
public sealed record CalendarRun(long Id, RunKind Kind, int Minutes);

/// <summary>A saved plan's compliance: overall and week by week.</summary>
/// <param name="Overall">Matched ÷ planned working sets of its sessions dated on or before today; null before its first.</param>
/// <param name="Weeks">Its weeks with sessions, Monday first.</param>
internal sealed record PlanComplianceView(double? Overall, IReadOnlyList<WeekCompliance> Weeks);

/// <summary>A week's planned sessions and how they went.</summary>
/// <param name="WeekStart">Its Monday.</param>
/// <param name="Planned">Its planned sessions, past and future.</param>
/// <param name="Done">Of those, done (≥ 80 % of their working sets).</param>
/// <param name="Partial">Partial (50–79 %).</param>
/// <param name="Missed">Missed (dropped ones included).</param>
/// <param name="Compliance">Matched ÷ planned working sets of its sessions dated on or before today; null when none is.</param>
public sealed record WeekCompliance(DateOnly WeekStart, int Planned, int Done, int Partial, int Missed, double? Compliance)
{
    /// <summary>The domain's week as the API shows it.</summary>
    public static WeekCompliance From(FollowedWeek week) => new(week.WeekStart, week.Planned, week.Done, week.Partial, week.Missed, week.Compliance);
}

/// <summary>How the athlete follows their plans, at a glance: this week, and their current plan.</summary>
/// <param name="ThisWeek">The sessions of the athlete's week (every plan's) and how they went.</param>
/// <param name="Plan">The plan they follow today, with its compliance so far; null when no plan covers today.</param>
public sealed record ComplianceAtAGlance(WeekCompliance ThisWeek, CurrentPlanCompliance? Plan);

/// <summary>The plan an athlete follows today.</summary>
/// <param name="PlanId">The saved plan.</param>
/// <param name="Name">Its name.</param>
/// <param name="Overall">Its compliance so far; null before its first session.</param>
public sealed record CurrentPlanCompliance(long PlanId, string Name, double? Overall);

/// <summary>A month of the calendar, as the page shows it.</summary>
/// <param name="Month">Its first day.</param>
/// <param name="View">The days of its weeks, Monday before its first day to Sunday after its last.</param>
public sealed record CalendarMonth(DateOnly Month, CalendarView View);

/// <summary>What reading the calendar for a range as the API gives it came to.</summary>
internal abstract record CalendarRead
{
    private CalendarRead()
    {
    }

    /// <summary>The days asked for.</summary>
    public sealed record Read(CalendarView View) : CalendarRead;

    /// <summary>The range is not one: the problems by field (<c>from</c>, <c>to</c>).</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : CalendarRead;
}
