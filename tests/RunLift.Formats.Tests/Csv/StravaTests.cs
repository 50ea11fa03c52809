using System.Text;
using RunLift.Formats.Zip;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Testing.StravaExport;

namespace RunLift.Formats.Tests.Csv;

/// <summary>
/// No Strava export may be shared, so these are written in Strava's exact forms (<see cref="StravaExport"/>: the
/// 2022–2023 header with its repeated names, dates in UTC like "Oct 6, 2022, 11:19:20 PM", the zip's layout).
/// </summary>
public sealed class StravaTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void ActivitiesCsvInStravasHeaderForm_IsRecognisedByItsContent_WhateverItIsCalled()
    {
        var csv = ActivitiesCsv([new Activity(1, new DateTime(2022, 10, 6, 23, 19, 20), "Morning Run", "Run", 1900, 1834, 5012.4)]);

        TrainingFiles.FormatOf(Stream(csv)).ShouldBe(TrainingFileFormat.Strava);
        Read(csv, "export-renamed.txt").Runs.ShouldHaveSingleItem();
    }

    [Fact]
    public void Run_IsDatedOnTheAthletesClock_WithMovingTimeDistanceInMetresAndHeartRate()
    {
        // 23:19 UTC on 6 October is 01:19 on the 7th in Berlin (summer time).
        var csv = ActivitiesCsv([new Activity(1, new DateTime(2022, 10, 6, 23, 19, 20), "Morning Run", "Run", 1900, 1834, 5012.4, 148)]);

        var run = Read(csv).Runs.ShouldHaveSingleItem();

        run.Date.ShouldBe(new DateOnly(2022, 10, 7));
        run.Time.ShouldBe(TimeOfDay.At(new TimeOnly(1, 19)));
        run.Duration.ShouldBe(TimeSpan.FromSeconds(1834));
        run.Distance!.Value.Meters.ShouldBe(5012.4, 0.01);
        run.AverageHeartRate.ShouldBe(148);
        run.Name.ShouldBe("Morning Run");
        run.Kind.ShouldBe(RunKind.Easy);
    }

    [Fact]
    public void RunKinds_ComeFromTheName_OrTheDescription_AndLongOnesAreKeyRuns()
    {
        var day = new DateTime(2023, 3, 1, 6, 0, 0);
        var csv = ActivitiesCsv([
            new Activity(1, day, "Tuesday intervals", "Run", 3600, 3300, 10_000),
            new Activity(2, day.AddDays(1), "Lunch Run", "Run", 3000, 2900, 8_000, Description: "tempo, 3 x 10 min\nfelt good, \"strong\""),
            new Activity(3, day.AddDays(2), "Sunday", "Run", 6000, 5800, 20_000),
            new Activity(4, day.AddDays(3), "Trails", "Trail Run", 3000, 2800, 7_000),
        ]);

        var runs = Read(csv).Runs;

        runs.Select(r => r.Kind).ShouldBe([RunKind.Intervals, RunKind.Tempo, RunKind.Long, RunKind.Easy]);
        runs.Select(r => r.Basis!.ToString()).ShouldBe([
            "name: 'intervals' in the name", "name: 'tempo' in the description",
            "duration: 97 min, and a run of 90 min or more is a long run", "default: nothing marks it as a workout, a race or a long run"]);
        runs[2].IsKey.ShouldBeTrue("96 minutes is a long run, whatever it is called");
        runs[2].IsLong.ShouldBeTrue();
    }

    [Fact]
    public void AnUnmarkedUnnamedFastRun_IsATempo_ByItsPaceAgainstTheExportsEasyRuns()
    {
        // Strava's CSV has no laps: the whole run's pace is compared with the export's other runs (5:30/km).
        var day = new DateTime(2023, 3, 1, 6, 0, 0);
        var csv = ActivitiesCsv([
            .. Enumerable.Range(0, 4).Select(d => new Activity(d + 1, day.AddDays(d), "Morning Run", "Run", 2700, 2640, 8_000)),
            new Activity(9, day.AddDays(5), "Evening Run", "Run", 2200, 2100, 7_250),
        ]);

        var runs = Read(csv).Runs;

        runs.Take(4).ShouldAllBe(r => r.Kind == RunKind.Easy);
        runs[^1].Kind.ShouldBe(RunKind.Tempo);
        runs[^1].Basis.ShouldBe(new RunKindBasis(RunKindSource.Effort, "35 min at 4:50/km, 40 s/km faster than your easy runs (5:30/km)"));
    }

    [Fact]
    public void WorkoutTypeColumn_MarksRacesLongRunsAndWorkouts()
    {
        var header = Header + ",Workout Type";
        var day = new DateTime(2023, 3, 1, 6, 0, 0);
        string Row(int id, string name, string type) => StravaExport.Row(new Activity(id, day.AddDays(id), name, "Run", 3000, 2900, 8_000)) + "," + type;
        var csv = header + "\n" + string.Join('\n', Row(1, "City 10k", "1"), Row(2, "Sunday", "2.0"), Row(3, "Track", "3"), Row(4, "Hill session", "3"), Row(5, "Easy", "0"), Row(6, "Easy", ""));

        var runs = Read(csv).Runs;

        runs.Select(r => r.Kind).ShouldBe([RunKind.Race, RunKind.Long, RunKind.Intervals, RunKind.Hills, RunKind.Easy, RunKind.Easy]);
        runs.Select(r => r.Basis!.ToString()).ShouldBe([
            "marker: Strava's workout type 'Race'", "marker: Strava's workout type 'Long Run'", "marker: Strava's workout type 'Workout', and 'Track' says which",
            "marker: Strava's workout type 'Workout', and 'Hill' says which", "name: 'Easy' in the name", "name: 'Easy' in the name"]);
    }

    [Fact]
    public void WeightTraining_Workout_AndCrossfit_AreStrengthSessionsWithTheirRecordedTime_OtherSportsCrossTrainingWithTheirTime()
    {
        var day = new DateTime(2023, 3, 6, 17, 0, 0);
        var csv = ActivitiesCsv([
            new Activity(1, day, "Gym: squats and pulls", "Weight Training", 3120, 2900, 0),
            new Activity(2, day.AddDays(1), "Circuit", "Workout", 1800, 1700, 0),
            new Activity(3, day.AddDays(2), "WOD", "Crossfit", 2400, 2300, 0),
            new Activity(4, day.AddDays(3), "Commute", "Ride", 1500, 1400, 7_000),
            new Activity(5, day.AddDays(4), "Pool", "Swim", 2000, 1900, 1_500, 128),
            new Activity(6, day.AddDays(5), "Forgot to start", "Yoga", 0, 0, 0),
        ]);

        var document = Read(csv);

        document.Sessions.Select(s => (s.Name, s.Date, s.Duration)).ShouldBe([
            ("Gym: squats and pulls", new DateOnly(2023, 3, 6), TimeSpan.FromSeconds(3120)),
            ("Circuit", new DateOnly(2023, 3, 7), TimeSpan.FromSeconds(1800)),
            ("WOD", new DateOnly(2023, 3, 8), TimeSpan.FromSeconds(2400)),
        ]);
        document.Sessions.ShouldAllBe(s => s.Exercises.Count == 0);
        document.Runs.ShouldBeEmpty();
        // 17:00 UTC is 18:00 in Berlin.
        document.CrossTraining.Select(c => (c.Sport, c.Name, c.Date, c.Time, c.Duration, c.Distance, c.AverageHeartRate)).ShouldBe([
            ("Ride", "Commute", new DateOnly(2023, 3, 9), TimeOfDay.At(new TimeOnly(18, 0)), TimeSpan.FromSeconds(1400), Distance.FromMeters(7_000), null),
            ("Swim", "Pool", new DateOnly(2023, 3, 10), TimeOfDay.At(new TimeOnly(18, 0)), TimeSpan.FromSeconds(1900), Distance.FromMeters(1_500), 128),
        ]);
        document.Skipped.Select(s => s.ToString()).ShouldBe([
            "activities.csv:7: Yoga on 2023-03-11 has no recorded time, so it adds nothing to the week's load",
        ]);
    }

    [Fact]
    public void OldExport_WithOneDistanceInTheAccountsUnit_ReadsRunsWithoutADistance()
    {
        // Exports before 2020 had a dozen columns and one Distance, in km or miles as the account was set: not said.
        const string Csv = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Relative Effort,Commute,Activity Gear,Filename
            123456789,"Mar 3, 2019, 7:02:11 AM",Morning Run,Run,,2710,8.02,31,false,,activities/123456789.gpx.gz
            """;

        var run = Read(Csv).Runs.ShouldHaveSingleItem();

        run.Duration.ShouldBe(TimeSpan.FromSeconds(2710));
        run.Distance.ShouldBeNull();
    }

    [Theory]
    [InlineData("2022-10-06 23:19", "'2022-10-06 23:19' is not a date like 'Oct 6, 2022, 11:19:20 PM'")]
    [InlineData("", "'' is not a date like")]
    public void ABadDate_IsAnErrorAtItsLineAndColumn(string date, string reason)
    {
        var csv = Header + "\n" + "1,\"" + date + "\",Run,Run,,100,1,,,false";

        var error = Should.Throw<InputException>(() => Read(csv));

        error.Line.ShouldBe(2);
        error.Column.ShouldBe(3);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void TheZipStravaSends_IsReadFromItsActivitiesCsv_EachRunOnce()
    {
        var activities = Synthetic(10).Select(a => a with { File = $"activities/{a.Id}.gpx.gz" }).ToList();
        var zip = ExportZip(activities, _ => "<gpx version=\"1.1\"></gpx>"u8.ToArray());

        var entries = TrainingArchive.Read("export_12345.zip", new MemoryStream(zip), cancellation: TestContext.Current.CancellationToken).ToList();
        var document = TrainingFiles.Read("export_12345.zip", new MemoryStream(zip));

        document.Runs.Count.ShouldBe(8);
        document.Sessions.Count.ShouldBe(2);
        entries.Single(e => e.Document is not null).Name.ShouldBe("activities.csv");
        entries.Where(e => e.Name.EndsWith(".gz", StringComparison.Ordinal)).ShouldAllBe(e =>
            e.Skipped == SkipReason.NotTrainingFile && e.Detail == "is a Strava activity's recording: the activities are read from activities.csv");
    }

    [Fact]
    public void AStrengthActivitysFitRecording_GivesItsSets_ARunsItsLaps_ABrokenOneAWarning()
    {
        var recording = File.ReadAllBytes(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"));
        var watch = TrainingFiles.Read("watch.fit", new MemoryStream(recording)).Sessions.ShouldHaveSingleItem();
        watch.Exercises.ShouldNotBeEmpty();
        var day = new DateTime(2025, 10, 1, 16, 0, 0);
        var zip = ExportZip(
            [
                new Activity(1, day, "Strength", "Weight Training", 3000, 2800, 0, File: "activities/1.fit.gz"),
                new Activity(2, day.AddDays(1), "Gym", "Weight Training", 2000, 1900, 0, File: "activities/2.fit.gz"),
                new Activity(3, day.AddDays(2), "Run", "Run", 2000, 1900, 5000, File: "activities/3.fit.gz"),
                new Activity(4, day.AddDays(3), "Morning Run", "Run", 2000, 1900, 5000, File: "activities/4.fit.gz"),
            ],
            activity => activity.Id switch
            {
                1 => recording,
                // An unmarked run named "Run": only the laps of its recording say it was 6 × 800 m with jogs between.
                3 => RecordedRuns.Fit(new DateTimeOffset(day.AddDays(2), TimeSpan.Zero), RecordedRuns.Intervals(6)),
                _ => "not a FIT file"u8.ToArray(),
            });

        var document = TrainingFiles.Read("export.zip", new MemoryStream(zip));

        document.Sessions[0].Exercises.Select(e => (e.Name, e.Sets.Count)).ShouldBe(watch.Exercises.Select(e => (e.Name, e.Sets.Count)));
        document.Sessions[0].Duration.ShouldBe(TimeSpan.FromSeconds(3000));
        document.Sessions[1].Exercises.ShouldBeEmpty();
        document.Warnings.Count.ShouldBe(2);
        document.Warnings[0].ShouldStartWith("activities/2.fit.gz");
        document.Warnings[0].ShouldEndWith("its sets were not read");
        document.Warnings[1].ShouldStartWith("activities/4.fit.gz");
        document.Warnings[1].ShouldEndWith("its laps were not read");
        document.Runs.Count.ShouldBe(2);
        var intervals = document.Runs[0];
        intervals.Distance!.Value.Meters.ShouldBe(5000, 0.01, "the export's distance, not the recording's");
        intervals.Laps.Count.ShouldBe(RecordedRuns.Intervals(6).Count);
        (intervals.Kind, intervals.Basis!.Source).ShouldBe((RunKind.Intervals, RunKindSource.Laps));
        (document.Runs[1].Kind, document.Runs[1].Laps.Count).ShouldBe((RunKind.Easy, 0));
    }

    [Fact]
    public void ARecordingOutsideTheUnpackedExport_IsNeverOpened()
    {
        var parent = Directory.CreateTempSubdirectory("strava-");
        try
        {
            var recording = File.ReadAllBytes(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"));
            File.WriteAllBytes(Path.Combine(parent.FullName, "outside.fit"), recording);
            var export = Directory.CreateDirectory(Path.Combine(parent.FullName, "export"));
            Directory.CreateDirectory(Path.Combine(export.FullName, "activities"));
            File.WriteAllBytes(Path.Combine(export.FullName, "activities", "1.fit"), recording);
            var day = new DateTime(2025, 10, 1, 16, 0, 0);
            File.WriteAllText(Path.Combine(export.FullName, "activities.csv"), ActivitiesCsv([
                new Activity(1, day, "Inside", "Weight Training", 3000, 2800, 0, File: "activities/1.fit"),
                new Activity(2, day.AddDays(1), "Outside", "Weight Training", 3000, 2800, 0, File: "../outside.fit"),
            ]));

            var sessions = TrainingFiles.Read(export.FullName).Sessions;

            sessions[0].Exercises.ShouldNotBeEmpty();
            sessions[1].Exercises.ShouldBeEmpty();
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheExportUnpacked_IsReadFromItsFolder()
    {
        var folder = Directory.CreateTempSubdirectory("strava-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "activities.csv"), ActivitiesCsv(Synthetic(5)));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "activities"));

            TrainingFiles.Read(folder.FullName).Runs.Count.ShouldBe(4);
            File.Delete(Path.Combine(folder.FullName, "activities.csv"));
            Should.Throw<InputException>(() => TrainingFiles.Read(folder.FullName)).Reason.ShouldContain("is a folder");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static TrainingDocument Read(string csv, string name = "activities.csv") =>
        TrainingFiles.Read(name, Stream(csv), new ReadOptions { TimeZone = Berlin });

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
