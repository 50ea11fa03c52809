using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Csv;

public sealed class StrongTests
{
    [Fact]
    public void SampleExport_HasItsWorkouts()
    {
        var doc = TrainingFiles.Read(SharedFiles.Path("fixtures/csv/sample_strong.csv"));

        doc.Units.ShouldBe(MassUnit.Kilograms);
        doc.Sessions.Count.ShouldBe(15);
        doc.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe(250);
        doc.Sessions.ShouldAllBe(s => s.Duration != null && s.Time != null);
        doc.Sessions[0].Date.ShouldBe(new DateOnly(2024, 11, 28));
        doc.Sessions[0].Duration.ShouldBe(TimeSpan.FromMinutes(35));
        doc.Sessions[0].Exercises[0].Sets[0].ShouldBe(new TrainingSet { Load = Load.FromKilograms(10), Reps = 13 });
    }

    [Fact]
    public void CommaForm_WithoutUnits_IsKilogramsUnlessTold()
    {
        const string csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-11-28 17:36:08,"B",1h 3m,"Squat (Barbell)",W,60.0,5.0,0,0.0,,,
            2024-11-28 17:36:08,"B",1h 3m,"Squat (Barbell)",1,149.99999999999997,5.0,0,0.0,,,8
            2024-11-28 17:36:08,"B",1h 3m,"Squat (Barbell)",2,150.0,3.0,0,0.0,,,
            2024-11-28 17:36:08,"B",1h 3m,"Squat (Barbell)",D,100.0,8.0,0,0.0,,,
            2024-11-28 17:36:08,"B",1h 3m,"Squat (Barbell)",F,100.0,6.0,0,0.0,,,
            2024-11-28 17:36:08,"B",1h 3m,"Plank",1,0,0,0,60.0,,,
            """;

        var doc = Read.Text(csv, "strong.csv");

        doc.Units.ShouldBe(MassUnit.Kilograms);
        var session = doc.Sessions.ShouldHaveSingleItem();
        session.Duration.ShouldBe(TimeSpan.FromMinutes(63));
        session.Time.ShouldBe(TimeOfDay.At(new TimeOnly(17, 36, 8)));
        var squat = session.Exercises[0];
        squat.Sets.Select(s => s.Kind).ShouldBe([SetKind.Warmup, SetKind.Working, SetKind.Working, SetKind.Drop, SetKind.Working]);
        squat.Sets[1].ShouldBe(new TrainingSet { Load = Load.FromKilograms(150), Reps = 5, Rpe = Rpe.Of(8) });
        squat.Sets[4].ToFailure.ShouldBeTrue();
        session.Exercises[1].Sets[0].ShouldBe(new TrainingSet { Reps = 0, Duration = TimeSpan.FromSeconds(60) });

        var inPounds = TrainingFiles.Read("strong.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), new ReadOptions { StrongUnits = MassUnit.Pounds });
        inPounds.Units.ShouldBe(MassUnit.Pounds);
        inPounds.Sessions[0].Exercises[0].Sets[0].Load.ShouldBe(Load.FromPounds(60));
    }

    [Fact]
    public void SemicolonForm_HasUnitsPerRow()
    {
        const string csv = """
            Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
            2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";1;225;lbs;5;;;;0;"";"";45m
            2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";2;245;lbs;4;;;;0;;;45m
            2019-01-11 12:31:54;"Leg";"Sled Push";1;40;kg;;;20;m;0;;;45m
            """;

        var doc = Read.Text(csv, "strong.csv");

        doc.Units.ShouldBe(MassUnit.Pounds);
        var session = doc.Sessions.ShouldHaveSingleItem();
        session.Duration.ShouldBe(TimeSpan.FromMinutes(45));
        session.Exercises[0].Sets.Select(s => s.Load).ShouldBe([Load.FromPounds(225), Load.FromPounds(245)]);
        session.Exercises[1].Sets[0].Load.ShouldBe(Load.FromKilograms(40));
    }

    [Fact]
    public void CurrentQuotedForm_WithWorkoutNumberAndRestTimers()
    {
        const string csv = """
            "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"Distance (meters)";"Seconds";"Notes";"Workout Notes";"RPE"
            "1";"2025-03-10 07:02:11";"Push";"3720";"Bench Press (Barbell)";"W";"40";"10";"0";"0";"";"";""
            "1";"2025-03-10 07:02:11";"Push";"3720";"Bench Press (Barbell)";"1";"80";"5";"0";"0";"";"";"8"
            "1";"2025-03-10 07:02:11";"Push";"3720";"Bench Press (Barbell)";"Rest Timer";"0";"0";"0";"120";"";"";""
            "1";"2025-03-10 07:02:11";"Push";"3720";"Bench Press (Barbell)";"2";"80";"5";"0";"0";"";"";"8.5"
            "2";"2025-03-12 18:00:00";"Pull";"2400";"Sled Drag";"1";"60";"";"25";"0";"";"";""
            """;

        var doc = Read.Text(csv, "strong.csv");

        doc.Units.ShouldBe(MassUnit.Kilograms);
        doc.Sessions.Select(s => (s.Name, s.Duration)).ShouldBe([("Push", TimeSpan.FromSeconds(3720)), ("Pull", TimeSpan.FromSeconds(2400))]);
        var bench = doc.Sessions[0].Exercises.ShouldHaveSingleItem();
        bench.Sets.Count.ShouldBe(3);
        bench.Sets[0].Kind.ShouldBe(SetKind.Warmup);
        bench.Sets[1].Rest.ShouldBe(TimeSpan.FromSeconds(120));
        bench.Sets[2].Rpe.ShouldBe(Rpe.Of(8.5));
        doc.Sessions[1].Exercises[0].Sets[0].Distance.ShouldBe(Distance.FromMeters(25));
    }

    [Fact]
    public void CurrentQuotedForm_InPounds()
    {
        const string csv = """
            "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (lbs)";"Reps";"Distance (meters)";"Seconds";"Notes";"Workout Notes";"RPE"
            "1";"2025-03-10 07:02:11";"Push";"3720";"Bench Press (Barbell)";"1";"185";"5";"0";"0";"";"";""
            """;

        var doc = Read.Text(csv, "strong.csv");

        doc.Units.ShouldBe(MassUnit.Pounds);
        doc.Sessions[0].Exercises[0].Sets[0].Load.ShouldBe(Load.FromPounds(185));
    }

    [Theory]
    [InlineData("2024-13-28 17:36:08,\"B\",35m,\"Squat\",1,10.0,13.0,0,0.0,,,", 1, "not a date")]
    [InlineData("2024-11-28 17:36:08,\"B\",35m,\"Squat\",1,ten,13.0,0,0.0,,,", 39, "the weight")]
    [InlineData("2024-11-28 17:36:08,\"B\",35m,\"Squat\",X,10.0,13.0,0,0.0,,,", 37, "Set Order")]
    [InlineData("2024-11-28 17:36:08,\"B\",35m,\"Squat\",1,10.0,13.5,0,0.0,,,", 44, "whole number")]
    [InlineData("2024-11-28 17:36:08,\"B\",35 min,\"Squat\",1,10.0,13.0,0,0.0,,,", 25, "duration")]
    public void MalformedRow_IsReportedAtItsField(string row, int column, string reason)
    {
        var csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" + row + "\n";

        var e = Read.Error(csv, "strong.csv");

        (e.Line, e.Column).ShouldBe((2, column));
        e.Reason.ShouldContain(reason);
    }

    [Fact]
    public void MissingColumn_IsReported() =>
        Read.Error("Date,Exercise Name,Set Order,Weight\n").Reason.ShouldBe("this Strong export has no 'Workout Name' column");
}
