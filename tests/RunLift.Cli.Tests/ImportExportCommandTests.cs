using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using RunLift.Data;
using RunLift.Data.Accounts;
using RunLift.Formats;
using RunLift.Testing;
using static RunLift.Testing.Zips;

namespace RunLift.Cli.Tests;

/// <summary><c>runlift import</c> and <c>runlift export</c> on the web app's database, through the command line.</summary>
public sealed class ImportExportCommandTests : IDisposable
{
    private const string Log = SampleLogs.SessionAndLongRun;

    private readonly string folder = Directory.CreateTempSubdirectory("runlift-cli-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Strong => SharedFiles.Path("fixtures/csv/sample_strong.csv");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ImportAStravaExportUnpacked_ReadsItsListAndTheSetsOfItsStrengthRecordings()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");
        var export = Directory.CreateDirectory(Path.Combine(folder, "export_12345"));
        Directory.CreateDirectory(Path.Combine(export.FullName, "activities"));
        var activities = StravaExport.Synthetic(10).Select(a => a.Type == "Weight Training" ? a with { File = $"activities/{a.Id}.fit.gz" } : a).ToList();
        foreach (var strength in activities.Where(a => a.File.Length > 0))
        {
            await using var file = File.Create(Path.Combine(export.FullName, strength.File));
            await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            await gzip.WriteAsync(await File.ReadAllBytesAsync(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"), Cancel), Cancel);
        }

        await File.WriteAllTextAsync(Path.Combine(export.FullName, "activities.csv"), StravaExport.ActivitiesCsv(activities), Cancel);

        var imported = Cli.Run(Cli.On(database), "import", export.FullName + "/");

        imported.ExitCode.ShouldBe(0, imported.Err);
        imported.Out.ShouldStartWith("export_12345 (strava): added 2 sessions (");
        await using var db = database.NewContext();
        (await db.Runs.CountAsync(Cancel)).ShouldBe(8);
        (await db.Sets.CountAsync(Cancel)).ShouldBe(2 * TrainingFiles.Read(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit")).Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)));
        (await db.Sets.CountAsync(Cancel)).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAnArchive_ThenExport_GivesBackTheLog(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithAsync(provider, "ann@example.com");
        var zip = Write("export.zip", Of(("exports/strong.csv", File.ReadAllBytes(Strong)), Text("log.yaml", Log), Text("summary.json", "[]")));
        var env = Cli.On(database);

        var imported = Cli.Run(env, "import", zip);

        imported.ExitCode.ShouldBe(0, imported.Err);
        imported.Err.ShouldBeEmpty();
        var sessions = TrainingFiles.Read(Strong).Sessions.Count + 1;
        imported.Out.ShouldStartWith($"export.zip (zip): added {sessions} sessions (");
        imported.Out.ShouldContain("  2 of 3 files imported, 1 skipped.\n  not training files (1):\n    summary.json: is not a training file\n");
        await using (var db = database.NewContext())
        {
            (await db.Sessions.CountAsync(Cancel)).ShouldBe(sessions);
            (await db.Runs.CountAsync(Cancel)).ShouldBe(1);
            (await db.AuditSnapshots.CountAsync(Cancel)).ShouldBeGreaterThan(0);
        }

        var again = Cli.Run(env, "import", zip);
        again.ExitCode.ShouldBe(0);
        again.Out.ShouldBe("export.zip (zip): imported before; nothing to add.\n");

        var strong = Cli.Run(env, "export", "--format", "strong-csv");
        strong.ExitCode.ShouldBe(0, strong.Err);
        var log = TrainingFiles.Read("strong.csv", new MemoryStream(Encoding.UTF8.GetBytes(strong.Out)));
        log.Sessions.Count.ShouldBe(sessions);
        log.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe(TrainingFiles.Read(Strong).Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)) + 3);

        var json = Path.Combine(folder, "me.json");
        Cli.Run(env, "export", "--out", json).ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        document.RootElement.GetProperty("format").GetString().ShouldBe("runlift-export");
        document.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe("ann@example.com");
        document.RootElement.GetProperty("sessions").GetArrayLength().ShouldBe(sessions);
        document.RootElement.GetProperty("runs")[0].GetProperty("kind").GetString().ShouldBe("long");
        document.RootElement.GetProperty("imports")[0].GetProperty("format").GetString().ShouldBe("zip");

        var archive = Path.Combine(folder, "me.zip");
        Cli.Run(env, "export", "--format", "zip", "--out", archive).ExitCode.ShouldBe(0);
        using var exported = ZipFile.OpenRead(archive);
        exported.Entries.Select(e => e.FullName).ShouldContain("strong.csv");
        exported.Entries.Select(e => e.FullName).ShouldContain("runs.csv");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_AFileWithAMistake_Is2AndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithAsync(provider, "ann@example.com");
        var good = Write("log.yaml", Encoding.UTF8.GetBytes(Log));
        var bad = Write("bad.yaml", Encoding.UTF8.GetBytes(Log.Replace("3x5 @ 100 kg", "3x5 @", StringComparison.Ordinal)));

        var result = Cli.Run(Cli.On(database), "import", good, bad);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith("bad.yaml:6:");
        result.Err.ShouldEndWith("runlift import: nothing was imported.\n");
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public async Task Import_AZipBomb_Is2AndStoresNothing()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");
        var bomb = new byte[20 * 1024 * 1024];
        bomb[0] = 12;
        ".FIT"u8.CopyTo(bomb.AsSpan(8));
        var zip = Write("export.zip", Of(Text("log.yaml", Log), ("activity.fit", bomb)));

        var result = Cli.Run(Cli.On(database), "import", zip);

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldBe("export.zip: activity.fit unpacks to more than 100 times its packed size, as zip bombs do\nrunlift import: nothing was imported.\n");
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public async Task Import_CancelledAsByCtrlC_Is130AndStoresNothing()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");
        var zip = Write("export.zip", Of(Text("log.yaml", Log), ("hevy.csv", Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(sessions: 50)))));
        using var pressed = new CancellationTokenSource();
        pressed.Cancel();

        var result = Cli.Run(Cli.On(database), pressed.Token, "import", zip);

        result.ExitCode.ShouldBe(130);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe("runlift import: cancelled; nothing was imported.\n");
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public async Task Import_Preview_ListsTheKeyRuns_WithHowEachKindWasDecided()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");
        var intervals = RecordedRuns.Tcx(new DateTime(2026, 11, 3, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6));
        var easy = RecordedRuns.Tcx(new DateTime(2026, 11, 4, 7, 0, 0, DateTimeKind.Utc), [Lap.At(8000, 330, 142)]);
        var zip = Write("runs.zip", Of(Text("activity_1.tcx", intervals), Text("activity_2.tcx", easy)));

        var result = Cli.Run(Cli.On(database), "import", zip, "--preview");

        result.Out.ShouldBe("""
            runs.zip (zip): would add 0 sessions (0 sets) and 2 runs; 0 already in the log.
              2 of 2 files imported, 0 skipped.
              Key runs (1 of 2 runs):
                2026-11-03 intervals, 52 min · laps: 6 fast laps at 3:45/km alternating with recoveries at 6:15/km
              Other runs: 1 easy
            Nothing was written (--preview).

            """);
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public async Task Import_Preview_SaysWhatItWouldAddAndWritesNothing()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");

        var result = Cli.Run(Cli.On(database), "import", Write("log.yaml", Encoding.UTF8.GetBytes(Log)), "--preview");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldBe("""
            log.yaml (document): would add 1 session (3 sets) and 1 run; 0 already in the log.
              Key runs (1 of 1 run):
                2026-03-04 long, 100 min · typed: the kind written with the run
            Nothing was written (--preview).

            """);
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public async Task Import_Preview_OfSeveralFiles_SaysWhatBecameOfEach_AndGoesOnWithTheOthers()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com");
        var waypoints = SharedFiles.Path("fixtures/tcx-gpx/gpx_with_garmin_extension.gpx");
        var photo = Write("photo.csv", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        var missing = Path.Combine(folder, "gone.csv");

        var result = Cli.Run(Cli.On(database), "import", "--preview", Write("log.yaml", Encoding.UTF8.GetBytes(Log)), waypoints, photo, missing);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldStartWith("log.yaml (document): would add 1 session (3 sets) and 1 run; 0 already in the log.\n");
        result.Out.ShouldEndWith("Nothing was written (--preview).\n");
        result.Err.ShouldBe(
            $"{missing}: no such file\n" +
            "gpx_with_garmin_extension.gpx: has no track with timed points (only 1 waypoint): RunLift reads runs as recorded tracks\n" +
            "photo.csv: looks like an image (JPEG), not a training file\n" +
            $"{TrainingFiles.WhatItReads}\n" +
            "runlift import: 3 files of 4 could not be read: an import of them all would import nothing. Leave them out, or correct them.\n");
        await ShouldBeEmptyAsync(database);
    }

    [Fact]
    public void Import_Preview_CreatesNoDatabase()
    {
        var data = Path.Combine(folder, "data");
        var env = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = data }).Build();

        var result = Cli.Run(env, "import", "--preview", Write("log.yaml", Encoding.UTF8.GetBytes(Log)));

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldBe($"{Path.Combine(data, "runlift.db")}: there is no database here yet: register in the web app first, or name one with --database FILE\n");
        Directory.Exists(data).ShouldBeFalse();
    }

    [Fact]
    public async Task Account_IsChosenByEmail_WhenThereAreSeveral()
    {
        await using var database = await DatabaseWithAsync(DatabaseProvider.Sqlite, "ann@example.com", "bob@example.com");
        var env = Cli.On(database);
        var file = Write("log.yaml", Encoding.UTF8.GetBytes(Log));

        var unnamed = Cli.Run(env, "import", file);
        unnamed.ExitCode.ShouldBe(2);
        unnamed.Err.ShouldBe("runlift import: the database holds several accounts: choose one with --account EMAIL\n");

        var unknown = Cli.Run(env, "export", "--account", "eve@example.com");
        unknown.ExitCode.ShouldBe(2);
        unknown.Err.ShouldBe("runlift export: --account: no account has the e-mail eve@example.com\n");

        Cli.Run(env, "import", file, "--account", "Bob@Example.com").ExitCode.ShouldBe(0);
        await using var db = database.NewContext();
        (await db.Sessions.Select(s => s.AccountId).SingleAsync(Cancel)).ShouldBe("bob");
    }

    [Fact]
    public void DefaultDatabase_IsTheWebAppsFileInTheDataDirectory_CreatedAndMigrated()
    {
        var env = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = folder }).Build();

        var result = Cli.Run(env, "export");

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldBe("runlift export: the database has no accounts yet: register in the web app first\n");
        File.Exists(Path.Combine(folder, "runlift.db")).ShouldBeTrue();
    }

    [Fact]
    public void DatabaseOption_UsesThatSqliteFile()
    {
        var file = Path.Combine(folder, "other.db");

        Cli.Run("export", "--database", file).Err.ShouldContain("no accounts yet");

        File.Exists(file).ShouldBeTrue();
    }

    [Fact]
    public void BadSettingsAndOptions_Are2()
    {
        var env = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }).Build();

        var settings = Cli.Run(env, "export");
        settings.ExitCode.ShouldBe(2);
        settings.Err.ShouldStartWith("database settings: Database:Provider is 'Oracle'");

        var zip = Cli.Run("export", "--format", "zip");
        zip.ExitCode.ShouldBe(2);
        zip.Err.ShouldContain("--out FILE");

        var missing = Cli.Run("import", Path.Combine(folder, "nothing.csv"));
        missing.ExitCode.ShouldBe(2);
        missing.Err.ShouldEndWith("nothing.csv: no such file\n");
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static async Task<TestDatabase> DatabaseWithAsync(DatabaseProvider provider, params string[] emails)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        foreach (var email in emails)
        {
            db.Users.Add(new Account { Id = email.Split('@')[0], UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(Cancel);
        return database;
    }

    private static async Task ShouldBeEmptyAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        (await db.Imports.CountAsync(Cancel)).ShouldBe(0);
        (await db.Sessions.CountAsync(Cancel)).ShouldBe(0);
        (await db.Runs.CountAsync(Cancel)).ShouldBe(0);
        (await db.AuditSnapshots.CountAsync(Cancel)).ShouldBe(0);
    }
}
