using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>A set with what the rules need to know about it, worked out once.</summary>
/// <param name="Set">The set as read.</param>
/// <param name="Volume">How many sets it counts as (2 for a per-side set).</param>
/// <param name="Heavy">≥ 80 % of 1RM, or ≤ 6 reps at RPE ≥ 7.</param>
/// <param name="LightHighRep">≥ 13 reps or ≤ 60 % 1RM on a strength exercise that is not a runner accessory.</param>
/// <param name="Failure">Taken to failure (RIR 0, RPE ≥ 9.5, "to failure", AMRAP).</param>
internal sealed record AnalysedSet(TrainingSet Set, int Volume, bool Heavy, bool LightHighRep, bool Failure)
{
    /// <summary>A set of walking, running, a bike or a rower: conditioning, never a strength set.</summary>
    public bool Conditioning { get; init; }

    public bool IsWorking => Set.IsWorking && !Conditioning;
}
