using RunLift.Training;

namespace RunLift.Formats.Tests.Csv;

/// <summary>
/// No FitNotes export is among the shared fixtures, so these files are synthetic: written here by hand, following the
/// headers the app writes (Settings → Spreadsheet Export → Workout Data) in its two forms, with the unit in the weight
/// column's name or in a Weight Unit column.
/// </summary>
public sealed class FitNotesTests
{
    private const string Header = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment";

    [Fact]
    public void Export_IsRecognisedByItsHeader_AndADayIsASession()
    {
        const string Csv = Header + """

            2026-03-02,Barbell Squat,Legs,100.0,5,,,,
            2026-03-02,Barbell Squat,Legs,100.0,5,,,,"felt strong, deep"
            2026-03-02,Pull Up,Back,0.0,8,,,,
            2026-03-02,Plank,Abs,0.0,0,,,0:01:30,
            2026-03-02,Farmers Walk,Forearms,32.0,0,40.0,m,,
            2026-03-04,Deadlift,Back,140.0,3,,,,
            """;

        TrainingFiles.FormatOf(Stream(Csv)).ShouldBe(TrainingFileFormat.FitNotes);
        var doc = Read.Text(Csv, "fitnotes.csv");

        doc.Units.ShouldBe(MassUnit.Kilograms);
        doc.IsDated.ShouldBeTrue();
        doc.Sessions.Select(s => (s.Date, s.Name, s.Time)).ShouldBe([(new DateOnly(2026, 3, 2), "Workout", (TimeOfDay?)null), (new DateOnly(2026, 3, 4), "Workout", null)]);
        var monday = doc.Sessions[0];
        monday.Exercises.Select(e => (e.Name, e.Sets.Count)).ShouldBe([("Barbell Squat", 2), ("Pull Up", 1), ("Plank", 1), ("Farmers Walk", 1)]);
        monday.Exercises[0].Origin.ShouldBe("fitnotes.csv:2");
        monday.Exercises[0].Sets[1].ShouldBe(new TrainingSet { Load = Load.FromKilograms(100), Reps = 5 });
        monday.Exercises[1].Sets[0].ShouldBe(new TrainingSet { Reps = 8 });
        monday.Exercises[2].Sets[0].ShouldBe(new TrainingSet { Duration = TimeSpan.FromSeconds(90) });
        monday.Exercises[3].Sets[0].ShouldBe(new TrainingSet { Load = Load.FromKilograms(32), Distance = Distance.FromMeters(40) });
        doc.Runs.ShouldBeEmpty();
        doc.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void Category_GuidesHowTheNameIsRead()
    {
        const string Csv = Header + """

            2026-03-02,Zorbatron Thing,Legs,40.0,10,,,,
            2026-03-02,Katana Triceps Extension,Legs,20.0,10,,,,
            2026-03-02,Katana Triceps Extension,Triceps,20.0,10,,,,
            """;

        var doc = Read.Text(Csv, "fitnotes.csv");

        var entries = doc.Sessions.Single().Exercises;
        entries.Select(e => e.Category).ShouldBe(["Legs", "Legs", "Triceps"]);
        var readings = RunLift.Catalog.ExerciseReading.Of(entries.Take(1), RunLift.Catalog.ExerciseCatalog.Default);
        readings.Single().ResolvedBy.ShouldBe(RunLift.Catalog.MatchKind.Category);
        readings.Single().Pattern.ShouldBe(RunLift.Catalog.MovementPattern.IsolationLower);
        var catalog = RunLift.Catalog.ExerciseCatalog.Default;
        catalog.Resolve(entries[1].Name, new(entries[1].Category, null)).Exercise.Id.ShouldNotBe("triceps-extension");
        catalog.Resolve(entries[2].Name, new(entries[2].Category, null)).Exercise.Id.ShouldBe("triceps-extension");
    }

    [Fact]
    public void PoundsInTheHeader_AreTheUnit()
    {
        var doc = Read.Text("Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time,Comment\n2026-03-02,Flat Barbell Bench Press,Chest,225.0,5,,,,\n", "fitnotes.csv");

        doc.Units.ShouldBe(MassUnit.Pounds);
        doc.Sessions.Single().Exercises.Single().Sets.Single().Load.ShouldBe(Load.FromPounds(225));
    }

    [Fact]
    public void AWeightUnitColumn_GivesEachRowsUnit()
    {
        const string Csv = """
            Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment
            2026-04-29,Barbell Squat,Legs,100,kgs,5,,,,
            2026-04-29,Dumbbell Curl,Biceps,30,lbs,10,,,,
            2026-04-29,Dumbbell Row,Back,40,lbs,10,,,,
            """;

        TrainingFiles.FormatOf(Stream(Csv)).ShouldBe(TrainingFileFormat.FitNotes);
        var doc = Read.Text(Csv, "fitnotes.csv");

        doc.Units.ShouldBe(MassUnit.Pounds, "most loads were in pounds");
        doc.Sessions.Single().Exercises.Select(e => e.Sets.Single().Load).ShouldBe([Load.FromKilograms(100), Load.FromPounds(30), Load.FromPounds(40)]);
    }

    [Fact]
    public void RunningCardio_IsTheDaysRun_OtherCardioIsSkippedWithAReason()
    {
        var csv = Header + """

            2026-03-03,Running (Outdoor),Cardio,,,1.0,km,0:04:10,Intervals 5x1k
            2026-03-03,Running (Outdoor),Cardio,,,1.0,km,0:04:05,
            2026-03-03,Running (Outdoor),Cardio,,,1.0,km,0:04:02,
            2026-03-05,Rowing Machine,Cardio,,,2000.0,m,0:08:00,
            2026-03-05,Rowing Machine,Cardio,,,2000.0,m,0:08:10,
            2026-03-05,Barbell Squat,Legs,100.0,5,,,,
            2026-03-07,Running (Treadmill),Cardio,,,10.0,mi,1:35:00,
            """;

        var doc = Read.Text(csv, "fitnotes.csv");

        doc.Runs.Select(r => (r.Date, r.Kind, r.Duration, r.Distance, r.Name, r.Time)).ShouldBe(
        [
            (new DateOnly(2026, 3, 3), RunKind.Intervals, TimeSpan.FromSeconds(250 + 245 + 242), Distance.FromKilometers(3), "Running (Outdoor)", null),
            (new DateOnly(2026, 3, 7), RunKind.Long, TimeSpan.FromMinutes(95), Distance.FromMiles(10), "Running (Treadmill)", (TimeOfDay?)null),
        ]);
        doc.Runs[1].IsLong.ShouldBeTrue();
        doc.Sessions.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 3, 5));
        doc.Skipped.ShouldHaveSingleItem().ToString().ShouldBe("fitnotes.csv:5: Rowing Machine on 2026-03-05 is cardio but not running");
    }

    [Theory]
    [InlineData("23/12/2025,Barbell Squat,Legs,100.0,5,,,,", "fitnotes.csv:2:1: '23/12/2025' is not a date like 2025-12-23 (FitNotes exports dates as YYYY-MM-DD)")]
    [InlineData("2026-03-02,,Legs,100.0,5,,,,", "fitnotes.csv:2:12: the Exercise is empty")]
    [InlineData("2026-03-02,Barbell Squat,Legs,heavy,5,,,,", "fitnotes.csv:2:31: expected the weight (a number), found 'heavy'")]
    [InlineData("2026-03-02,Barbell Squat,Legs,100.0,5.5,,,,", "fitnotes.csv:2:37: expected the reps (a whole number), found '5.5'")]
    [InlineData("2026-03-02,Plank,Abs,0.0,0,,,90 sec,", "fitnotes.csv:2:30: '90 sec' is not a time like 0:30:00 or 30:00")]
    [InlineData("2026-03-02,Plank,Abs,0.0,0,,,1:75,", "fitnotes.csv:2:30: '1:75' is not a time like 0:30:00 or 30:00")]
    [InlineData("2026-03-02,Running (Outdoor),Cardio,,,5.0,leagues,0:25:00,", "fitnotes.csv:2:43: unknown distance unit 'leagues'; expected km, m, mi, ft or yd")]
    [InlineData("2026-03-02,Running (Outdoor),Cardio,,,5.0,,0:25:00,", "fitnotes.csv:2:43: a distance needs its Distance Unit (km, m, mi, ft or yd)")]
    [InlineData("2026-03-02,Barbell Squat,Legs,5000,5,,,,", "fitnotes.csv:2:31: a weight of 5000 kg is not plausible")]
    public void Mistakes_AreReportedAtTheirField(string row, string message) =>
        Read.Error(Header + "\n" + row + "\n", "fitnotes.csv").Message.ShouldBe(message);

    [Fact]
    public void AnUnclosedQuote_DoesNotSwallowTheFileIntoOneRecord()
    {
        var csv = Header + "\n2026-03-02,\"Barbell Squat,Legs,100.0,5,,,,\n" + string.Concat(Enumerable.Repeat("2026-03-02,Barbell Squat,Legs,100.0,5,,,,\n", 100_000));

        var error = Read.Error(csv, "fitnotes.csv");

        error.Line.ShouldBe(2);
        error.Reason.ShouldStartWith("not valid CSV");
    }

    [Fact]
    public void AHeaderWithoutExercise_IsNotFitNotes()
    {
        TrainingFiles.FormatOf(Stream("Date,Workout,Category,Weight (kgs),Reps\n")).ShouldBe(TrainingFileFormat.Routine);
        TrainingFiles.FormatOf(Stream("Date,Exercise,Category,Weight,Reps\n")).ShouldBe(TrainingFileFormat.Routine);
    }

    private static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
