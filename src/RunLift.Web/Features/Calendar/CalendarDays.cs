using RunLift.Data.Plans;
using RunLift.Following;

namespace RunLift.Web.Features.Calendar;

/// <summary>The domain's calendar days as the API and the pages show them.</summary>
internal static class CalendarDays
{
    /// <summary>The days of <paramref name="range"/> of <paramref name="followed"/>, with the <paramref name="runs"/> logged on them.</summary>
    public static List<CalendarDayView> Of(Followed followed, CalendarRange range, ILookup<DateOnly, CalendarRun> runs)
    {
        // A logged session counts for one planned session at most (PlanFollower.FollowAll).
        var matched = followed.Plans.SelectMany(p => p.Sessions).Where(s => s.Logged is not null)
            .ToDictionary(s => s.Logged!.SessionId, s => s.Date);
        return
        [
            .. followed.Days(range.From, range.To).Select(day => new CalendarDayView(
                day.Date,
                day.Status,
                day.Compliance,
                [.. day.Planned.Select(OnItsDay), .. day.MovedAway.Select(MovedAway)],
                [.. day.Logged.Select(l => new CalendarLogged(l.SessionId, l.Name, l.WorkingSets, matched.TryGetValue(l.SessionId, out var on) ? on : null))],
                [.. runs[day.Date]])),
        ];
    }

    private static CalendarPlanned OnItsDay(FollowedSession session) => new(
        session.Planned.PlanId,
        session.Planned.Name,
        session.Planned.WorkingSets,
        session.Outcome switch
        {
            SessionOutcome.Done => DayStatus.Done,
            SessionOutcome.Partial => DayStatus.Partial,
            SessionOutcome.Missed => DayStatus.Missed,
            _ => DayStatus.Planned,
        },
        session.Compliance,
        session.Moved ? session.Planned.Date : null,
        MovedTo: null,
        session.Dropped,
        session.Logged?.SessionId);

    private static CalendarPlanned MovedAway(FollowedSession session) => new(
        session.Planned.PlanId, session.Planned.Name, session.Planned.WorkingSets, DayStatus.Moved, Compliance: null, MovedFrom: null, session.Date, Dropped: false, LoggedSessionId: null);
}
