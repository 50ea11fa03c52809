using System.Text.RegularExpressions;
using RunLift.Catalog;

namespace RunLift.Tests.Catalog;

public sealed partial class CatalogIntegrityTests
{
    private static readonly IReadOnlyList<Exercise> Exercises = ExerciseCatalog.Default.Exercises;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public void Catalog_LoadsFromTheEmbeddedResource() => Exercises.Count.ShouldBeGreaterThan(800);

    [Fact]
    public void Ids_AreUniqueAndKebabCase()
    {
        Exercises.Select(e => e.Id).ShouldBeUnique();
        Exercises.Where(e => !KebabCase().IsMatch(e.Id)).Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Swaps_NameOtherExistingEntries()
    {
        var ids = Exercises.Select(e => e.Id).ToHashSet();
        Exercises.SelectMany(e => e.Swaps.Where(s => !ids.Contains(s) || s == e.Id).Select(s => $"{e.Id} -> {s}")).ShouldBeEmpty();
    }

    [Fact]
    public void Swaps_AreThemselvesRunnerAppropriate()
    {
        var byId = Exercises.ToDictionary(e => e.Id);
        Exercises.SelectMany(e => e.Swaps.Select(s => byId[s]))
            .Where(s => s.IsBodybuildingIsolation || s.Unstable is not null)
            .Select(s => s.Id)
            .Distinct()
            .ShouldBeEmpty();
    }

    [Fact]
    public void EveryEntry_HasEquipmentAndAName()
    {
        Exercises.Where(e => e.Equipment.Count == 0 || string.IsNullOrWhiteSpace(e.Name)).Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void BodybuildingIsolationAndUnstableEntries_HaveSwaps()
    {
        Exercises.Where(e => (e.IsBodybuildingIsolation || e.Unstable is not null) && e.Swaps.Count == 0).Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void IsolationPatterns_AreIsolationMechanic()
    {
        Exercises.Where(e => e.Pattern is MovementPattern.IsolationUpper or MovementPattern.IsolationLower && e.Mechanic != Mechanic.Isolation)
            .Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void PlyometricAndOlympicEntries_AreExplosive()
    {
        Exercises.Where(e => e.Pattern is MovementPattern.Plyometric or MovementPattern.Olympic && !e.Explosive).Select(e => e.Id)
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("back-squat", MovementPattern.Squat)]
    [InlineData("front-squat", MovementPattern.Squat)]
    [InlineData("goblet-squat", MovementPattern.Squat)]
    [InlineData("deadlift", MovementPattern.Hinge)]
    [InlineData("romanian-deadlift", MovementPattern.Hinge)]
    [InlineData("hip-thrust", MovementPattern.Hinge)]
    [InlineData("kettlebell-swing", MovementPattern.Hinge)]
    [InlineData("bulgarian-split-squat", MovementPattern.SingleLeg)]
    [InlineData("step-up", MovementPattern.SingleLeg)]
    [InlineData("lunge", MovementPattern.SingleLeg)]
    [InlineData("single-leg-romanian-deadlift", MovementPattern.Hinge)]
    [InlineData("bench-press", MovementPattern.Push)]
    [InlineData("push-up", MovementPattern.Push)]
    [InlineData("overhead-press", MovementPattern.Push)]
    [InlineData("pull-up", MovementPattern.Pull)]
    [InlineData("chin-up", MovementPattern.Pull)]
    [InlineData("barbell-row", MovementPattern.Pull)]
    [InlineData("lat-pulldown", MovementPattern.Pull)]
    [InlineData("seated-cable-row", MovementPattern.Pull)]
    [InlineData("calf-raise", MovementPattern.Calf)]
    [InlineData("seated-calf-raise", MovementPattern.Calf)]
    [InlineData("tibialis-raise", MovementPattern.IsolationLower)]
    [InlineData("nordic-curl", MovementPattern.IsolationLower)]
    [InlineData("copenhagen-plank", MovementPattern.Core)]
    [InlineData("pallof-press", MovementPattern.Core)]
    [InlineData("plank", MovementPattern.Core)]
    [InlineData("side-plank", MovementPattern.Core)]
    [InlineData("dead-bug", MovementPattern.Core)]
    [InlineData("box-jump", MovementPattern.Plyometric)]
    [InlineData("pogo-hops", MovementPattern.Plyometric)]
    [InlineData("bounds", MovementPattern.Plyometric)]
    [InlineData("jump-squat", MovementPattern.Plyometric)]
    [InlineData("broad-jump", MovementPattern.Plyometric)]
    [InlineData("medicine-ball-slam", MovementPattern.Plyometric)]
    [InlineData("medicine-ball-rotational-throw", MovementPattern.Plyometric)]
    [InlineData("hang-power-clean", MovementPattern.Olympic)]
    [InlineData("power-clean", MovementPattern.Olympic)]
    [InlineData("clean-and-press", MovementPattern.Olympic)]
    [InlineData("squat-jerk", MovementPattern.Olympic)]
    [InlineData("snatch-pull", MovementPattern.Olympic)]
    [InlineData("farmers-carry", MovementPattern.Carry)]
    [InlineData("leg-extension", MovementPattern.IsolationLower)]
    [InlineData("leg-curl", MovementPattern.IsolationLower)]
    [InlineData("chest-fly", MovementPattern.IsolationUpper)]
    [InlineData("biceps-curl", MovementPattern.IsolationUpper)]
    [InlineData("triceps-extension", MovementPattern.IsolationUpper)]
    [InlineData("lateral-raise", MovementPattern.IsolationUpper)]
    public void CanonicalEntries_ArePresentWithTheirPattern(string id, MovementPattern pattern) =>
        ExerciseCatalog.Default.FindById(id).ShouldNotBeNull().Pattern.ShouldBe(pattern);

    [Theory]
    [InlineData("calf-raise")]
    [InlineData("seated-calf-raise")]
    [InlineData("tibialis-raise")]
    [InlineData("nordic-curl")]
    [InlineData("copenhagen-plank")]
    [InlineData("banded-hip-abduction")]
    [InlineData("side-lying-hip-abduction")]
    [InlineData("short-foot")]
    public void RunnerAccessories_AreMarkedAndNotBodybuilding(string id)
    {
        var exercise = ExerciseCatalog.Default.FindById(id).ShouldNotBeNull();

        exercise.RunnerAccessory.ShouldBeTrue();
        exercise.IsBodybuildingIsolation.ShouldBeFalse();
    }

    [Theory]
    [InlineData("leg-extension", "bulgarian-split-squat", "step-up")]
    [InlineData("leg-curl", "nordic-curl", "romanian-deadlift")]
    [InlineData("chest-fly", "push-up", "bench-press")]
    [InlineData("biceps-curl", "pull-up", "barbell-row")]
    [InlineData("lateral-raise", "overhead-press", null)]
    [InlineData("bosu-squat", "goblet-squat", "back-squat")]
    public void Swaps_GoToRunnerAppropriateLifts(string id, string swap, string? otherSwap)
    {
        var swaps = ExerciseCatalog.Default.FindById(id).ShouldNotBeNull().Swaps;

        swaps.ShouldContain(swap);
        if (otherSwap is not null)
        {
            swaps.ShouldContain(otherSwap);
        }
    }

    [Theory]
    [InlineData("bosu-squat", "bosu")]
    [InlineData("stability-ball-chest-press", "stability ball")]
    [InlineData("stability-ball-hamstring-curl", "stability ball")]
    [InlineData("wobble-board-balance", "wobble board")]
    [InlineData("exercise-ball-crunch", "stability ball")]
    public void UnstableEntries_NameTheirDevice(string id, string device) =>
        ExerciseCatalog.Default.FindById(id).ShouldNotBeNull().Unstable.ShouldBe(device);

    [Fact]
    public void EveryNameAndAlias_ResolvesToItsOwnEntry()
    {
        // A name that resolves elsewhere would be an alias nobody can reach (the generator merges such clashes).
        var catalog = ExerciseCatalog.Default;
        catalog.Exercises
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Entry: e, Name: n)))
            .Where(p => catalog.Resolve(p.Name).Exercise.Id != p.Entry.Id)
            .Select(p => $"{p.Name} ({p.Entry.Id}) -> {catalog.Resolve(p.Name).Exercise.Id}")
            .ShouldBeEmpty();
    }
}
