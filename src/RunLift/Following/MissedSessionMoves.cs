using RunLift.Planning;
using RunLift.Time;

namespace RunLift.Following;

/// <summary>
/// Where a missed session can go (principles.md, "Missed sessions are not doubled up"): a later day of its own week that
/// the planner itself could have chosen for it, with legs at least as fresh as its own day allowed (heavy legs never
/// within 24 h of a key run), and 48 h from every other session planned or done. None: it is dropped.
/// </summary>
internal sealed class MissedSessionMoves
{
    private readonly PlanCalendar? _calendar;

    /// <param name="request">The request the plan was made from; null when it cannot be read, and then nothing moves.</param>
    public MissedSessionMoves(PlanRequest? request) => _calendar = request is null ? null : new PlanCalendar(request);

    /// <summary>
    /// The first day after <paramref name="missed"/>'s that keeps the rules around <paramref name="others"/> (the sessions
    /// that stay on the schedule, and the logged ones); null when none does.
    /// </summary>
    public DateOnly? DayFor(PlannedWorkout missed, IEnumerable<(DateOnly Date, TimeOnly? Time)> others)
    {
        if (_calendar is null || missed.Date < _calendar.Monday)
        {
            return null;
        }

        var week = (missed.Date.DayNumber - _calendar.Monday.DayNumber) / 7;
        if (week >= _calendar.WeekCount)
        {
            return null;
        }

        var slots = SlotFinder.Candidates(_calendar, week, easy: false);
        var own = slots.FirstOrDefault(s => s.Date == missed.Date);
        var needed = own is null ? SlotKind.Easy : own.Kind;
        var taken = others.Select(o => _calendar.Hour(o.Date, o.Time ?? SlotFinder.EveningSession)).ToList();
        var sunday = IsoWeek.SundayOf(missed.Date);
        foreach (var slot in slots)
        {
            if (slot.Date > missed.Date && slot.Date <= sunday && Freshness(slot.Kind) >= Freshness(needed)
                && taken.All(hour => Math.Abs(slot.Hour - hour) >= SlotFinder.MinHoursBetweenSessions))
            {
                return slot.Date;
            }
        }

        return null;
    }


    private static int Freshness(SlotKind kind) => kind switch
    {
        SlotKind.Heavy => 2,
        SlotKind.Light => 1,
        _ => 0,
    };
}
