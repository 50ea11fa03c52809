using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>
/// principles.md's estimate of a session's length when none is recorded: Σ over working and warm-up sets of
/// (reps × 4 s, or the set's duration) + the declared rest after each set (90 s when undeclared) + 5 min.
/// </summary>
internal static class SessionLength
{
    private static readonly TimeSpan DefaultRest = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan SetUp = TimeSpan.FromMinutes(5);
    private const double SecondsPerRep = 4;

    // An AMRAP set with no reps recorded is assumed to go to about ten.
    private const int AssumedAmrapReps = 10;

    public static TimeSpan Estimate(TrainingSession session) => Estimate(session.Exercises.Select(e => e.Sets));

    /// <summary>The estimate for exercises given by their sets.</summary>
    public static TimeSpan Estimate(IEnumerable<IReadOnlyList<TrainingSet>> exercises)
    {
        var seconds = SetUp.TotalSeconds;
        foreach (var sets in exercises)
        {
            for (var i = 0; i < sets.Count; i++)
            {
                var set = sets[i];
                var work = set.Duration?.TotalSeconds
                    ?? (set.RepsMax ?? set.Reps ?? (set.Amrap ? AssumedAmrapReps : 0)) * SecondsPerRep;
                seconds += (set.PerSide ? 2 * work : work) + (set.Rest ?? DefaultRest).TotalSeconds;
            }
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
