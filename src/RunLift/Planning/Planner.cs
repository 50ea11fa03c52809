using RunLift.Catalog;

namespace RunLift.Planning;

/// <summary>Writes periodized strength plans around the running week and the race calendar.</summary>
/// <param name="catalog">The catalog exercises are chosen from.</param>
public sealed class Planner(ExerciseCatalog catalog)
{
    /// <summary>Plans <paramref name="request"/>.</summary>
    /// <exception cref="PlanRequestException">the request cannot be planned; each problem names its field.</exception>
    public TrainingPlan Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = catalog;
        throw new NotImplementedException("The planner is being written in this change.");
    }
}
