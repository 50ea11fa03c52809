using RunLift.Catalog;

namespace RunLift.Tests.Catalog;

public sealed class ResolveTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    private static void ShouldResolve(string written, string id, MatchKind? match = null)
    {
        var resolution = Catalog.Resolve(written);
        resolution.Exercise.Id.ShouldBe(id, $"'{written}' matched {resolution.Match}");
        if (match is { } expected)
        {
            resolution.Match.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("Back Squat")]
    [InlineData("back squat")]
    [InlineData("BACK SQUAT")]
    [InlineData("Back-Squat!")]
    [InlineData("  back   squat ")]
    public void Resolve_CaseAndPunctuation_IsExact(string written) => ShouldResolve(written, "back-squat", MatchKind.Exact);

    [Theory]
    [InlineData("Back Squats", "back-squat")]
    [InlineData("Deadlifts", "deadlift")]
    [InlineData("Calf Raises", "calf-raise")]
    [InlineData("Bench Presses", "bench-press")]
    [InlineData("Chin-Ups", "chin-up")]
    [InlineData("Dumbbell Flyes", "chest-fly")]
    [InlineData("Hip Thrusts", "hip-thrust")]
    public void Resolve_Plurals(string written, string id) => ShouldResolve(written, id);

    [Theory]
    [InlineData("Squat (Barbell)", "back-squat")]
    [InlineData("Bench Press (Dumbbell)", "dumbbell-bench-press")]
    [InlineData("Bicep Curl (Cable)", "cable-curl")]
    [InlineData("Hip Thrust (Machine)", "hip-thrust")]
    [InlineData("Lateral Raise (Machine)", "lateral-raise")]
    [InlineData("Lat Pulldown - Close Grip (Cable)", "lat-pulldown")]
    [InlineData("Step Up (Kettlebell)", "step-up")]
    public void Resolve_EquipmentInParentheses(string written, string id) => ShouldResolve(written, id);

    [Theory]
    [InlineData("BB Squat", "back-squat")]
    [InlineData("DB Bench Press", "dumbbell-bench-press")]
    [InlineData("KB Swing", "kettlebell-swing")]
    [InlineData("RDL", "romanian-deadlift")]
    [InlineData("DB RDL", "dumbbell-romanian-deadlift")]
    [InlineData("SLDL", "stiff-leg-deadlift")]
    [InlineData("OHP", "overhead-press")]
    [InlineData("SL RDL", "single-leg-romanian-deadlift")]
    [InlineData("GHR", "glute-ham-raise")]
    [InlineData("EZ Bar Curl", "ez-bar-curl")]
    [InlineData("BSS", "bulgarian-split-squat")]
    [InlineData("HPC", "hang-power-clean")]
    public void Resolve_Abbreviations(string written, string id) => ShouldResolve(written, id);

    [Theory]
    [InlineData("Squat Back", "back-squat")]
    [InlineData("Press Bench", "bench-press")]
    [InlineData("Deadlift Romanian Single-Leg", "single-leg-romanian-deadlift")]
    [InlineData("Swing Kettlebell", "kettlebell-swing")]
    public void Resolve_WordOrder(string written, string id) => ShouldResolve(written, id);

    [Theory]
    [InlineData("BARBELL_BACK_SQUAT", "back-squat")]
    [InlineData("DUMBBELL_BENCH_PRESS", "dumbbell-bench-press")]
    [InlineData("ROMANIAN_DEADLIFT", "romanian-deadlift")]
    [InlineData("SINGLE_LEG_ROMANIAN_DEADLIFT_WITH_DUMBBELL", "single-leg-romanian-deadlift")]
    [InlineData("PULL_UP", "pull-up")]
    public void Resolve_GarminStyleNames(string written, string id) => ShouldResolve(written, id);

    [Theory]
    [InlineData("Bulgarain Split Squat", "bulgarian-split-squat")]
    [InlineData("Romanain Deadlift", "romanian-deadlift")]
    [InlineData("Goblet Sqaut", "goblet-squat")]
    [InlineData("Kettlebel Swing", "kettlebell-swing")]
    [InlineData("Katana Triceps Extension", "triceps-extension")]
    public void Resolve_TyposAndExtraWords_AreFuzzy(string written, string id) => ShouldResolve(written, id, MatchKind.Fuzzy);

    [Theory]
    [InlineData("Warm Up")]
    [InlineData("Zorbatron 3000")]
    [InlineData("Stretching")]
    [InlineData("Cool down walk")]
    public void Resolve_FuzzyIsConservative(string written) => Catalog.Resolve(written).IsKnown.ShouldBeFalse();

    [Theory]
    [InlineData("Standing Calf Raise (Machine)", "calf-raise")]
    [InlineData("Seated Calf Raise", "seated-calf-raise")]
    [InlineData("Soleus Raises", "seated-calf-raise")]
    [InlineData("Tib Raises", "tibialis-raise")]
    [InlineData("Nordic Hamstring Curls", "nordic-curl")]
    [InlineData("Copenhagen Plank", "copenhagen-plank")]
    [InlineData("Pallof Press", "pallof-press")]
    [InlineData("Pogo Jumps", "pogo-hops")]
    [InlineData("Medicine Ball Slams", "medicine-ball-slam")]
    [InlineData("Hang Power Cleans", "hang-power-clean")]
    [InlineData("Farmer's Walk", "farmers-carry")]
    public void Resolve_RunnerWork(string written, string id) => ShouldResolve(written, id);

    [Fact]
    public void Resolve_Exact_HasNoDeviceForAStableEntry()
    {
        var resolution = Catalog.Resolve("Goblet Squat");

        resolution.UnstableDevice.ShouldBeNull();
        resolution.Closest.ShouldBeEmpty();
        resolution.IsKnown.ShouldBeTrue();
    }

    [Fact]
    public void Resolve_KeepsTheWrittenName()
    {
        Catalog.Resolve("Squat (Barbell)").WrittenName.ShouldBe("Squat (Barbell)");
    }
}
