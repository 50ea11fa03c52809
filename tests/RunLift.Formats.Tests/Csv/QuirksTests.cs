using CsCheck;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Csv;

/// <summary>
/// The odd rows real exports hold, written in each app's exact header and value forms (no such export is among the
/// shared fixtures): a name with an unquoted comma, dates in other languages, a single bad row among good ones.
/// </summary>
public sealed class QuirksTests
{
    private const string FitNotesHeader = "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment";

    private const string HevyHeader = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"";

    [Fact]
    public void FitNotes_NameWithUnquotedCommas_IsRecoveredWrittenInFitNotesForm()
    {
        const string Csv = FitNotesHeader + """

            2024-03-05,Overhead Press (Each Side, Dumbbells),Shoulders,12.5,10,,,,
            2024-03-05,Row (Chest, Supported, Machine),Back,40.0,8,,,,
            2024-03-05,Barbell Squat,Legs,100.0,5,,,,
            """;

        var doc = Read.Text(Csv, "fitnotes.csv");

        doc.Skipped.ShouldBeEmpty();
        var exercises = doc.Sessions.Single().Exercises;
        exercises.Select(e => e.Name).ShouldBe(["Overhead Press (Each Side, Dumbbells)", "Row (Chest, Supported, Machine)", "Barbell Squat"]);
        exercises[0].Category.ShouldBe("Shoulders");
        exercises[0].Sets.Single().Load.ShouldBe(Load.FromKilograms(12.5));
        exercises[0].Sets.Single().Reps.ShouldBe(10);
        exercises[1].Sets.Single().Reps.ShouldBe(8);
    }

    [Fact]
    public void FitNotes_CommentWithUnquotedCommas_IsOneCommentWrittenInFitNotesForm()
    {
        const string Csv = FitNotesHeader + """

            2024-03-05,Running (Outdoor),Cardio,0.0,0,8.0,km,0:40:00,Intervals 6x800, hard, windy
            2024-03-05,Barbell Squat,Legs,100.0,5,,,,
            """;

        var doc = Read.Text(Csv, "fitnotes.csv");

        doc.Skipped.ShouldBeEmpty();
        var run = doc.Runs.ShouldHaveSingleItem();
        run.Kind.ShouldBe(RunKind.Intervals);
        run.Duration.ShouldBe(TimeSpan.FromMinutes(40));
    }

    [Fact]
    public void FitNotes_CommaBeforeACategoryOfTheUsersOwn_IsABadRowSkippedWithItsLine()
    {
        const string Csv = FitNotesHeader + """

            2024-03-05,Barbell Squat,Legs,100.0,5,,,,
            2024-03-05,Sled Push (Heavy, Turf),Strongman,80.0,4,,,,
            2024-03-06,Deadlift,Back,140.0,3,,,,
            """;

        var doc = Read.Text(Csv, "fitnotes.csv");

        doc.Sessions.SelectMany(s => s.Exercises).Select(e => e.Name).ShouldBe(["Barbell Squat", "Deadlift"]);
        var skipped = doc.Skipped.ShouldHaveSingleItem();
        skipped.Source.ShouldBe("fitnotes.csv:3");
        skipped.Reason.ShouldContain("no FitNotes category");
        skipped.Reason.ShouldContain("put the name in quotes");
    }

    [Fact]
    public void FitNotes_BadRowWhenStrict_RefusesTheFileAtItsLine()
    {
        const string Csv = FitNotesHeader + """

            2024-03-05,Barbell Squat,Legs,100.0,5,,,,
            2024-03-05,Barbell Squat,Legs,heavy,5,,,,
            """;

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("fitnotes.csv", Stream(Csv), new ReadOptions { Strict = true }));

        error.Line.ShouldBe(3);
        error.Message.ShouldContain("expected the weight (a number), found 'heavy'");
    }

    public static TheoryData<string, int, int, int, int> LocalisedHevyDates => new()
    {
        { "15 Sep 2025, 07:48", 2025, 9, 15, 7 },
        { "15 Sept 2025, 07:48", 2025, 9, 15, 7 },
        { "15. Sep. 2025, 07:48", 2025, 9, 15, 7 },
        { "15. Sept. 2025, 07:48", 2025, 9, 15, 7 },
        { "15 sept. 2025, 07:48", 2025, 9, 15, 7 },
        { "15 set 2025, 07:48", 2025, 9, 15, 7 },
        { "15 de set. de 2025 07:48", 2025, 9, 15, 7 },
        { "3 mars 2025, 18:05", 2025, 3, 3, 18 },
        { "3. März 2025, 18:05", 2025, 3, 3, 18 },
        { "12 déc. 2024, 06:30", 2024, 12, 12, 6 },
        { "1 ene 2025, 09:00", 2025, 1, 1, 9 },
        { "30 ago 2025, 19:15", 2025, 8, 30, 19 },
        { "4 out 2025, 07:00", 2025, 10, 4, 7 },
        { "3 Oct 2025, 7:48 PM", 2025, 10, 3, 19 },
        { "3 Oct 2025, 12:10 AM", 2025, 10, 3, 0 },
        { "2025-09-15 07:48", 2025, 9, 15, 7 },
    };

    [Theory]
    [MemberData(nameof(LocalisedHevyDates))]
    public void Hevy_DateInThePhonesLanguage_IsRead(string start, int year, int month, int day, int hour)
    {
        var csv = HevyHeader + "\n" + HevyRow(start, "Squat (Barbell)");

        var session = Read.Text(csv, "hevy.csv").Sessions.ShouldHaveSingleItem();

        session.Date.ShouldBe(new DateOnly(year, month, day));
        session.Time!.Value.Time.Hour.ShouldBe(hour);
    }

    [Fact]
    public void Hevy_UnreadableDateInEveryRow_RefusesTheFileNamingTheForms()
    {
        var csv = HevyHeader + "\n" + HevyRow("Montag, 15/09", "Squat (Barbell)");

        var error = Should.Throw<InputException>(() => Read.Text(csv, "hevy.csv"));

        error.Line.ShouldBe(2);
        error.Message.ShouldContain("'15 Sep 2025, 07:48'");
        error.Message.ShouldContain("'15 de set. de 2025 07:48'");
    }

    [Fact]
    public void Strong_OneBadRow_IsReportedAndTheRestRead()
    {
        const string Csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
            2024-11-28 17:36:08,"B",35m,"Bent Over Row (Barbell)",1,60.0,8.0,0,0.0,
            2024-11-28 17:36:08,"B",35m,"Bent Over Row (Barbell)",2,sixty,8.0,0,0.0,
            2024-11-28 17:36:08,"B",35m,"Bent Over Row (Barbell)",3,60.0,8.0,0,0.0,
            """;

        var doc = Read.Text(Csv, "strong.csv");

        doc.Sessions.Single().Exercises.Single().Sets.Count.ShouldBe(2);
        doc.Skipped.ShouldHaveSingleItem().Source.ShouldBe("strong.csv:3");
    }

    /// <summary>
    /// A Hevy export with one row corrupted (any row, any field of a few kinds): every other row is read, and exactly
    /// that row is reported; read strictly, the file is refused at that row.
    /// </summary>
    [Fact]
    public void Hevy_OneCorruptedRow_OnlyThatRowIsLost()
    {
        var export = SyntheticHevyExport.Create(sessions: 6, setsPerExercise: 3).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var whole = Read.Text(string.Join('\n', export), "hevy.csv");
        var wholeSets = whole.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count));
        string[] corruptions = ["start", "reps", "weight", "type", "exercise"];
        Gen.Select(Gen.Int[1, export.Length - 1], Gen.Int[0, corruptions.Length - 1]).Sample((row, kind) =>
        {
            var lines = export.ToArray();
            lines[row] = Corrupt(lines[row], corruptions[kind]);
            var text = string.Join('\n', lines);

            var doc = Read.Text(text, "hevy.csv");

            doc.Skipped.ShouldHaveSingleItem().Source.ShouldBe($"hevy.csv:{row + 1}");
            doc.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe(wholeSets - 1);
            Should.Throw<InputException>(() => TrainingFiles.Read("hevy.csv", Stream(text), new ReadOptions { Strict = true })).Line.ShouldBe(row + 1);
        }, iter: 60);
    }

    private static string Corrupt(string line, string what)
    {
        if (what == "start")
        {
            // The second quoted field, "4 Jan 2016, 06:12", holds a comma: replaced whole.
            return System.Text.RegularExpressions.Regex.Replace(line, "^(\"[^\"]*\"),\"[^\"]*\"", "$1,\"yesterday\"");
        }

        // The fields after the dates hold no commas: counted from the end of the row.
        var fields = line.Split(',');
        var at = what switch { "reps" => fields.Length - 4, "weight" => fields.Length - 5, "type" => fields.Length - 6, _ => fields.Length - 10 };
        fields[at] = what == "exercise" ? "\"\"" : "\"x9\"";
        return string.Join(',', fields);
    }

    private static string HevyRow(string start, string exercise) =>
        $"\"Legs\",\"{start}\",\"\",\"\",\"{exercise}\",,\"\",0,\"normal\",100,5,,,";

    private static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
