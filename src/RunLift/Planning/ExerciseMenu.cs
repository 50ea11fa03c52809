using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>The job an exercise does in a session; every week covers all of them.</summary>
internal enum Role
{
    /// <summary>The injured site's rehab progression: first, while the site is protected and returning to jumping.</summary>
    Rehab,
    Explosive,
    Knee,
    Hinge,
    Push,
    Pull,
    Calf,
    Core,
}

/// <summary>
/// Which catalog exercise fills each role, by the equipment at hand, in two variants (A and B sessions
/// alternate). Options are in order of preference; an option needs all of its equipment. Nothing here is done
/// on an unstable surface, for anyone (rehab included).
/// </summary>
internal static class ExerciseMenu
{
    private sealed record Option(string Id, params Equipment[] Needs);

    private static readonly Dictionary<(Role, char), Option[]> Options = new()
    {
        [(Role.Explosive, 'A')] = [new("box-jump", Equipment.Box), new("pogo-hops")],
        [(Role.Explosive, 'B')] = [new("bounds"), new("broad-jump")],
        [(Role.Knee, 'A')] = [new("back-squat", Equipment.Barbell, Equipment.Rack), new("goblet-squat", Equipment.Dumbbells), new("goblet-squat", Equipment.Kettlebell), new("reverse-lunge")],
        [(Role.Knee, 'B')] = [new("bulgarian-split-squat", Equipment.Dumbbells), new("bulgarian-split-squat")],
        [(Role.Hinge, 'A')] = [new("deadlift", Equipment.Barbell), new("dumbbell-romanian-deadlift", Equipment.Dumbbells), new("single-leg-romanian-deadlift", Equipment.Kettlebell), new("single-leg-romanian-deadlift")],
        [(Role.Hinge, 'B')] = [new("romanian-deadlift", Equipment.Barbell), new("single-leg-romanian-deadlift", Equipment.Dumbbells), new("single-leg-romanian-deadlift", Equipment.Kettlebell), new("single-leg-romanian-deadlift")],
        [(Role.Push, 'A')] = [new("bench-press", Equipment.Barbell, Equipment.Bench, Equipment.Rack), new("dumbbell-bench-press", Equipment.Dumbbells, Equipment.Bench), new("push-up")],
        [(Role.Push, 'B')] = [new("overhead-press", Equipment.Barbell, Equipment.Rack), new("dumbbell-shoulder-press", Equipment.Dumbbells), new("push-up")],
        [(Role.Pull, 'A')] = [new("pull-up", Equipment.PullUpBar), new("barbell-row", Equipment.Barbell), new("dumbbell-row", Equipment.Dumbbells), new("band-row", Equipment.Bands), new("table-row")],
        [(Role.Pull, 'B')] = [new("barbell-row", Equipment.Barbell), new("dumbbell-row", Equipment.Dumbbells), new("pull-up", Equipment.PullUpBar), new("band-row", Equipment.Bands), new("table-row")],
        [(Role.Calf, 'A')] = [new("calf-raise")],
        [(Role.Calf, 'B')] = [new("single-leg-calf-raise")],
        [(Role.Core, 'A')] = [new("pallof-press", Equipment.Bands), new("side-plank")],
        [(Role.Core, 'B')] = [new("dead-bug")],
    };

    // Explosive work in the power phase on a heavy-legs day with time for it, for lifters past their first year.
    private static readonly Option[] PowerExplosive = [new("hang-power-clean", Equipment.Barbell), new("jump-squat")];

    // A lifter in the first year rarely has a pull-up for 5–10 reps: a band takes some bodyweight off, or the bar set low
    // for an inverted row does (principles.md, "Regressions and equipment").
    private static readonly Option[] PullUpRegressions = [new("assisted-pull-up", Equipment.PullUpBar, Equipment.Bands), new("inverted-row", Equipment.PullUpBar)];

    // Low-level jumps: while learning the lifts, and while rehabilitating.
    private static readonly Option[] LowLevelJumps = [new("pogo-hops")];

    /// <summary>The exercise for <paramref name="role"/>, or null when there is none (the rehab role has its own protocol).</summary>
    public static Exercise? Choose(ExerciseCatalog catalog, Role role, char variant, IReadOnlySet<Equipment> equipment,
        TrainingPhase phase, Experience experience, bool lowLevelJumps, bool olympicLifts)
    {
        var options = role == Role.Rehab ? []
            : role != Role.Explosive ? Options[(role, variant)]
            : phase == TrainingPhase.Adaptation || lowLevelJumps ? LowLevelJumps
            : phase == TrainingPhase.Power && olympicLifts && experience is Experience.Intermediate or Experience.Advanced
                ? (variant == 'A' ? PowerExplosive : PowerExplosive.Reverse().ToArray())
                : Options[(role, variant)];
        var choice = options.FirstOrDefault(o => o.Needs.All(equipment.Contains));
        if (choice?.Id == "pull-up" && experience is Experience.New or Experience.Novice)
        {
            choice = PullUpRegressions.First(o => o.Needs.All(equipment.Contains));
        }

        return choice is null ? null : catalog.FindById(choice.Id)
            ?? throw new InvalidOperationException($"The catalog has no '{choice.Id}', which the planner's menu names.");
    }

    /// <summary>Every catalog id the menu and the bodyweight ladders can name, so a test can check the catalog has them all.</summary>
    public static IEnumerable<string> AllIds => Options.Values.SelectMany(o => o).Concat(PowerExplosive).Concat(LowLevelJumps).Concat(PullUpRegressions)
        .Select(o => o.Id).Concat(BodyweightLadder.AllIds).Distinct();
}
