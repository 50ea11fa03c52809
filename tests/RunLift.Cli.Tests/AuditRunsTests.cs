using System.Text;
using System.Text.Json;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>
/// Runs from GPX, TCX and FitNotes files are the running schedule of a dated log. The Hevy sample's "Lower // Ramp //
/// Strength // 1" session (barbell squats) starts on Monday 8 September 2025 at 07:41; every command here runs in UTC.
/// </summary>
public sealed class AuditRunsTests
{
    private static string Hevy => SharedFiles.Path("fixtures/csv/sample_hevy.csv");

    private static string TempFile(string name, string content)
    {
        var directory = Directory.CreateTempSubdirectory("runlift-cli-");
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Gpx(string name, string start, string end) => TempFile("run.gpx", $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
          <trk><name>{name}</name><trkseg>
            <trkpt lat="51.5" lon="-0.1"><time>{start}</time></trkpt>
            <trkpt lat="51.5" lon="-0.2"><time>{end}</time></trkpt>
          </trkseg></trk>
        </gpx>
        """);

    private static JsonElement[] Findings(string json, string id) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("id").GetString() == id)];

    private static string[] Evidence(JsonElement finding) =>
        [.. finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("detail").GetString()!)];

    [Fact]
    public void HevyAlone_HasNoKeyRuns_SoNoHeavyBeforeKeyRunFinding()
    {
        var result = Cli.Run("audit", Hevy, "--format", "json");

        Findings(result.Out, "RL501").ShouldBeEmpty();
    }

    [Fact]
    public void AGpxNamedIntervals_TheMorningAfterHeavySquats_IsFlagged()
    {
        var run = Gpx("Intervals", "2025-09-09T06:00:00Z", "2025-09-09T06:50:00Z");

        var result = Cli.Run("audit", Hevy, run, "--format", "json");

        result.Err.ShouldBeEmpty();
        // The sample's squats go to failure: a warning, as RL501 says for failure sets within 48 h of a key run.
        var finding = Findings(result.Out, "RL501").ShouldHaveSingleItem();
        finding.GetProperty("severity").GetString().ShouldBe("warning");
        finding.GetProperty("message").GetString()!.ShouldStartWith("Lower-body sets to failure less than 48 h before a key run");
        Evidence(finding).ShouldContain("22 h before the intervals on 2025-09-09 (name: 'Intervals' in the name)");
        JsonDocument.Parse(result.Out).RootElement.GetProperty("source").EnumerateArray().Select(s => s.GetString()).ShouldBe([Hevy, run]);
    }

    [Fact]
    public void AnEasyGpxRun_IsNotKey_UntilTheAthleteSaysSo()
    {
        var run = Gpx("Morning Run", "2025-09-09T06:00:00Z", "2025-09-09T06:50:00Z");

        Findings(Cli.Run("audit", Hevy, run, "--format", "json").Out, "RL501").ShouldBeEmpty();
        var marked = Cli.Run("audit", Hevy, run, "--key-run", "2025-09-09=tempo", "--format", "json");
        Evidence(Findings(marked.Out, "RL501").ShouldHaveSingleItem()).ShouldContain("22 h before the tempo on 2025-09-09");
    }

    [Fact]
    public void AKeyRunNoFileRecorded_CanBeDeclared()
    {
        var result = Cli.Run("audit", Hevy, "--key-run", "2025-09-16", "--format", "json");

        Evidence(Findings(result.Out, "RL501").ShouldHaveSingleItem()).ShouldContain("23 h before the intervals on 2025-09-16");
    }

    [Fact]
    public void ATcxRunOf95Minutes_IsALongRun_ByItsDurationAlone_TheRideBesideItCrossTraining()
    {
        var tcx = TempFile("long.tcx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
              <Activities>
                <Activity Sport="Running"><Id>2025-09-16T07:00:00Z</Id>
                  <Lap StartTime="2025-09-16T07:00:00Z"><TotalTimeSeconds>5700</TotalTimeSeconds><DistanceMeters>17000</DistanceMeters></Lap>
                </Activity>
                <Activity Sport="Biking"><Id>2025-09-17T07:00:00Z</Id>
                  <Lap StartTime="2025-09-17T07:00:00Z"><TotalTimeSeconds>3600</TotalTimeSeconds></Lap>
                </Activity>
              </Activities>
            </TrainingCenterDatabase>
            """);

        var result = Cli.Run("audit", Hevy, tcx, "--format", "json");

        Evidence(Findings(result.Out, "RL501").ShouldHaveSingleItem()).ShouldContain("23 h before the long run on 2025-09-16 (duration: 95 min, and a run of 90 min or more is a long run)");
        result.Err.ShouldBeEmpty("the ride is cross-training: read, counted, never a run");
        var summary = JsonDocument.Parse(result.Out).RootElement.GetProperty("summary");
        (summary.GetProperty("runs").GetInt32(), summary.GetProperty("crossTraining").GetInt32(), summary.GetProperty("crossTrainingMinutes").GetInt32())
            .ShouldBe((1, 1, 60));
    }

    [Fact]
    public void RunsAlone_AuditWithoutCrashing()
    {
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/tcx-gpx/test.tcx"), SharedFiles.Path("fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx"));

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldContain("0 sessions");
        result.Err.ShouldEndWith("gpx1.1_with_all_fields.gpx:159: track 2 has no timed points\n");
    }

    [Fact]
    public void AFitNotesExport_IsAudited_ItsRunsCountToo()
    {
        var fitNotes = TempFile("FitNotes_Export.csv", """
            Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment
            2025-09-01,Barbell Squat,Legs,140.0,3,,,,
            2025-09-08,Barbell Squat,Legs,140.0,3,,,,
            2025-09-08,Barbell Squat,Legs,140.0,3,,,,
            2025-09-08,Barbell Squat,Legs,140.0,3,,,,
            2025-09-09,Running (Outdoor),Cardio,,,10.0,km,0:45:00,threshold
            """);

        var result = Cli.Run("audit", fitNotes, "--format", "json");

        // FitNotes has no times: the lift is taken at 18:00, the run at 07:00, 13 h apart; triples at 140 kg are heavy
        // (91 % of the max the week before's triple estimates; a set is never heavy by its own estimate alone).
        var finding = Findings(result.Out, "RL501").ShouldHaveSingleItem();
        finding.GetProperty("severity").GetString().ShouldBe("error");
        Evidence(finding).ShouldBe(["13 h before the threshold on 2025-09-09 (name: 'threshold' in the description)"]);
    }

    [Fact]
    public void ATcxIntervalRun_InTheEveningAfterTheMorningsSquats_IsFoundByItsLaps_AndRL504Fires()
    {
        // Garmin Connect's TCX of 6 × 800 m with jogs, no name, at 17:00 the day of the Hevy sample's 07:41 squats.
        var run = TempFile("activity_20661234567.tcx", RecordedRuns.Tcx(new DateTime(2025, 9, 8, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6)));

        var result = Cli.Run("audit", Hevy, run, "--format", "json");

        var finding = Findings(result.Out, "RL504").ShouldHaveSingleItem(result.Out);
        var evidence = finding.GetProperty("evidence").EnumerateArray().ShouldHaveSingleItem();
        evidence.GetProperty("detail").GetString().ShouldBe(
            "before the intervals on 2025-09-08 (laps: 6 fast laps at 3:45/km alternating with recoveries at 6:15/km) the same day");
        var keyRun = evidence.GetProperty("run");
        (keyRun.GetProperty("date").GetString(), keyRun.GetProperty("kind").GetString(), keyRun.GetProperty("basis").GetString())
            .ShouldBe(("2025-09-08", "intervals", "laps"));
        keyRun.GetProperty("reason").GetString().ShouldBe("6 fast laps at 3:45/km alternating with recoveries at 6:15/km");
        JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("keyRuns").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void ATempoOnlyItsLapsShow_AmongTheEasyRunsOfTheSameExport_IsAKeyRun()
    {
        // Three easy runs at 5:30/km the week before, and, the evening of the squats, 4 × 6 min at 4:40/km between a
        // warm-up and a cool-down, unnamed: the pace alone makes it a tempo.
        var files = Enumerable.Range(1, 3)
            .Select(d => ($"easy{d}.tcx", Encoding.UTF8.GetBytes(RecordedRuns.Tcx(new DateTime(2025, 9, 8, 6, 0, 0, DateTimeKind.Utc).AddDays(-d), [.. Enumerable.Repeat(Lap.At(1000, 330, 142), 8)]))))
            .Append(("tempo.tcx", Encoding.UTF8.GetBytes(RecordedRuns.Tcx(new DateTime(2025, 9, 8, 17, 0, 0, DateTimeKind.Utc),
                [Lap.At(2000, 335, 140), .. Enumerable.Repeat(new Lap(360, 1286, 166), 4), Lap.At(2000, 340, 150)]))));
        var zip = Path.Combine(Directory.CreateTempSubdirectory("runlift-cli-").FullName, "runs.zip");
        File.WriteAllBytes(zip, Zips.Of([.. files]));

        var result = Cli.Run("audit", Hevy, zip);

        result.Out.ShouldContain("before the tempo on 2025-09-08 (effort: 24 min of laps at 4:40/km, 50 s/km faster than your easy runs (5:30/km)) the same day");
    }

    [Theory]
    [InlineData("2025-9-9")]
    [InlineData("2025-09-09=easy")]
    [InlineData("2025-09-09=sprint")]
    public void ABadKeyRun_IsAUsageError(string value)
    {
        var result = Cli.Run("audit", Hevy, "--key-run", value);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith($"runlift: --key-run '{value}' is not DATE[=KIND]");
    }
}
