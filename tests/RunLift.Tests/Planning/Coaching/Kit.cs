using RunLift.Catalog;
using RunLift.Planning;

namespace RunLift.Tests.Planning.Coaching;

/// <summary>What a request's kit can load, as the checkers see it: a barbell, dumbbells or kettlebells the exercise is done with.</summary>
internal static class Kit
{
    private static readonly Dictionary<string, Equipment> Implements = new()
    {
        ["barbell"] = Equipment.Barbell, ["dumbbells"] = Equipment.Dumbbells, ["kettlebells"] = Equipment.Kettlebell,
    };

    /// <summary>True when the request's equipment holds something to load <paramref name="exercise"/> with.</summary>
    public static bool CanLoad(PlanRequest request, Exercise exercise) =>
        exercise.Equipment.Any(e => Implements.TryGetValue(e, out var kit) && request.Equipment.Contains(kit));
}
