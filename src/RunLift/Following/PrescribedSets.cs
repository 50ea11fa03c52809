using RunLift.Planning;
using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Following;

/// <summary>An exercise's sets rewritten from a new working load, the way the planner writes them.</summary>
internal static class PrescribedSets
{
    // The planner's ramps climb in steps of 40, 50, 60, 75 and 80 % of the working load: twentieths.
    private const double RampStep = 0.05;

    /// <summary>
    /// <paramref name="planned"/>'s sets with <paramref name="working"/> on every working set (the planner writes an exercise's
    /// working sets alike), and each of its ramp sets at its share of that load on the plates (<see cref="Plates.WarmUp"/>,
    /// as <c>SetWriter</c> writes them). A ramp set's share is its %1RM over the working sets' (the plan's, or for a lift
    /// loaded by RPE the RTS table's for its reps at its RPE).
    /// </summary>
    public static IReadOnlyList<TrainingSet> Of(WrittenExercise planned, Load working, MassUnit units)
    {
        var first = planned.WorkingSets is [var head, ..] ? head : null;
        var percent = planned.Percent
            ?? (first?.Reps is int reps and > 0 && WrittenExercise.Target(first) is { } rpe ? OneRepMax.Prescribed(reps, rpe) : null);
        return [.. planned.Sets.Select(set => set.IsWorking ? set with { Load = working } : WarmUp(set, working, percent, units))];
    }

    private static TrainingSet WarmUp(TrainingSet set, Load working, double? percent, MassUnit units)
    {
        if (set.PercentOneRepMax is not { } own || percent is not > 0)
        {
            return set;
        }

        var share = Math.Round(own / percent.Value / RampStep, MidpointRounding.AwayFromZero) * RampStep;
        return set with { Load = Plates.WarmUp(share * working.Kilograms, units) };
    }
}
