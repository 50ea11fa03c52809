using RunLift.Catalog;

namespace RunLift.Tests.Catalog;

public sealed class UnstableAndUnknownTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    [Theory]
    [InlineData("BOSU Squat", "bosu-squat", "bosu")]
    [InlineData("Dumbbell Press on Stability Ball", "stability-ball-chest-press", "stability ball")]
    [InlineData("Single-Leg Deadlift on Wobble Board", "single-leg-romanian-deadlift", "wobble board")]
    [InlineData("Bulgarian Split Squat on BOSU", "bulgarian-split-squat", "bosu")]
    [InlineData("Swiss Ball Hamstring Curl", "stability-ball-hamstring-curl", "stability ball")]
    [InlineData("Exercise Ball Crunch", "exercise-ball-crunch", "stability ball")]
    [InlineData("Single-Leg Calf Raise on Balance Pad", "single-leg-calf-raise", "balance pad")]
    [InlineData("Goblet Squat on Foam Pad", "goblet-squat", "foam pad")]
    [InlineData("Back Squat (Balance Board)", "back-squat", "balance board")]
    [InlineData("Physio Ball Glute Bridge", "glute-bridge", "stability ball")]
    public void Resolve_UnstableDevice_IsReportedAndTheBaseStillResolved(string written, string id, string device)
    {
        var resolution = Catalog.Resolve(written);

        resolution.IsKnown.ShouldBeTrue();
        resolution.Exercise.Id.ShouldBe(id);
        resolution.UnstableDevice.ShouldBe(device);
    }

    [Theory]
    [InlineData("Medicine Ball Slam")]
    [InlineData("Ball Slam")]
    [InlineData("Balance Beam Walk")]
    public void Resolve_BallsAndBalanceWordsAlone_AreNotUnstable(string written) =>
        Catalog.Resolve(written).UnstableDevice.ShouldBeNull();

    [Theory]
    [InlineData("Zottman Reverse Spider Curl Thing", MovementPattern.IsolationUpper, BodyRegion.Arms)]
    [InlineData("Frog Pump Flye Variant", MovementPattern.IsolationUpper, BodyRegion.Chest)]
    [InlineData("Zorbatron Wacky Delt Raise", MovementPattern.IsolationUpper, BodyRegion.Shoulders)]
    [InlineData("Zorbatron Wacky Thigh Extension Deluxe Pro", MovementPattern.IsolationLower, BodyRegion.Lower)]
    [InlineData("Zorbatron Wacky Kickback Deluxe Pro", MovementPattern.IsolationUpper, BodyRegion.Arms)]
    [InlineData("Zorbatron Wacky Pushdown Deluxe Pro", MovementPattern.IsolationUpper, BodyRegion.Arms)]
    [InlineData("Zorbatron Wacky Squat Deluxe Pro", MovementPattern.Squat, BodyRegion.Lower)]
    [InlineData("Snatch-Grip Deficit Deadlift Deluxe", MovementPattern.Hinge, BodyRegion.Lower)]
    [InlineData("Curtsy Lunge Deluxe Pro", MovementPattern.SingleLeg, BodyRegion.Lower)]
    [InlineData("Larsen Floor Press Deluxe", MovementPattern.Push, BodyRegion.Chest)]
    [InlineData("Meadows Kroc Row Deluxe", MovementPattern.Pull, BodyRegion.Back)]
    [InlineData("Plank Jacks Deluxe Pro", MovementPattern.Core, BodyRegion.Core)]
    [InlineData("Zorbatron Calf Thing", MovementPattern.Calf, BodyRegion.Lower)]
    public void Resolve_UnknownName_IsClassifiedFromKeywords(string written, MovementPattern pattern, BodyRegion region)
    {
        var resolution = Catalog.Resolve(written);

        resolution.Match.ShouldBe(MatchKind.Keyword);
        resolution.IsKnown.ShouldBeFalse();
        resolution.CatalogId.ShouldBeNull();
        resolution.Exercise.Id.ShouldBe("unknown:" + written);
        resolution.Exercise.Pattern.ShouldBe(pattern);
        resolution.Exercise.Region.ShouldBe(region);
    }

    [Theory]
    [InlineData("Seated Curl Deluxe Pro Xtreme")]
    [InlineData("Glute Kickback Deluxe Pro Xtreme")]
    public void Resolve_UnknownIsolation_IsBodybuildingIsolation(string written)
    {
        var exercise = Catalog.Resolve(written).Exercise;

        exercise.Mechanic.ShouldBe(Mechanic.Isolation);
        exercise.IsBodybuildingIsolation.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Crazy Hop Drill Deluxe Pro", MovementPattern.Plyometric)]
    [InlineData("Bounding Ladder Deluxe Pro", MovementPattern.Plyometric)]
    [InlineData("Tall Jump Deluxe Pro", MovementPattern.Plyometric)]
    [InlineData("Muscle Clean Deluxe Pro", MovementPattern.Olympic)]
    [InlineData("Split Jerk Deluxe Pro", MovementPattern.Olympic)]
    public void Resolve_UnknownExplosive_IsExplosive(string written, MovementPattern pattern)
    {
        var exercise = Catalog.Resolve(written).Exercise;

        exercise.Pattern.ShouldBe(pattern);
        exercise.Explosive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Wobble Thing Deluxe Pro", "wobble board")]
    [InlineData("Swiss Ball Jackknife Deluxe", "stability ball")]
    [InlineData("Stability Ball Zorbatron", "stability ball")]
    [InlineData("BOSU Burpee Deluxe", "bosu")]
    public void Resolve_UnknownOnADevice_IsUnstable(string written, string device)
    {
        var resolution = Catalog.Resolve(written);

        resolution.IsKnown.ShouldBeFalse();
        resolution.UnstableDevice.ShouldBe(device);
        resolution.Exercise.Unstable.ShouldBe(device);
    }

    [Fact]
    public void Resolve_UnknownWithoutKeywords_CountsTowardNoStrengthRule()
    {
        var exercise = Catalog.Resolve("Warm Up").Exercise;

        exercise.IsStrength.ShouldBeFalse();
        exercise.Explosive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Bottom Quarter Zercher Cable Flye Deluxe", "cable-fly")]
    [InlineData("Nordic Deluxe Eccentric Pro Xtreme", "nordic-curl")]
    [InlineData("Bench Press Wacky Deluxe Pro Xtreme", "bench-press")]
    public void Resolve_Unknown_SuggestsUpToThreeClosestEntries(string written, string among)
    {
        var resolution = Catalog.Resolve(written);

        resolution.IsKnown.ShouldBeFalse();
        resolution.Closest.Count.ShouldBeInRange(1, 3);
        resolution.Closest.Select(e => e.Id).ShouldContain(among);
        resolution.Closest.Select(e => e.Id).ShouldBeUnique();
    }

    [Fact]
    public void Resolve_Gibberish_HasNoSuggestions()
    {
        Catalog.Resolve("qqqq zzzz").Closest.ShouldBeEmpty();
    }
}
