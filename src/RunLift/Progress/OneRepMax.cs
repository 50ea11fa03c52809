using RunLift.Auditing.Analysis;
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
    /// The 1RM a performed set stands for (Epley), where it says one reliably: a working set with a load, 1–10 reps, not
    /// bodyweight work and not an impossible record; else null. The auditor, the progress charts and the log all use it.
    /// </summary>
    public static Load? EstimateOf(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.IsWorking && !set.Bodyweight && !Plausibility.IsImpossible(set) && set.Load is { Kilograms: > 0 } load && set.Reps is { } reps && IsReliable(reps)
            ? Epley(load, reps)
            : null;
    }

    /// <summary>
    /// The 1RM a performed set stands for with its effort counted: where it has an RPE, its load ÷ the %1RM the RTS table
    /// gives its reps at that RPE (<see cref="Prescribed"/>), so that a load prescribed back from it at the same reps and
    /// RPE is the same load; without one, <see cref="EstimateOf"/> (as if taken to failure). Null where
    /// <see cref="EstimateOf"/> says none. Prescribing the next session uses it: Epley alone reads 8 reps at RPE 7 as an
    /// 8-rep max, and would prescribe the same set some 8 % lighter each time.
    /// </summary>
    public static Load? EstimateAtEffort(TrainingSet set)
    {
        if (EstimateOf(set) is not { } estimate)
        {
            return null;
        }

        return set.Rpe is { } rpe ? Load.FromKilograms(set.Load!.Value.Kilograms * 100 / Prescribed(set.Reps!.Value, rpe.Value)) : estimate;
    }

    /// <summary>
    /// The 1RM that <paramref name="reps"/> reps at <paramref name="load"/> to failure stand for, by the RTS table (the
    /// same table plans prescribe from, so that a max written as <c>5 x 100kg</c> gives back 5 reps at RPE 10 at 100 kg).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">reps outside 1–12.</exception>
    public static Load FromTable(Load load, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reps, RpeTenPercent.Length);
        return Load.FromKilograms(load.Kilograms * 100 / RpeTenPercent[reps - 1]);
    }

    /// <summary>
    /// The %1RM a prescription of <paramref name="reps"/> reps at <paramref name="rpe"/> (in half points) asks for: the RTS
    /// table at reps + reps in reserve, half-way between two rows for a half point. Beyond the table's 12 reps to failure
    /// (10 reps at RPE 7) it goes on at the table's last step, 2.2 points a rep, down to 40 %.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">reps below 1 or an RPE outside 1–10.</exception>
    public static double Prescribed(int reps, double rpe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rpe, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rpe, 10);
        var toFailure = reps + (10 - rpe);
        var below = (int)Math.Floor(toFailure);
        var percent = Interpolate(AtRepsToFailure(below), AtRepsToFailure(below + 1), toFailure - below);
        return Math.Round(Math.Max(40, percent), 1);
    }

    /// <summary>
    /// The RPE that <paramref name="reps"/> reps at <paramref name="percent"/> %1RM stand for by the RTS table (its inverse,
    /// to the nearest half point, from 1 to 10): what a set's load says about its effort.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">reps below 1, or a percentage outside 40–100.</exception>
    public static double RpeOf(int reps, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 40);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var toFailure = 1.0;
        while (AtRepsToFailure((int)Math.Floor(toFailure) + 1) >= percent)
        {
            toFailure = Math.Floor(toFailure) + 1;
        }

        var from = (int)Math.Floor(toFailure);
        var (high, low) = (AtRepsToFailure(from), AtRepsToFailure(from + 1));
        toFailure = from + (high == low ? 0 : (high - percent) / (high - low));
        return Math.Clamp(Math.Round(2 * (10 - (toFailure - reps)), MidpointRounding.AwayFromZero) / 2, 1, 10);
    }

    // The table's %1RM at n reps to failure, from 1; beyond it, its last step (2.2 points) a rep.
    private static double AtRepsToFailure(int n) => n <= RpeTenPercent.Length
        ? RpeTenPercent[Math.Max(1, n) - 1]
        : RpeTenPercent[^1] - ((n - RpeTenPercent.Length) * (RpeTenPercent[^2] - RpeTenPercent[^1]));

    private static double Interpolate(double from, double to, double share) => from + ((to - from) * share);

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
