namespace RunLift.Tests.Planning.Coaching;

/// <summary>
/// The checkers' own RTS table (principles.md), written out here rather than taken from the planner, so that a planner
/// that types an RPE its load does not stand for fails.
/// </summary>
internal static class RtsTable
{
    // principles.md: %1RM at RPE 10 for 1..12 reps; one RPE point is one rep in reserve.
    private static readonly double[] Table = [100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 71.7, 69.5];

    private static double At(int toFailure) => toFailure <= Table.Length ? Table[toFailure - 1] : Table[^1] - ((toFailure - Table.Length) * 2.2);

    /// <summary>The %1RM of <paramref name="reps"/> reps at <paramref name="rpe"/> on the table (a half point half-way between rows).</summary>
    public static double Percent(int reps, double rpe)
    {
        var toFailure = reps + (10 - rpe);
        var below = (int)Math.Floor(toFailure);
        return At(below) + ((At(below + 1) - At(below)) * (toFailure - below));
    }

    /// <summary>The RPE <paramref name="reps"/> reps at <paramref name="percent"/> % stand for on the table (past it, at its last step).</summary>
    public static double Rpe(int reps, double percent)
    {
        var toFailure = 1;
        while (At(toFailure + 1) >= percent)
        {
            toFailure++;
        }

        var fraction = (At(toFailure) - percent) / (At(toFailure) - At(toFailure + 1));
        return 10 - (toFailure + fraction - reps);
    }
}
