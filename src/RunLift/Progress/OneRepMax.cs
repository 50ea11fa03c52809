using RunLift.Training;

namespace RunLift.Progress;

/// <summary>
/// 1RM estimates and the RPE ↔ %1RM relation (principles.md): Epley <c>w·(1 + r/30)</c> for r ≤ 10,
/// Brzycki <c>36w/(37 − r)</c> as the alternative, and the RTS table for RPE 10 at 1–12 reps.
/// </summary>
public static class OneRepMax
{
    /// <summary>Beyond this many reps an estimate is unreliable.</summary>
    public const int ReliableReps = 10;

    // RTS %1RM at RPE 10 for 1..12 reps (a coaching table, not peer-reviewed).
    private static readonly double[] RpeTenPercent = [100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 71.7, 69.5];

    /// <summary>Epley's estimate of the 1RM from <paramref name="reps"/> reps at <paramref name="load"/>; 1 rep returns the load.</summary>
    /// <exception cref="ArgumentOutOfRangeException">reps below 1.</exception>
    public static Load Epley(Load load, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        return reps == 1 ? load : Load.FromKilograms(load.Kilograms * (1 + reps / 30.0));
    }

    /// <summary>Brzycki's estimate of the 1RM; defined below 37 reps.</summary>
    /// <exception cref="ArgumentOutOfRangeException">reps outside 1–36.</exception>
    public static Load Brzycki(Load load, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reps, 36);
        return Load.FromKilograms(36 * load.Kilograms / (37 - reps));
    }

    /// <summary>True when an estimate from <paramref name="reps"/> reps is reliable (≤ 10).</summary>
    public static bool IsReliable(int reps) => reps is >= 1 and <= ReliableReps;

    /// <summary>
    /// The percentage of 1RM that <paramref name="reps"/> reps at <paramref name="rpe"/> stands for, from the RTS
    /// table (one RPE point is one more rep that could have been done); null beyond the table's 12 reps.
    /// </summary>
    public static double? PercentAt(int reps, Rpe rpe)
    {
        var repsToFailure = reps + (int)Math.Round(rpe.RepsInReserve);
        return repsToFailure is >= 1 and <= 12 ? RpeTenPercent[repsToFailure - 1] : null;
    }
}
