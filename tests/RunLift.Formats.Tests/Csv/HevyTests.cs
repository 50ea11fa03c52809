using System.Diagnostics;
using System.Text;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Csv;

public sealed class HevyTests
{
    private const string Header = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"";

    [Fact]
    public void SampleExport_HasItsWorkoutsAndSetTypes()
    {
        var doc = TrainingFiles.Read(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));

        doc.Units.ShouldBe(MassUnit.Kilograms);
        doc.Sessions.Count.ShouldBe(335);
        var sets = doc.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).ToList();
        sets.Count.ShouldBe(7211);
        sets.Count(s => s.Kind == SetKind.Warmup).ShouldBe(2195);
        sets.Count(s => s.ToFailure).ShouldBe(1122);
        sets.Count(s => s.Kind == SetKind.Drop).ShouldBe(43);
        doc.Sessions.ShouldAllBe(s => s.Date != null && s.Duration != null);
        doc.Sessions.Select(s => s.Date).ShouldBeInOrder();
        doc.IsDated.ShouldBeTrue();
    }

    [Fact]
    public void Rows_BecomeSessionsExercisesAndSets()
    {
        var csv = Header + """

            "Lower","15 Sep 2025, 07:48","15 Sep 2025, 09:13","","Squat (Barbell)",,"",0,"warmup",60,5,,0,
            "Lower","15 Sep 2025, 07:48","15 Sep 2025, 09:13","","Squat (Barbell)",,"",1,"normal",100,5,,0,8
            "Lower","15 Sep 2025, 07:48","15 Sep 2025, 09:13","","Squat (Barbell)",,"",2,"failure",100,4,,0,10
            "Lower","15 Sep 2025, 07:48","15 Sep 2025, 09:13","","Plank",0,"",0,"normal",,,,60,
            "Lower","15 Sep 2025, 07:48","15 Sep 2025, 09:13","","Farmer Walk",0,"",0,"dropset",32.5,,0.04,,
            """;

        var doc = Read.Text(csv, "hevy.csv");

        var session = doc.Sessions.ShouldHaveSingleItem();
        session.Name.ShouldBe("Lower");
        session.Date.ShouldBe(new DateOnly(2025, 9, 15));
        session.Time.ShouldBe(TimeOfDay.At(new TimeOnly(7, 48)));
        session.Duration.ShouldBe(TimeSpan.FromMinutes(85));
        session.Exercises.Select(e => (e.Name, e.Sets.Count, e.Superset)).ShouldBe([("Squat (Barbell)", 3, (string?)null), ("Plank", 1, "0"), ("Farmer Walk", 1, "0")]);
        session.Exercises[0].Origin.ShouldBe("hevy.csv:2");
        session.Exercises[0].Sets.ShouldBe(
        [
            new TrainingSet { Kind = SetKind.Warmup, Load = Load.FromKilograms(60), Reps = 5 },
            new TrainingSet { Load = Load.FromKilograms(100), Reps = 5, Rpe = Rpe.Of(8) },
            new TrainingSet { Load = Load.FromKilograms(100), Reps = 4, Rpe = Rpe.Of(10), ToFailure = true },
        ]);
        session.Exercises[1].Sets[0].Duration.ShouldBe(TimeSpan.FromSeconds(60));
        session.Exercises[2].Sets[0].ShouldBe(new TrainingSet { Kind = SetKind.Drop, Load = Load.FromKilograms(32.5), Distance = Distance.FromKilometers(0.04) });
    }

    [Fact]
    public void PoundHeaders_ReadPoundsAndMiles()
    {
        var csv = Header.Replace("weight_kg", "weight_lbs").Replace("distance_km", "distance_miles") + """

            "A","1 Oct 2025, 18:00","1 Oct 2025, 19:00","","Deadlift (Barbell)",,"",0,"normal",225,5,1,0,
            """;

        var doc = Read.Text(csv);

        doc.Units.ShouldBe(MassUnit.Pounds);
        var set = doc.Sessions[0].Exercises[0].Sets[0];
        set.Load.ShouldBe(Load.FromPounds(225));
        set.Distance.ShouldBe(Distance.FromMiles(1));
    }

    [Theory]
    [InlineData("\"A\",\"31 Sept 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",100,5,,0,", 5, "start_time")]
    [InlineData("\"A\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",heavy,5,,0,", 55, "the weight")]
    [InlineData("\"A\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",100,5,,0,12", 64, "RPE")]
    [InlineData("\"A\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"easy\",100,5,,0,", 46, "set_type")]
    [InlineData("\"A\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",100,-5,,0,", 59, "negative")]
    public void MalformedRow_IsReportedAtItsField_SkippedOrRefusedWhenStrict(string row, int column, string reason)
    {
        var csv = Header + "\n" + "\"A\",\"15 Sep 2025, 07:48\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",100,5,,0,\n" + row + "\n";

        var e = Should.Throw<InputException>(() =>
            TrainingFiles.Read("hevy.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), new ReadOptions { Strict = true }));
        var skipped = Read.Text(csv, "hevy.csv").Skipped.ShouldHaveSingleItem();

        e.Line.ShouldBe(3);
        e.Column.ShouldBe(column);
        e.Reason.ShouldContain(reason);
        e.Message.ShouldStartWith($"hevy.csv:3:{column}: ");
        skipped.Source.ShouldBe("hevy.csv:3");
        skipped.Reason.ShouldContain(reason);
    }

    [Fact]
    public void MissingColumn_IsReported()
    {
        var e = Read.Error("\"start_time\",\"end_time\",\"exercise_title\",\"set_index\",\"set_type\",\"reps\"\n", "hevy.csv");
        e.Message.ShouldBe("hevy.csv:1:1: this Hevy export has no 'title' column");
    }

    [Fact]
    public void TooFewFields_ReadAsEmpty_AndAreReportedWhereRequired()
    {
        var e = Read.Error(Header + "\n\"A\",\"15 Sep 2025, 07:48\"\n", "hevy.csv");
        (e.Line, e.Reason).ShouldBe((2, "the exercise_title is empty"));
    }

    [Fact]
    public void LargeExport_ReadsWithModestMemory()
    {
        var sample = File.ReadAllLines(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));
        var builder = new StringBuilder(sample[0]).Append('\n');
        var rows = 0;
        for (var copy = 0; rows < 100_000; copy++)
        {
            for (var i = 1; i < sample.Length && rows < 100_000; i++, rows++)
            {
                // Shift each copy to other workouts so sessions stay distinct.
                builder.Append(sample[i].Replace(", 20", $"{copy}, 20", StringComparison.Ordinal)).Append('\n');
            }
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        TrainingFiles.Read("warm-up.csv", new MemoryStream(bytes)); // JIT and pools warmed up.
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var doc = TrainingFiles.Read("large.csv", new MemoryStream(bytes));
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        doc.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe(100_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"{rows / watch.Elapsed.TotalSeconds:N0} rows/s, {allocated / 1e6:N1} MB allocated for {bytes.Length / 1e6:N1} MB");

        // Speed is measured by bench/ (HevyReadBenchmark), not asserted here: timings in a parallel test run are noise.
        allocated.ShouldBeLessThan(bytes.Length * 3L);
    }
}
