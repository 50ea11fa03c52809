namespace RunLift.Cli.Tests;

/// <summary><c>runlift plan --from-log FILE...</c>: a request drafted from the log, or a request's gaps filled from it.</summary>
public sealed class PlanFromLogTests : IDisposable
{
    // A Hevy log (its exact header) of squats, and runs (a FitNotes export, its exact header) on Tuesdays and Sundays.
    private const string Hevy = """
        "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
        "Legs","17 Nov 2026, 18:00","17 Nov 2026, 19:00","","Squat (Barbell)",,"",0,"normal",100,5,,,
        "Legs","24 Nov 2026, 18:00","24 Nov 2026, 19:00","","Squat (Barbell)",,"",0,"normal",105,3,,,
        """;

    private const string FitNotes = """
        Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment
        2026-11-10,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 6x800
        2026-11-17,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 5x1k
        2026-11-24,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 4x1200
        2026-11-15,Running (Outdoor),Cardio,0.0,0,20.0,km,1:45:00,
        2026-11-22,Running (Outdoor),Cardio,0.0,0,21.0,km,1:50:00,
        2026-11-29,Running (Outdoor),Cardio,0.0,0,22.0,km,1:55:00,
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("runlift-fromlog-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FromLog_WithoutARequest_PrintsARequestToCheckSayingWhereEachValueCameFrom()
    {
        var (hevy, runs) = (Write("hevy.csv", Hevy), Write("fitnotes.csv", FitNotes));

        var result = Cli.Run("plan", "--from-log", hevy, runs);

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldContain("# running: tue: intervals 50min, on 3 of 3 weeks with running");
        result.Out.ShouldContain("# running: sun: long 1h50min, on 3 of 3 weeks with running");
        result.Out.ShouldContain("# max: Back Squat 116.5 kg, from 5 × 100 kg on 2026-11-17");
        result.Out.ShouldContain("  tue: intervals 50min");
        result.Out.ShouldContain("  sun: long 1h50min");
        result.Out.ShouldContain("    Back Squat: 116.5 kg");
        result.Out.ShouldContain("  start: 2026-12-07");
    }

    [Fact]
    public void FromLog_Draft_IsARequestThePlannerTakes()
    {
        var draft = Path.Combine(_folder, "request.yaml");
        Cli.Run("plan", "--from-log", Write("hevy.csv", Hevy), Write("fitnotes.csv", FitNotes), "--out", draft).ExitCode.ShouldBe(0);

        var plan = Cli.Run("plan", draft, "--format", "json");

        plan.ExitCode.ShouldBe(0, plan.Err);
        plan.Out.ShouldContain("\"kind\": \"intervals\"");
    }

    [Fact]
    public void FromLog_WithARequest_FillsOnlyWhatItLacks()
    {
        var request = Write("request.yaml", """
            athlete:
              maxes:
                Back Squat: 90 kg
            plan:
              start: 2026-12-07
              weeks: 4
            """);

        var result = Cli.Run("plan", request, "--from-log", Write("fitnotes.csv", FitNotes), Write("hevy.csv", Hevy), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Err.ShouldContain("runlift plan: from the log, running week: tue: intervals 50min");
        result.Err.ShouldNotContain("max: Back Squat");
    }

    [Fact]
    public void FromLog_OldStrongExportInPounds_ReadsTheUnitGiven()
    {
        // Strong's older comma form says no unit.
        var strong = Write("strong.csv", """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
            2026-11-24 17:36:08,"B",35m,"Squat (Barbell)",1,225.0,5.0,0,0.0,
            """);

        var result = Cli.Run("plan", "--from-log", strong, "--units", "lb");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldContain("# max: Back Squat 262 lb, from 5 × 225 lb on 2026-11-24");
        result.Out.ShouldContain("units: lb");
    }

    [Fact]
    public void Plan_NeitherRequestNorLog_SaysWhatToGive()
    {
        var result = Cli.Run("plan");

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldContain("--from-log FILE...");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
