using RunLift.Time;

namespace RunLift.Following;

/// <summary>A saved plan against the log: each session's day, outcome and match, and the compliance they add up to.</summary>
/// <param name="Plan">The plan followed.</param>
/// <param name="Today">The athlete's today it was followed on.</param>
/// <param name="Sessions">Its sessions in order of their days now (moved ones on their new day).</param>
public sealed record FollowedPlan(PlanToFollow Plan, DateOnly Today, IReadOnlyList<FollowedSession> Sessions)
{
    /// <summary>
    /// Matched ÷ planned working sets over the sessions dated on or before today (future ones do not count); null
    /// before the first session's day.
    /// </summary>
    public double? Overall => FollowedWeek.ComplianceOf(Sessions, Today);

    /// <summary>The next session: the first dated on or after today that no logged session matches yet; null when none is left.</summary>
    public FollowedSession? Next => Sessions.FirstOrDefault(s => s.Date >= Today && s.Logged is null && !s.Dropped);

    /// <summary>The plan's weeks (ISO weeks, Monday first) with their sessions' outcomes and compliance.</summary>
    public IReadOnlyList<FollowedWeek> Weeks =>
        [.. Sessions.GroupBy(s => IsoWeek.MondayOf(s.Date)).OrderBy(g => g.Key).Select(g => FollowedWeek.Of(g.Key, [.. g], Today))];
}

/// <summary>A week of a followed plan.</summary>
/// <param name="WeekStart">Its Monday.</param>
/// <param name="Planned">Its sessions, wherever they stand.</param>
/// <param name="Done">Of those, done.</param>
/// <param name="Partial">Partial.</param>
/// <param name="Missed">Missed (dropped ones included).</param>
/// <param name="Compliance">Matched ÷ planned working sets of its sessions dated on or before today; null when none is.</param>
public sealed record FollowedWeek(DateOnly WeekStart, int Planned, int Done, int Partial, int Missed, double? Compliance)
{
    /// <summary>
    /// The week of <paramref name="weekStart"/> with <paramref name="sessions"/> (of one plan, or of every plan the athlete
    /// followed that week), as they stand on <paramref name="today"/>.
    /// </summary>
    public static FollowedWeek Of(DateOnly weekStart, IReadOnlyCollection<FollowedSession> sessions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return new FollowedWeek(
            weekStart,
            sessions.Count,
            sessions.Count(s => s.Outcome == SessionOutcome.Done),
            sessions.Count(s => s.Outcome == SessionOutcome.Partial),
            sessions.Count(s => s.Outcome == SessionOutcome.Missed),
            ComplianceOf(sessions, today));
    }

    /// <summary>Matched ÷ planned working sets of <paramref name="sessions"/> dated on or before <paramref name="today"/>; null when none is.</summary>
    internal static double? ComplianceOf(IEnumerable<FollowedSession> sessions, DateOnly today)
    {
        var counted = sessions.Where(s => s.Counts(today)).ToList();
        return counted.Count == 0 ? null : FollowedSession.Share(counted.Sum(s => s.MatchedSets), counted.Sum(s => s.Planned.WorkingSets));
    }
}
