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
    private const double HeavyMinRpe = 7;
    private const double FailureRpe = 9.5;

    /// <param name="set">The set.</param>
    /// <param name="exercise">Its catalog entry.</param>
    /// <param name="oneRepMax">The lifter's 1RM for the exercise (known, or the best estimate of the trailing 12 weeks).</param>
    public static AnalysedSet Classify(TrainingSet set, Exercise exercise, Load? oneRepMax)
    {
        var share = ShareOfMax(set, oneRepMax);
        var rpe = set.Rpe?.Value ?? (set.RepsInReserve is { } rir ? 10 - rir : (double?)null);
        var heavy = share >= HeavyShare || (set.Reps is { } reps and > 0 && (set.RepsMax ?? reps) <= HeavyMaxReps && rpe >= HeavyMinRpe);
        var lightHighRep = exercise.IsStrength && !exercise.RunnerAccessory
            && (set.Reps >= HighReps || share <= LightShare);
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

    /// <summary>A reliable 1RM estimate from a performed set (loaded, 1–10 reps), or null.</summary>
    public static Load? EstimateMax(TrainingSet set) =>
        set.IsWorking && !set.Bodyweight && set.Load is { Kilograms: > 0 } load && set.Reps is { } reps && OneRepMax.IsReliable(reps)
            ? OneRepMax.Epley(load, reps)
            : null;
}
