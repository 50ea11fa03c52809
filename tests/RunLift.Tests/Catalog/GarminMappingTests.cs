using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Testing;

namespace RunLift.Tests.Catalog;

/// <summary>The catalog's Garmin FIT exercise categories and names: what a planned session becomes on a watch.</summary>
public sealed class GarminMappingTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    /// <summary>
    /// Every exercise the planner can prescribe, with the Garmin exercise a watch shows for it, reviewed by hand.
    /// A category alone where Garmin has no exercise like it (no plyo name is a pogo hop, a bound or a broad jump).
    /// </summary>
    public static readonly TheoryData<string, string> Planned = new()
    {
        { "box-jump", "PLYO/BOX_JUMP" },
        { "pogo-hops", "PLYO" },
        { "bounds", "PLYO" },
        { "broad-jump", "PLYO" },
        { "jump-squat", "PLYO/JUMP_SQUAT" },
        { "hang-power-clean", "OLYMPIC_LIFT/BARBELL_HANG_POWER_CLEAN" },
        { "back-squat", "SQUAT/BARBELL_BACK_SQUAT" },
        { "goblet-squat", "SQUAT/GOBLET_SQUAT" },
        { "reverse-lunge", "LUNGE/DUMBBELL_REVERSE_LUNGE" },
        { "bulgarian-split-squat", "LUNGE/DUMBBELL_BULGARIAN_SPLIT_SQUAT" },
        { "split-squat", "SQUAT/DUMBBELL_SPLIT_SQUAT" },
        { "shrimp-squat", "SQUAT" },
        { "deadlift", "DEADLIFT/BARBELL_DEADLIFT" },
        { "romanian-deadlift", "DEADLIFT/ROMANIAN_DEADLIFT" },
        { "dumbbell-romanian-deadlift", "DEADLIFT/ROMANIAN_DEADLIFT" },
        { "single-leg-romanian-deadlift", "DEADLIFT/SINGLE_LEG_ROMANIAN_DEADLIFT_WITH_DUMBBELL" },
        { "bench-press", "BENCH_PRESS/BARBELL_BENCH_PRESS" },
        { "dumbbell-bench-press", "BENCH_PRESS/DUMBBELL_BENCH_PRESS" },
        { "push-up", "PUSH_UP/PUSH_UP" },
        { "incline-push-up", "PUSH_UP/INCLINE_PUSH_UP" },
        { "decline-push-up", "PUSH_UP/DECLINE_PUSH_UP" },
        { "overhead-press", "SHOULDER_PRESS/OVERHEAD_BARBELL_PRESS" },
        { "dumbbell-shoulder-press", "SHOULDER_PRESS/DUMBBELL_SHOULDER_PRESS" },
        { "pull-up", "PULL_UP/PULL_UP" },
        { "barbell-row", "ROW/BARBELL_ROW" },
        { "dumbbell-row", "ROW/DUMBBELL_ROW" },
        { "assisted-pull-up", "PULL_UP/BAND_ASSISTED_PULL_UP" },
        { "inverted-row", "ROW/INVERTED_ROW" },
        { "table-row", "ROW/MODIFIED_INVERTED_ROW" },
        { "band-row", "BANDED_EXERCISES/ROW" },
        { "calf-raise", "CALF_RAISE/STANDING_CALF_RAISE" },
        { "single-leg-calf-raise", "CALF_RAISE/SINGLE_LEG_STANDING_CALF_RAISE" },
        { "pallof-press", "CORE/CABLE_CORE_PRESS" },
        { "side-plank", "PLANK/SIDE_PLANK" },
        { "dead-bug", "HIP_STABILITY/DEAD_BUG" },
    };

    /// <summary>Entries that share a Garmin exercise because they are the same movement; the first is the one Garmin's name denotes.</summary>
    private static readonly string[][] SameMovement =
    [
        ["romanian-deadlift", "dumbbell-romanian-deadlift"],
        ["leg-curl", "lying-leg-curl", "seated-leg-curl"],
    ];

    private static IEnumerable<Exercise> Mapped => Catalog.Exercises.Where(e => e.Garmin is not null);

    [Theory]
    [MemberData(nameof(Planned))]
    public void PlannedExercise_HasTheReviewedGarminExercise(string id, string garmin)
    {
        var mapping = Catalog.FindById(id).ShouldNotBeNull().Garmin.ShouldNotBeNull(id);

        GarminProfile.Instance.Describe(mapping.Category, mapping.Name).ShouldBe(garmin);
    }

    [Fact]
    public void EveryExerciseThePlannerCanPrescribe_IsReviewedAndMapped()
    {
        var reviewed = Planned.Select(row => row.Data.Item1).ToHashSet();

        ExerciseMenu.AllIds.Where(id => !reviewed.Contains(id)).ShouldBeEmpty();
        ExerciseMenu.AllIds.Where(id => Catalog.FindById(id)?.Garmin is null).ShouldBeEmpty();
    }

    [Fact]
    public void EveryMapping_NamesACategoryAndNameOfTheFitProfile()
    {
        var profile = GarminProfile.Instance;

        Mapped.Count().ShouldBeGreaterThan(150);
        Mapped.Where(e => profile.CategoryName(e.Garmin!.Value.Category) is null
                || (e.Garmin.Value.Name is ushort name && profile.ExerciseName(e.Garmin.Value.Category, name) is null))
            .Select(e => $"{e.Id}: {e.Garmin}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void NoTwoEntriesClaimOneGarminExercise_UnlessTheyAreTheSameMovement()
    {
        var shared = Mapped
            .Where(e => e.Garmin!.Value.Name is not null)
            .GroupBy(e => e.Garmin)
            .Where(g => g.Count() > 1)
            .Select(g => g.Select(e => e.Id).ToArray())
            .ToList();

        shared.ShouldBe(SameMovement, ignoreOrder: true);
    }

    [Fact]
    public void ByGarmin_AnswersForASharedExercise_TheEntryGarminsNameDenotes()
    {
        foreach (var group in SameMovement)
        {
            var garmin = Catalog.FindById(group[0]).ShouldNotBeNull().Garmin.ShouldNotBeNull();
            var garminName = GarminProfile.Instance.ExerciseName(garmin.Category, garmin.Name!.Value).ShouldNotBeNull();

            Catalog.ByGarmin(garmin.Category, garmin.Name.Value).ShouldNotBeNull().Id.ShouldBe(group[0]);
            Catalog.Resolve(garminName).Exercise.Id.ShouldBe(group[0]);
        }
    }

    [Fact]
    public void ByGarmin_FindsEveryMappedEntryThatIsNotShared()
    {
        var secondary = SameMovement.SelectMany(g => g.Skip(1)).ToHashSet();

        Mapped.Where(e => e.Garmin!.Value.Name is not null && !secondary.Contains(e.Id))
            .Where(e => Catalog.ByGarmin(e.Garmin!.Value.Category, e.Garmin.Value.Name!.Value) != e)
            .Select(e => e.Id)
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData(28, 6, "back-squat")]
    [InlineData(8, 15, "sumo-deadlift")]
    [InlineData(5, 6, "pallof-press")]
    [InlineData(18, 0, "hang-power-clean")]
    public void ByGarmin_FindsTheEntry(ushort category, ushort name, string id) =>
        Catalog.ByGarmin(category, name).ShouldNotBeNull().Id.ShouldBe(id);

    [Theory]
    [InlineData(28, 89)] // SQUAT/SQUAT_JUMPS_IN_N_OUT: no entry is that
    [InlineData(20, 65535)] // plyo, no name: pogo hops, bounds and broad jumps are all category-only plyo
    [InlineData(65534, 0)]
    [InlineData(999, 1)]
    public void ByGarmin_IsNullWhereNoEntryIsExactlyThatExercise(ushort category, ushort name) =>
        Catalog.ByGarmin(category, name).ShouldBeNull();

    [Fact]
    public void ByGarmin_ReadsTheSquatAsASquat_NeverAsAnotherHinge()
    {
        // The Garmin pairs of the main lifts differ, so a back squat on the watch comes back as a back squat.
        var squat = Catalog.FindById("back-squat")!.Garmin!.Value;
        var sumo = Catalog.FindById("sumo-deadlift")!.Garmin!.Value;

        squat.ShouldNotBe(sumo);
        Catalog.ByGarmin(squat.Category, squat.Name!.Value)!.Id.ShouldBe("back-squat");
    }

    [Theory]
    [InlineData("BARBELL_BACK_SQUAT", "back-squat")]
    [InlineData("CABLE_CORE_PRESS", "pallof-press")]
    [InlineData("HIP_RAISE", "glute-bridge")]
    [InlineData("SINGLE_LEG_STANDING_CALF_RAISE", "single-leg-calf-raise")]
    [InlineData("DUMBBELL_BULGARIAN_SPLIT_SQUAT", "bulgarian-split-squat")]
    public void GarminNames_ResolveToTheirEntries(string garminName, string id) =>
        Catalog.Resolve(garminName).Exercise.Id.ShouldBe(id);

    [Fact]
    public void EveryMappedGarminName_ResolvesToAnEntryThatClaimsIt()
    {
        var profile = GarminProfile.Instance;

        Mapped.Where(e => e.Garmin!.Value.Name is not null)
            .Select(e => (Entry: e, Name: profile.ExerciseName(e.Garmin!.Value.Category, e.Garmin.Value.Name!.Value)!))
            .Where(p => Catalog.Resolve(p.Name).Exercise.Garmin != p.Entry.Garmin)
            .Select(p => $"{p.Name} ({p.Entry.Id}) -> {Catalog.Resolve(p.Name).Exercise.Id}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void CatalogJson_KeepsTheGarminExercise()
    {
        Exercise[] entries =
        [
            Catalog.FindById("back-squat")!,
            Catalog.FindById("pogo-hops")!,
            Catalog.FindById("leg-extension")!,
        ];

        var json = CatalogJson.Write(entries);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var read = CatalogJson.Read(stream);

        read.Select(e => e.Garmin).ShouldBe([new GarminExercise(28, 6), new GarminExercise(20), null]);
        json.ShouldContain("\"garmin\":{\"category\":20}}");
        json.Split('\n')[3].ShouldNotContain("garmin");
    }

    [Theory]
    [InlineData(65534, null)]
    [InlineData(65535, null)]
    [InlineData(28, 65535)]
    public void GarminExercise_RejectsFitsUnknownAndInvalidValues(ushort category, int? name) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new GarminExercise(category, (ushort?)name));
}
