using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using RunLift.Catalog;
using RunLift.Data.Export;
using RunLift.Data.Log;
using RunLift.Formats;
using RunLift.Formats.Zip;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Testing.Zips;

namespace RunLift.Data.Tests.Log;

/// <summary>Archives and several files into the log: in one transaction, idempotent, and nothing stored when anything fails.</summary>
public sealed class LogImportTests
{
    private const string AccountId = AthleteDatabase.AccountId;

    private const string Log = SampleLogs.SessionAndLongRun;

    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static byte[] Hevy => File.ReadAllBytes(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));

    private static byte[] Strong => File.ReadAllBytes(SharedFiles.Path("fixtures/csv/sample_strong.csv"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_ImportsItsFilesInOneGo_AndTheSameArchiveAgainAddsNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var zip = Of(("exports/hevy.csv", Hevy), ("exports/strong.csv", Strong), Text("exports/summary.json", "[]"), Text("log.yaml", Log));

        var result = await ImportAsync(database, ("export.zip", zip));

        result.Format.ShouldBe("zip");
        result.Archive!.Files.ShouldBe(4);
        result.Archive.Imported.ShouldBe(3);
        var skip = result.Archive.Skips.ShouldHaveSingleItem();
        (skip.Reason, skip.Count, skip.Files.Single().Name).ShouldBe((SkipReason.NotTrainingFile, 1, "exports/summary.json"));
        result.SetsAdded.ShouldBeGreaterThan(LogImport.BatchRows);
        result.RunsAdded.ShouldBe(1);
        await using (var db = database.NewContext())
        {
            (await db.Sessions.CountAsync(Cancel)).ShouldBe(result.SessionsAdded);
            (await db.Sets.CountAsync(Cancel)).ShouldBe(result.SetsAdded);
            (await db.Sessions.CountAsync(s => s.Source == LogSource.Hevy, Cancel)).ShouldBeGreaterThan(0);
            (await db.Sessions.CountAsync(s => s.Source == LogSource.Strong, Cancel)).ShouldBeGreaterThan(0);
            var import = await db.Imports.SingleAsync(Cancel);
            (import.FileName, import.Format, import.SessionsAdded, import.SetsAdded, import.RunsAdded)
                .ShouldBe(("export.zip", "zip", result.SessionsAdded, result.SetsAdded, 1));
            (await db.Sessions.AllAsync(s => s.ImportId == import.Id, Cancel)).ShouldBeTrue();

            // One snapshot for every week with something logged, each what the auditor says of the log up to it.
            var weeks = await db.Sessions.Select(s => s.WeekStart).Union(db.Runs.Select(r => r.WeekStart)).Distinct().OrderBy(w => w).ToListAsync(Cancel);
            (await db.AuditSnapshots.OrderBy(s => s.WeekStart).Select(s => s.WeekStart).ToListAsync(Cancel)).ShouldBe(weeks);
        }

        var again = await ImportAsync(database, ("export-copy.zip", zip));

        again.AlreadyImported.ShouldBeTrue();
        (again.SessionsAdded, again.RunsAdded).ShouldBe((0, 0));
        await using var after = database.NewContext();
        (await after.Imports.CountAsync(Cancel)).ShouldBe(1);
        (await after.Sessions.CountAsync(Cancel)).ShouldBe(result.SessionsAdded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GarminExport_OfFitFiles_AddsTheDevicesSessionsAndRuns_AndAnotherExportOfThemAddsNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var fits = Directory.GetFiles(SharedFiles.Path("fixtures/fit"), "*.fit").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))).ToArray();
        var part = Of(fits);
        var export = Of(
            Text("DI_CONNECT/DI-Connect-Fitness/ann_0_summarizedActivities.json", "[]"),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part));

        var result = await ImportAsync(database, ("garmin.zip", export));

        result.Archive!.Files.ShouldBe(fits.Length + 1);
        result.Archive.Skips.ShouldContain(s => s.Reason == SkipReason.NotAnActivity && s.Files.Any(f => f.Name.EndsWith("_workout.fit", StringComparison.Ordinal)));
        result.SessionsAdded.ShouldBeGreaterThan(0);
        result.RunsAdded.ShouldBeGreaterThan(0);
        await using (var db = database.NewContext())
        {
            (await db.Sessions.AllAsync(s => s.Source == LogSource.Device && s.ImportKey!.StartsWith("device|"), Cancel)).ShouldBeTrue();
            (await db.Runs.AllAsync(r => r.Source == LogSource.Device, Cancel)).ShouldBeTrue();
            (await db.Sets.CountAsync(Cancel)).ShouldBe(result.SetsAdded);
        }

        // GPX and TCX files of a phone app or an older watch, beside them.
        var tracks = await ImportAsync(database, ("tracks.zip", Of(
            ("gpx1.1_with_all_fields.gpx", File.ReadAllBytes(SharedFiles.Path("fixtures/tcx-gpx/gpx1.1_with_all_fields.gpx"))),
            ("test.tcx", File.ReadAllBytes(SharedFiles.Path("fixtures/tcx-gpx/test.tcx"))))));
        tracks.Archive!.Imported.ShouldBe(2);
        tracks.RunsAdded.ShouldBeGreaterThan(0);

        // A later export holds the same activities, packed differently: nothing new.
        var later = await ImportAsync(database, ("garmin-later.zip", Of([.. fits.Reverse()])));

        later.AlreadyImported.ShouldBeFalse();
        (later.SessionsAdded, later.RunsAdded).ShouldBe((0, 0));
        later.Skipped.ShouldBe(result.SessionsAdded + result.RunsAdded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_HoldingTheSameExportTwice_AddsEachWorkoutOnce(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        await ImportAsync(database, ("log.yaml", Encoding.UTF8.GetBytes(Log)));

        var result = await ImportAsync(database, ("export.zip", Of(("a/strong.csv", Strong), ("b/strong.csv", Strong), Text("log.yaml", Log))));

        var sessions = TrainingFiles.Read("strong.csv", new MemoryStream(Strong)).Sessions.Count;
        result.SessionsAdded.ShouldBe(sessions);
        result.Skipped.ShouldBe(sessions + 2);
        result.Sessions.Count(s => s.New).ShouldBe(sessions);
        await using var db = database.NewContext();
        (await db.Sessions.CountAsync(Cancel)).ShouldBe(sessions + 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_WithBadFiles_ImportsTheRestAndSaysWhy(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var weekly = "sessions:\n  - name: A\n    day: mon\n    exercises:\n      - Back Squat 3x5 @ 100kg\n";
        var zip = Of(
            ("strong.csv", Strong),
            Text("broken.yaml", "sessions:\n  - name: A\n    date: 2026-03-03\n    exercises:\n      - Back Squat 3x5 @\n"),
            Text("week.yaml", weekly),
            Text("a.json", "{}"),
            Text("b.json", "{}"));

        var result = await ImportAsync(database, ("export.zip", zip));

        result.Archive!.Imported.ShouldBe(1);
        result.Archive.Skips.Select(s => (s.Reason, s.Count)).ShouldBe(
            [(SkipReason.NotTrainingFile, 2), (SkipReason.Unreadable, 1), (SkipReason.NothingToImport, 1)]);
        result.Archive.Skips[1].Files.Single().Detail.ShouldStartWith("5:");
        result.Archive.Skips[2].Files.Single().Detail.ShouldContain("weekly routine");
        await using var db = database.NewContext();
        (await db.Sessions.CountAsync(Cancel)).ShouldBe(result.SessionsAdded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StravaExport_ImportsItsRunsAndStrengthSessionsOnce_AndANewerExportOnlyWhatIsNew(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var activities = StravaExport.Synthetic(30).Select(a => a with { File = $"activities/{a.Id}.fit.gz" }).ToList();
        var first = StravaExport.ExportZip(activities[..20], _ => [1, 2, 3]);
        var newer = StravaExport.ExportZip(activities, _ => [1, 2, 3]);

        var result = await ImportAsync(database, ("export_1.zip", first));
        var again = await ImportAsync(database, ("export_2.zip", newer));

        (result.SessionsAdded, result.RunsAdded).ShouldBe((4, 16));
        result.Archive!.Imported.ShouldBe(1);
        (again.SessionsAdded, again.RunsAdded, again.Skipped).ShouldBe((2, 8, 20));
        await using var db = database.NewContext();
        (await db.Runs.CountAsync(r => r.Source == LogSource.Strava, Cancel)).ShouldBe(24);
        (await db.Sessions.Select(s => s.ImportKey).FirstAsync(Cancel)).ShouldStartWith("strava|");
        (await db.Runs.CountAsync(r => r.Kind == RunKind.Intervals, Cancel)).ShouldBe(activities.Count(a => a.Name.StartsWith("Intervals", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StravaExport_OtherSports_AreCrossTrainingStoredOnce_InTheExport_NotRuns(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var monday = new DateTime(2024, 4, 8, 6, 0, 0, DateTimeKind.Utc);
        List<StravaExport.Activity> activities =
        [
            new(1, monday, "Morning Run", "Run", 2_900, 2_800, 8_000, 140),
            new(2, monday.AddDays(1).AddHours(11), "Commute", "Ride", 2_000, 1_800, 12_000, 118),
            new(3, monday.AddDays(2), "Pool, 40 lengths", "Swim", 2_700, 2_400, 2_000),
        ];
        var export = Encoding.UTF8.GetBytes(StravaExport.ActivitiesCsv(activities));
        var longer = Encoding.UTF8.GetBytes(StravaExport.ActivitiesCsv([.. activities, new(4, monday.AddDays(3), "Hike", "Hike", 7_200, 6_000, 9_000)]));

        var result = await ImportAsync(database, ("activities.csv", export));
        var again = await ImportAsync(database, ("activities_2.csv", longer));

        (result.RunsAdded, result.CrossTrainingAdded).ShouldBe((1, 2));
        result.CrossTraining.Select(c => (c.Sport, c.DurationSeconds, c.New)).ShouldBe([("Ride", 1_800, true), ("Swim", 2_400, true)]);
        result.LeftOut.ShouldBeEmpty();
        (again.RunsAdded, again.CrossTrainingAdded, again.Skipped).ShouldBe((0, 1, 3));
        await using var db = database.NewContext();
        (await db.Runs.CountAsync(Cancel)).ShouldBe(1, "a ride is never a run");
        var stored = await db.CrossTraining.OrderBy(c => c.Date).ToListAsync(Cancel);
        stored.Select(c => (c.Sport, c.Name, c.Date, c.DurationSeconds, c.DistanceMeters, c.AverageHeartRate, c.Source)).ShouldBe(
        [
            ("Ride", "Commute", new DateOnly(2024, 4, 9), 1_800, 12_000, 118, LogSource.Strava),
            ("Swim", "Pool, 40 lengths", new DateOnly(2024, 4, 10), 2_400, 2_000, (int?)null, LogSource.Strava),
            ("Hike", "Hike", new DateOnly(2024, 4, 11), 6_000, 9_000, null, LogSource.Strava),
        ]);
        stored.ShouldAllBe(c => c.ImportKey!.StartsWith("strava|cross|", StringComparison.Ordinal) && c.WeekStart == new DateOnly(2024, 4, 8));

        var exported = await DataExport.ReadAsync(db, AccountId, Time.GetUtcNow().UtcDateTime, Cancel);
        exported!.CrossTraining.Select(c => (c.Sport, c.DurationSeconds)).ShouldBe([("Ride", 1_800), ("Swim", 2_400), ("Hike", 6_000)]);
        exported.Imports.Select(i => i.CrossTrainingAdded).ShouldBe([2, 1]);
        var log = await TrainingLog.LoadAsync(db, AccountId, cancellation: Cancel);
        log.CrossTraining.Select(c => c.Sport).ShouldBe(["Ride", "Swim", "Hike"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_WhoseOnlyTrainingFileIsBroken_IsThatFilesError_AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var zip = Of(Text("summary.json", "[]"), Text("routine.yaml", HostileInputs.BlockNestedYaml(1_000)));

        var outcome = await TryImportAsync(database, new ImportOptions(), ("export.zip", zip));

        outcome.Error!.Message.ShouldBe("export.zip/routine.yaml:1:129: nested more than 64 levels deep");
        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_WithoutTrainingFiles_SaysWhatItHolds_AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var weekly = "sessions:\n  - name: A\n    day: mon\n    exercises:\n      - Back Squat 3x5 @ 100kg\n";
        var zip = Of(Text("a.json", "{}"), Text("b.json", "{}"), Text("week.yaml", weekly));

        var outcome = await TryImportAsync(database, new ImportOptions(), ("export.zip", zip));

        outcome.Error!.Message.ShouldBe("export.zip: holds nothing to import (3 files: 2 not training files, 1 no dated sessions, runs or other training)");
        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ZipBomb_StoresNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var bomb = new byte[20 * 1024 * 1024];
        bomb[0] = 12;
        ".FIT"u8.CopyTo(bomb.AsSpan(8));

        var outcome = await TryImportAsync(database, new ImportOptions(), ("export.zip", Of(("hevy.csv", Hevy), ("bomb.fit", bomb))));

        outcome.Error!.Message.ShouldContain("bomb.fit unpacks to more than 100 times its packed size");
        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeveralFiles_OneUnreadable_StoresNothingOfAny(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);

        var outcome = await TryImportAsync(database, new ImportOptions(), ("strong.csv", Strong), ("export.zip", Of(("hevy.csv", Hevy))), ("notes.yaml", "sessions: ["u8.ToArray()));

        outcome.Error!.File.ShouldBe("notes.yaml");
        outcome.Results.ShouldBeEmpty();
        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cancelled_StoresNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        using var cancel = new CancellationTokenSource();
        var zip = Of(("hevy.csv", Hevy), ("strong.csv", Strong), Text("log.yaml", Log));
        var options = new ImportOptions { Progress = new Reports(p => { if (p.EntriesDone == 2) { cancel.Cancel(); } }) };

        await Should.ThrowAsync<OperationCanceledException>(() => TryImportAsync(database, options, cancel.Token, ("export.zip", zip)));

        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DatabaseFailingMidway_StoresNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        database.Settings.Configure(options);
        options.AddInterceptors(new FailOnSave(afterSaves: 2));
        await using var db = new AppDbContext(options.Options);

        var file = new ImportFile("export.zip", new MemoryStream(Of(("hevy.csv", Hevy), ("strong.csv", Strong))));

        await Should.ThrowAsync<DbFailure>(() => LogImport.ImportAsync(db, ExerciseCatalog.Default, Time, AccountId, file, new ImportOptions(), Cancel));

        await ShouldBeEmptyAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preview_OfAnArchive_SaysWhatAnImportAddsAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var zip = Of(("hevy.csv", Hevy), ("strong.csv", Strong), Text("log.yaml", Log), Text("a.json", "{}"));
        var progress = new List<ImportProgress>();

        var preview = (await TryImportAsync(database, new ImportOptions { Preview = true, Progress = new Reports(progress.Add) }, ("export.zip", zip))).Results.Single();

        preview.Preview.ShouldBeTrue();
        preview.Id.ShouldBeNull();
        progress.Select(p => p.EntriesDone).ShouldBe([1, 2, 3, 4]);
        progress.ShouldAllBe(p => p.File == "export.zip" && p.EntriesTotal == 4);
        await ShouldBeEmptyAsync(database);
        var imported = await ImportAsync(database, ("export.zip", zip));
        (imported.SessionsAdded, imported.SetsAdded, imported.RunsAdded).ShouldBe((preview.SessionsAdded, preview.SetsAdded, preview.RunsAdded));
        imported.Archive!.Skips.Single().Count.ShouldBe(preview.Archive!.Skips.Single().Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARunsKind_IsStoredWithHowItWasDecided_AndReadBackForTheAudit(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        var tcx = RecordedRuns.Tcx(new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6));

        var result = await ImportAsync(database, ("activity.tcx", Encoding.UTF8.GetBytes(tcx)));

        var basis = new RunKindBasis(RunKindSource.Laps, "6 fast laps at 3:45/km alternating with recoveries at 6:15/km");
        result.Runs.ShouldHaveSingleItem().KindBasis.ShouldBe(basis.ToString());
        await using var db = database.NewContext();
        (await db.Runs.SingleAsync(Cancel)).KindBasis.ShouldBe("laps: 6 fast laps at 3:45/km alternating with recoveries at 6:15/km");
        var (_, runs) = await TrainingLog.LoadEntriesAsync(db, AccountId, null, null, Cancel);
        (runs.ShouldHaveSingleItem().Kind, runs[0].Basis).ShouldBe((RunKind.Intervals, basis));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ARunImportedBefore_UnderAKeyThatEndedInItsKind_IsFoundAgain(DatabaseProvider provider)
    {
        await using var database = await AthleteDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            // As stored when the key ended in the kind, which an import now decides from the laps (intervals, not easy).
            db.Runs.Add(new LoggedRun
            {
                AccountId = AccountId, Date = new DateOnly(2026, 3, 3), WeekStart = new DateOnly(2026, 3, 2), Kind = RunKind.Easy,
                DurationSeconds = 2700, Source = LogSource.Device, ImportKey = "device|run|2026-03-03T17:00|easy",
            });
            await db.SaveChangesAsync(Cancel);
        }

        var tcx = RecordedRuns.Tcx(new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6));
        var result = await ImportAsync(database, ("activity.tcx", Encoding.UTF8.GetBytes(tcx)));

        (result.RunsAdded, result.Skipped).ShouldBe((0, 1));
        TrainingLog.RunKey("device|run|2026-03-03T17:00|easy#2").ShouldBe("device|run|2026-03-03T17:00#2");
        TrainingLog.RunKey("hevy|2026-03-03T17:00|Leg Day").ShouldBe("hevy|2026-03-03T17:00|Leg Day");
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, params (string Name, byte[] Content)[] files)
    {
        var outcome = await TryImportAsync(database, new ImportOptions(), files);
        outcome.Error.ShouldBeNull();
        outcome.Conflict.ShouldBeFalse();
        return outcome.Results.ShouldHaveSingleItem();
    }

    private static Task<ImportOutcome> TryImportAsync(TestDatabase database, ImportOptions options, params (string Name, byte[] Content)[] files) =>
        TryImportAsync(database, options, Cancel, files);

    private static async Task<ImportOutcome> TryImportAsync(
        TestDatabase database, ImportOptions options, CancellationToken cancellation, params (string Name, byte[] Content)[] files)
    {
        await using var db = database.NewContext();
        return await LogImport.ImportAsync(
            db, ExerciseCatalog.Default, Time, AccountId, [.. files.Select(f => new ImportFile(f.Name, new MemoryStream(f.Content)))], options, cancellation);
    }

    private static async Task ShouldBeEmptyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        (await db.Imports.CountAsync(Cancel)).ShouldBe(0);
        (await db.Sessions.CountAsync(Cancel)).ShouldBe(0);
        (await db.Sets.CountAsync(Cancel)).ShouldBe(0);
        (await db.Runs.CountAsync(Cancel)).ShouldBe(0);
        (await db.CrossTraining.CountAsync(Cancel)).ShouldBe(0);
        (await db.AuditSnapshots.CountAsync(Cancel)).ShouldBe(0);
    }

    /// <summary>Progress reported on the reporting thread, as it happens.</summary>
    private sealed class Reports(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>A database that fails on the given save, as a lost connection or a full disk would.</summary>
    private sealed class FailOnSave(int afterSaves) : SaveChangesInterceptor
    {
        private int saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++saves > afterSaves ? throw new DbFailure() : ValueTask.FromResult(result);
    }

    private sealed class DbFailure : DbException
    {
        public DbFailure()
            : base("The database went away.")
        {
        }
    }
}
