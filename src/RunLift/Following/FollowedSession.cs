namespace RunLift.Following;

/// <summary>Where a planned session stands against the log.</summary>
public enum SessionOutcome
{
    /// <summary>≥ 80 % of its working sets logged.</summary>
    Done,

    /// <summary>50–79 % logged.</summary>
    Partial,

    /// <summary>Its day is past and under 50 % was logged (or nothing).</summary>
    Missed,

    /// <summary>Today or later, and not logged yet.</summary>
    Planned,
}

/// <summary>A planned session as the log left it: where it is now, and what was done of it.</summary>
/// <param name="Planned">The session as the plan wrote it.</param>
/// <param name="Date">Its day now: the plan's day, or the day it was moved to after being missed.</param>
/// <param name="Outcome">Done, partial, missed or still planned.</param>
/// <param name="Logged">The logged session that matched it, if any.</param>
/// <param name="MatchedSets">The planned working sets the logged session did.</param>
/// <param name="Dropped">Missed, and no day of its week kept the 24 h and 48 h rules: the next session proceeds as written.</param>
public sealed record FollowedSession(PlannedWorkout Planned, DateOnly Date, SessionOutcome Outcome, LoggedWorkout? Logged, int MatchedSets, bool Dropped = false)
{
    /// <summary>Moved from the plan's day to another in its week.</summary>
    public bool Moved => Date != Planned.Date;

    /// <summary>The share of its working sets logged (0–1); null while it is still planned.</summary>
    public double? Compliance => Outcome == SessionOutcome.Planned ? null : Share(MatchedSets, Planned.WorkingSets);

    /// <summary>Counts towards compliance: dated on or before <paramref name="today"/>.</summary>
    public bool Counts(DateOnly today) => Date <= today;

    internal static double Share(int matched, int planned) => planned == 0 ? 1 : Math.Round((double)matched / planned, 3);
}
