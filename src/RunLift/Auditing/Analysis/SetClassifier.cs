using RunLift.Catalog;
using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>Decides what a set is (heavy, light and high-rep, to failure), from principles.md's terms.</summary>
internal static class SetClassifier
{
    public const double HeavyShare = 0.80;
    public const double LightShare = 0.60;
    public const int HighReps = 13;
    private const int HeavyMaxReps = 6;
    private const int MostHeavyReps = 10;
    private const int LightEvidenceSessions = 2;
    private const double HeavyMinRpe = 7;
    private const double FailureRpe = 9.5;

    /// <summary>
    /// What <paramref name="set"/> is. Heavy: at ≥ 80 % of its max, or ≤ 6 reps at RPE ≥ 7, but never more than 10 reps
    /// (no one lifts 80 % of a true max 11 times: the max is wrong). Light and high-rep: ≥ 13 reps, or at ≤ 60 % of a
    /// max that is known, declared (@ 60%), or estimated from at least two other sessions; a thinner estimate cannot
    /// call a set of fewer reps light.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="exercise">Its catalog entry.</param>
    /// <param name="max">The lifter's max for the exercise: given, or estimated from the log's other sessions.</param>
    public static AnalysedSet Classify(TrainingSet set, Exercise exercise, MaxEstimate? max)
    {
        var share = ShareOfMax(set, max?.Load);
        var rpe = set.Rpe?.Value ?? (set.RepsInReserve is { } rir ? 10 - rir : (double?)null);
        var reps = set.RepsMax ?? set.Reps;
        var heavy = reps is not > MostHeavyReps
            && (share >= HeavyShare || (set.Reps is > 0 && reps <= HeavyMaxReps && rpe >= HeavyMinRpe));
        var lightShare = share <= LightShare && (set.PercentOneRepMax is not null || max is not { } m || m.IsKnown || m.OtherSessions >= LightEvidenceSessions);
        var lightHighRep = exercise.IsStrength && !exercise.RunnerAccessory && (set.Reps >= HighReps || lightShare);
        var failure = set.ToFailure || set.Amrap || set.RepsInReserve == 0 || rpe >= FailureRpe;
        return new AnalysedSet(set, set.PerSide ? 2 : 1, heavy, lightHighRep, failure);
    }

    /// <summary>The share of 1RM a set was lifted at, when it can be told.</summary>
    public static double? ShareOfMax(TrainingSet set, Load? oneRepMax)
    {
        if (set.PercentOneRepMax is { } percent)
        {
            return percent / 100;
        }

        if (set.Load is { } load && !set.Bodyweight && oneRepMax is { Kilograms: > 0 } max)
        {
            return load.Kilograms / max.Kilograms;
        }

        if (set.Reps is { } reps and > 0 && set.Rpe is { } rpe)
        {
            return OneRepMax.PercentAt(reps, rpe) / 100;
        }

        return null;
    }
}
