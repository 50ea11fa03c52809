using RunLift.Catalog;

namespace RunLift.Testing;

/// <summary>
/// A small, fixed catalog for rule tests, so that what a rule test asserts does not move when the shipped
/// catalog is curated. Names here resolve exactly.
/// </summary>
public static class TestCatalog
{
    public static ExerciseCatalog Instance { get; } = new(
    [
        Entry("back-squat", "Back Squat", MovementPattern.Squat, BodyRegion.Lower, equipment: "barbell"),
        Entry("goblet-squat", "Goblet Squat", MovementPattern.Squat, BodyRegion.Lower, equipment: "kettlebell"),
        Entry("bosu-squat", "BOSU Squat", MovementPattern.Squat, BodyRegion.Lower, unstable: "bosu", swaps: ["goblet-squat", "back-squat"]),
        Entry("bulgarian-split-squat", "Bulgarian Split Squat", MovementPattern.SingleLeg, BodyRegion.Lower, unilateral: true),
        Entry("step-up", "Step-Up", MovementPattern.SingleLeg, BodyRegion.Lower, unilateral: true),
        Entry("romanian-deadlift", "Romanian Deadlift", MovementPattern.Hinge, BodyRegion.Lower),
        Entry("deadlift", "Deadlift", MovementPattern.Hinge, BodyRegion.Lower),
        Entry("bench-press", "Bench Press", MovementPattern.Push, BodyRegion.Chest),
        Entry("stability-ball-chest-press", "Stability Ball Chest Press", MovementPattern.Push, BodyRegion.Chest, unstable: "stability ball", swaps: ["bench-press"]),
        Entry("push-up", "Push-Up", MovementPattern.Push, BodyRegion.Chest),
        Entry("overhead-press", "Overhead Press", MovementPattern.Push, BodyRegion.Shoulders),
        Entry("pull-up", "Pull-Up", MovementPattern.Pull, BodyRegion.Back),
        Entry("barbell-row", "Barbell Row", MovementPattern.Pull, BodyRegion.Back),
        Entry("calf-raise", "Calf Raise", MovementPattern.Calf, BodyRegion.Lower, Mechanic.Isolation, accessory: true),
        Entry("nordic-curl", "Nordic Curl", MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, accessory: true),
        Entry("pallof-press", "Pallof Press", MovementPattern.Core, BodyRegion.Core),
        Entry("plank", "Plank", MovementPattern.Core, BodyRegion.Core),
        Entry("stability-ball-crunch", "Stability Ball Crunch", MovementPattern.Core, BodyRegion.Core, Mechanic.Isolation, unstable: "stability ball"),
        Entry("box-jump", "Box Jump", MovementPattern.Plyometric, BodyRegion.Lower, explosive: true),
        Entry("hang-power-clean", "Hang Power Clean", MovementPattern.Olympic, BodyRegion.Full, explosive: true),
        Entry("leg-extension", "Leg Extension", MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, swaps: ["bulgarian-split-squat", "step-up"]),
        Entry("leg-curl", "Leg Curl", MovementPattern.IsolationLower, BodyRegion.Lower, Mechanic.Isolation, swaps: ["nordic-curl", "romanian-deadlift"]),
        Entry("biceps-curl", "Biceps Curl", MovementPattern.IsolationUpper, BodyRegion.Arms, Mechanic.Isolation, swaps: ["pull-up", "barbell-row"]),
        Entry("triceps-extension", "Triceps Extension", MovementPattern.IsolationUpper, BodyRegion.Arms, Mechanic.Isolation, swaps: ["push-up"]),
        Entry("chest-fly", "Chest Fly", MovementPattern.IsolationUpper, BodyRegion.Chest, Mechanic.Isolation, swaps: ["push-up", "bench-press"]),
        Entry("lateral-raise", "Lateral Raise", MovementPattern.IsolationUpper, BodyRegion.Shoulders, Mechanic.Isolation, swaps: ["overhead-press"]),
        Entry("lat-pulldown", "Lat Pulldown", MovementPattern.Pull, BodyRegion.Back),
    ]);

    private static Exercise Entry(string id, string name, MovementPattern pattern, BodyRegion region,
        Mechanic mechanic = Mechanic.Compound, string? unstable = null, bool explosive = false, bool unilateral = false,
        bool accessory = false, string equipment = "bodyweight", string[]? swaps = null) => new()
    {
        Id = id,
        Name = name,
        Pattern = pattern,
        Mechanic = mechanic,
        Region = region,
        Unstable = unstable,
        Explosive = explosive,
        Unilateral = unilateral,
        RunnerAccessory = accessory,
        Equipment = [equipment],
        Swaps = swaps ?? [],
    };
}
