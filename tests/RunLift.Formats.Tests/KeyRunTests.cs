using System.Text;
using RunLift.Formats.Tests.Fit;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests;

/// <summary>Which runs are key runs, read from every source through <see cref="TrainingFiles"/>.</summary>
public sealed class KeyRunTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 3, 6, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("20555050352_ACTIVITY.fit")]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("developer-types-sample.fit")]
    public void FitFixtures_LapsAreThoseGarminsSdkReads(string name)
    {
        var path = SharedFiles.Path("fixtures/fit/" + name);
        var run = TrainingFiles.Read(path).Runs.ShouldHaveSingleItem();
        var start = GarminSdk.Decode(path).Messages("sessionMesgs").Single(s => s.GetProperty("sport").GetInt32() == 1).GetProperty("startTime").GetInt64();
        var expected = GarminSdk.Decode(path).Messages("lapMesgs")
            .Where(l => l.GetProperty("startTime").GetInt64() >= start && l.GetProperty("startTime").GetInt64() <= start + (long)run.Duration!.Value.TotalSeconds + 60)
            .Select(l => (
                Seconds: l.GetProperty("totalTimerTime").GetInt64() / 1000.0,
                Meters: l.TryGetProperty("totalDistance", out var cm) ? cm.GetInt64() / 100.0 : (double?)null,
                Bpm: l.TryGetProperty("avgHeartRate", out var bpm) ? bpm.GetInt32() : (int?)null))
            .ToList();

        run.Laps.Select(l => (l.Duration.TotalSeconds, l.Distance?.Meters, l.AverageHeartRate)).ShouldBe(expected);
        run.Laps.ShouldNotBeEmpty();
    }

    [Fact]
    public void FitFixtures_AreTheEasyRunsTheyAre()
    {
        // A 17-minute run between two strength sessions, a 57-second test run and a 57-minute Stryd run: none is
        // named, none has fast and slow laps, none is 90 minutes.
        string[] names = ["20555050352_ACTIVITY.fit", "garmin-fenix-5-run.fit", "developer-types-sample.fit"];

        var runs = names.Select(n => TrainingFiles.Read(SharedFiles.Path("fixtures/fit/" + n)).Runs.Single()).ToList();

        runs.ShouldAllBe(r => r.Kind == RunKind.Easy && r.Basis!.Source == RunKindSource.Default && !r.IsKey);
    }

    [Fact]
    public void TcxFixture_ItsThreeMileLaps_AreAnEasyRun()
    {
        var run = TrainingFiles.Read(SharedFiles.Path("fixtures/tcx-gpx/test.tcx")).Runs.ShouldHaveSingleItem();

        run.Laps.Select(l => (l.Duration.TotalSeconds, Math.Round(l.Distance!.Value.Meters, 2), l.AverageHeartRate, l.Intensity)).ShouldBe([
            (608.47, 1609.34, (int?)139, (LapIntensity?)LapIntensity.Work),
            (714.80, 1609.34, 172, LapIntensity.Work),
            (669.51, 1470.55, 167, LapIntensity.Work)]);
        (run.Kind, run.Basis!.Source).ShouldBe((RunKind.Easy, RunKindSource.Default));
    }

    [Fact]
    public void GpxFixture_ATrackNamedExampleName_IsAnEasyRunWithoutLaps()
    {
        var run = TrainingFiles.Read(SharedFiles.Path("fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx")).Runs.ShouldHaveSingleItem();

        (run.Name, run.Notes, run.Laps.Count).ShouldBe(("example name t", "example desc t", 0));
        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Default, "nothing marks it as a workout, a race or a long run"));
    }

    [Fact]
    public void FitRun_WrittenAsAForerunnerWritesIt_WithIntervalLaps_IsIntervals()
    {
        var fit = RecordedRuns.Fit(Tuesday, RecordedRuns.Intervals(6));

        var run = TrainingFiles.Read("Morning_Run.fit", new MemoryStream(fit)).Runs.ShouldHaveSingleItem();

        run.Laps.Count.ShouldBe(13);
        run.Laps[1].ShouldBe(new RunLap(TimeSpan.FromSeconds(180)) { Distance = Distance.FromMeters(800), AverageHeartRate = 168 });
        run.Kind.ShouldBe(RunKind.Intervals);
        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Laps, "6 fast laps at 3:45/km alternating with recoveries at 6:15/km"));
        run.IsKey.ShouldBeTrue();
    }

    [Fact]
    public void TcxRun_InGarminConnectsForm_WithIntervalLaps_IsIntervals()
    {
        var tcx = RecordedRuns.Tcx(Tuesday.UtcDateTime, RecordedRuns.Intervals(5));

        var run = Read.Text(tcx, "activity_20661234567.tcx").Runs.ShouldHaveSingleItem();

        run.Laps.Count.ShouldBe(11);
        (run.Kind, run.Basis!.Detail).ShouldBe((RunKind.Intervals, "5 fast laps at 3:45/km alternating with recoveries at 6:15/km"));
    }

    [Fact]
    public void TcxRun_WithRestingLaps_IsTheWatchsWorkout()
    {
        Lap Work(double meters) => Lap.At(meters, 300, 160, intensity: 0);
        Lap Rest() => Lap.At(200, 420, 130, intensity: 1);
        var tcx = RecordedRuns.Tcx(Tuesday.UtcDateTime, [Work(1000), Rest(), Work(1000), Rest(), Work(1000), Rest(), Work(1000)]);

        var run = Read.Text(tcx, "activity.tcx").Runs.ShouldHaveSingleItem();

        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Laps, "the watch's workout: 4 work steps with recoveries between"));
    }

    [Fact]
    public void GarminExport_ATempoByItsLapsAlone_IsFoundAgainstTheEasyRunsInTheSameZip()
    {
        // Four easy 8 km runs at 5:30/km, and one run whose laps hold 4 × 6 min at 4:40/km between a warm-up and a
        // cool-down: no name says tempo, no lap says work, only the pace does.
        var easy = Enumerable.Range(0, 4).Select(d => ($"easy{d}.fit", RecordedRuns.Fit(Tuesday.AddDays(-d - 1), [.. Enumerable.Repeat(Lap.At(1000, 330, 142), 8)])));
        var tempo = RecordedRuns.Fit(Tuesday, [Lap.At(2000, 335, 140), .. Enumerable.Repeat(new Lap(360, 1286, 166), 4), Lap.At(2000, 340, 150)]);
        var zip = Zips.Of([.. easy, ("tempo.fit", tempo)]);

        var runs = TrainingFiles.Read("garmin-export.zip", new MemoryStream(zip)).Runs;

        var run = runs.Single(r => r.Date == DateOnly.FromDateTime(Tuesday.UtcDateTime));
        run.Kind.ShouldBe(RunKind.Tempo);
        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Effort, "24 min of laps at 4:40/km, 50 s/km faster than your easy runs (5:30/km)"));
        runs.Count(r => r.Kind == RunKind.Easy).ShouldBe(4);
    }

    [Fact]
    public void TheSameTempoRun_ReadAlone_HasNoEasyRunsToCompareWith()
    {
        var tempo = RecordedRuns.Fit(Tuesday, [Lap.At(2000, 335, 140), .. Enumerable.Repeat(new Lap(360, 1286, 166), 4), Lap.At(2000, 340, 150)]);

        TrainingFiles.Read("tempo.fit", new MemoryStream(tempo)).Runs.ShouldHaveSingleItem().Kind.ShouldBe(RunKind.Easy);
    }

    [Fact]
    public void SeveralFiles_AreJudgedTogether()
    {
        var folder = Directory.CreateTempSubdirectory("runlift-keyruns-");
        try
        {
            var paths = new List<string>();
            for (var d = 0; d < 3; d++)
            {
                paths.Add(Path.Combine(folder.FullName, $"easy{d}.tcx"));
                File.WriteAllText(paths[^1], RecordedRuns.Tcx(Tuesday.UtcDateTime.AddDays(-d - 1), [Lap.At(8000, 330, 142)]), Encoding.UTF8);
            }

            paths.Add(Path.Combine(folder.FullName, "fast.tcx"));
            File.WriteAllText(paths[^1], RecordedRuns.Tcx(Tuesday.UtcDateTime, [Lap.At(6000, 290, 165)]), Encoding.UTF8);

            TrainingFiles.ReadAll(paths).Runs[^1].Kind.ShouldBe(RunKind.Tempo);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
