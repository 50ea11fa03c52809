using CsvHelper;
using RunLift.Catalog;
using RunLift.Testing;

namespace RunLift.Tests.Catalog;

/// <summary>Every distinct exercise name in the shared Hevy and Strong exports, with the entry a person would pick.</summary>
public sealed class FixtureNamesTests
{
    private const string Unknown = "unknown";

    /// <summary>Hevy names (sample_hevy.csv, column exercise_title), then Strong names (sample_strong.csv, "Exercise Name").</summary>
    public static readonly TheoryData<string, string> Expected = new()
    {
        // Hevy
        { "Back Extension (Weighted Hyperextension)", "back-extension" },
        { "Bayesian Cable Curl", "cable-curl" },
        { "Bench Press (Barbell)", "bench-press" },
        { "Bench Press (Dumbbell)", "dumbbell-bench-press" },
        { "Bicep Curl (Cable)", "cable-curl" },
        { "Bottom-Half Seated Cable Flye", "cable-fly" },
        { "Bulgarian Split Squat", "bulgarian-split-squat" },
        { "Cable 1-Arm Face Pull", "face-pull" },
        { "Cable Crossover Ladder", "cable-fly" },
        { "Cable Crunch", "cable-crunch" },
        { "Calf Press (Machine)", "calf-press" },
        { "Chest Fly (Dumbbell)", "chest-fly" },
        { "Chest Fly (Machine)", "pec-deck" },
        { "Chest Press (Machine)", "machine-chest-press" },
        { "Chest Supported Incline Row (Dumbbell)", "chest-supported-row" },
        { "Concentration Curl", "concentration-curl" },
        { "Crunch", "crunch" },
        { "Crunch (Machine)", "crunch" },
        { "Crunch (Weighted)", "crunch" },
        { "Decline Crunch (Weighted)", "decline-crunch" },
        { "Dragon Flag", "dragon-flag" },
        { "EZ Bar Biceps Curl", "ez-bar-curl" },
        { "Glute Ham Raise", "glute-ham-raise" },
        { "Hammer Curl (Cable)", "hammer-curl" },
        { "Hammer Curl (Dumbbell)", "hammer-curl" },
        { "Hip Abduction (Machine)", "machine-hip-abduction" },
        { "Hip Adduction (Machine)", "machine-hip-adduction" },
        { "Hip Thrust (Machine)", "hip-thrust" },
        { "Incline Bench Press (Barbell)", "incline-bench-press" },
        { "Incline Bench Press (Dumbbell)", "incline-dumbbell-press" },
        { "Incline Chest Press (Machine)", "leverage-incline-chest-press" },
        { "Iso-Lateral Chest Press (Machine)", "machine-chest-press" },
        { "JM Press (Barbell)", "jm-press" },
        { "Katana Triceps Extension", "triceps-extension" },
        { "Lat Pulldown (Cable)", "lat-pulldown" },
        { "Lat Pulldown (Machine)", "lat-pulldown" },
        { "Lat Pulldown - Close Grip (Cable)", "lat-pulldown" },
        { "Lateral Raise (Cable)", "lateral-raise" },
        { "Lateral Raise (Dumbbell)", "lateral-raise" },
        { "Lateral Raise (Machine)", "lateral-raise" },
        { "Leg Extension (Machine)", "leg-extension" },
        { "Leg Press (Machine)", "leg-press" },
        { "Lunge (Dumbbell)", "lunge" },
        { "Lying Leg Curl (Machine)", "lying-leg-curl" },
        { "Lying Leg Raise", "lying-leg-raise" },
        { "Meadows Incline DB Lateral Raise", "lateral-raise" },
        { "Pendlay Row (Barbell)", "pendlay-row" },
        { "Preacher Curl (Barbell)", "preacher-curl" },
        { "Preacher Curl (Machine)", "machine-preacher-curl" },
        { "Pull Up", "pull-up" },
        { "Pull Up (Assisted)", "assisted-pull-up" },
        { "Pullover (Dumbbell)", "dumbbell-pullover" },
        { "Rear Delt Reverse Fly (Cable)", "rear-delt-fly" },
        { "Rear Delt Reverse Fly (Machine)", "rear-delt-fly" },
        { "Reverse Fly Single Arm (Cable)", "rear-delt-fly" },
        { "Reverse Lunge (Dumbbell)", "reverse-lunge" },
        { "Romanian Deadlift (Barbell)", "romanian-deadlift" },
        { "Seated Cable Row - Bar Wide Grip", "seated-cable-row" },
        { "Seated Cable Row - V Grip (Cable)", "seated-cable-row" },
        { "Seated Dip Machine", "dip-machine" },
        { "Seated Incline Curl (Dumbbell)", "incline-dumbbell-curl" },
        { "Seated Leg Curl (Machine)", "seated-leg-curl" },
        { "Seated Palms Down Wrist Curl", "reverse-wrist-curl" },
        { "Seated Palms Up Wrist Curl", "wrist-curl" },
        { "Seated Row (Machine)", "machine-row" },
        { "Seated Shoulder Press (Machine)", "machine-shoulder-press" },
        { "Seated Super- Bayesian High Cable Curl", "cable-curl" },
        { "Shoulder Press (Dumbbell)", "dumbbell-shoulder-press" },
        { "Shoulder Press (Machine Plates)", "machine-shoulder-press" },
        { "Shrug (Cable)", "shrug" },
        { "Shrug (Dumbbell)", "shrug" },
        { "Side Bend (Dumbbell)", "dumbbell-side-bend" },
        { "Single Arm Lateral Raise (Cable)", "lateral-raise" },
        { "Sitting 1-Arm Lat Pulldown", "lat-pulldown" },
        { "Skullcrusher (Barbell)", "skull-crusher" },
        { "Squat (Barbell)", "back-squat" },
        { "Squat (Smith Machine)", "smith-machine-squat" },
        { "Standing Calf Raise (Dumbbell)", "calf-raise" },
        { "Standing Calf Raise (Machine)", "calf-raise" },
        { "Triceps Extension (Cable)", "triceps-extension" },
        { "Triceps Extension (Machine)", "machine-tricep-extension" },
        { "Triceps Kickback (Cable)", "triceps-kickback" },
        { "Triceps Pressdown", "triceps-pushdown" },
        { "Triceps Pushdown", "triceps-pushdown" },
        { "Warm Up", Unknown },
        { "Wide Pull Up", "pull-up" },

        // Strong (names already listed above are not repeated)
        { "Bent Over Row (Barbell)", "barbell-row" },
        { "Bicep Curl (Barbell)", "biceps-curl" },
        { "Bicep Curl (Dumbbell)", "biceps-curl" },
        { "Calf Press on Seated Leg Press", "calf-press" },
        { "Glute Kickback (Machine)", "glute-kickback" },
        { "Kettlebell Carry", "farmers-carry" },
        { "Leg Press", "leg-press" },
        { "Pec Deck (Machine)", "pec-deck" },
        { "Seated Row (Cable)", "seated-cable-row" },
        { "Shoulder Press (Machine)", "machine-shoulder-press" },
        { "Squat (Dumbbell)", "dumbbell-squat" },
    };

    private static readonly Dictionary<string, string> ExpectedById = Expected.ToDictionary(row => row.Data.Item1, row => row.Data.Item2, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Expected))]
    public void Resolve_FixtureName_GivesTheExpectedEntry(string written, string expectedId)
    {
        var resolution = ExerciseCatalog.Default.Resolve(written);

        if (expectedId == Unknown)
        {
            resolution.IsKnown.ShouldBeFalse();
        }
        else
        {
            resolution.Exercise.Id.ShouldBe(expectedId, $"{written} matched {resolution.Match}");
            ExerciseCatalog.Default.FindById(expectedId).ShouldNotBeNull();
        }
    }

    [Fact]
    public void FixtureExports_EveryNameIsInTheTable_AndAtLeast95PercentResolveCorrectly()
    {
        var names = ReadColumn("fixtures/csv/sample_hevy.csv", "exercise_title")
            .Concat(ReadColumn("fixtures/csv/sample_strong.csv", "Exercise Name"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        names.Where(n => !ExpectedById.ContainsKey(n)).ShouldBeEmpty("names in the exports that the table does not list");
        var correct = names.Count(n => IsCorrect(n, ExpectedById[n]));
        ((double)correct / names.Count).ShouldBeGreaterThanOrEqualTo(0.95, $"{correct} of {names.Count} resolved correctly");
    }

    private static bool IsCorrect(string written, string expectedId)
    {
        var resolution = ExerciseCatalog.Default.Resolve(written);
        return expectedId == Unknown ? !resolution.IsKnown : resolution.IsKnown && resolution.Exercise.Id == expectedId;
    }

    private static List<string> ReadColumn(string sharedPath, string column)
    {
        using var csv = CsvReader.FromFile(SharedFiles.Path(sharedPath), options: null);
        var values = new List<string>();
        while (csv.Read())
        {
            values.Add(csv.GetString(column));
        }

        return values;
    }
}
