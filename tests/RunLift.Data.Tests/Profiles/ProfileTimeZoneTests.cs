using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RunLift.Catalog;
using RunLift.Data.Accounts;
using RunLift.Data.Export;
using RunLift.Data.Log;
using RunLift.Data.Profiles;
using RunLift.Testing;

namespace RunLift.Data.Tests.Profiles;

/// <summary>
/// The profile's time zone: the athlete's today (the one every page and API of the web app asks), kept from the browser
/// at sign-in only while the profile has none, the zone imported recordings are dated in, and in the JSON export.
/// </summary>
public sealed class ProfileTimeZoneTests
{
    private const string AccountId = "ann";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    // Auckland, first Sunday of April: the clocks go back at 03:00; Sunday begins at 11:00 UTC (+13), Monday at 12:00 (+12).
    [InlineData("Pacific/Auckland", "2026-04-04T10:59:00Z", "2026-04-04")]
    [InlineData("Pacific/Auckland", "2026-04-04T11:00:00Z", "2026-04-05")]
    [InlineData("Pacific/Auckland", "2026-04-05T12:00:00Z", "2026-04-06")]
    // Auckland, last Sunday of September: forward at 02:00; Sunday begins at 12:00 UTC (+12), Monday at 11:00 (+13).
    [InlineData("Pacific/Auckland", "2026-09-26T12:00:00Z", "2026-09-27")]
    [InlineData("Pacific/Auckland", "2026-09-27T10:59:00Z", "2026-09-27")]
    [InlineData("Pacific/Auckland", "2026-09-27T11:00:00Z", "2026-09-28")]
    // Los Angeles, second Sunday of March and first of November.
    [InlineData("America/Los_Angeles", "2026-03-08T07:59:00Z", "2026-03-07")]
    [InlineData("America/Los_Angeles", "2026-03-09T07:00:00Z", "2026-03-09")]
    [InlineData("America/Los_Angeles", "2026-11-01T06:59:00Z", "2026-10-31")]
    [InlineData("America/Los_Angeles", "2026-11-02T08:00:00Z", "2026-11-02")]
    // No zone yet: UTC.
    [InlineData(null, "2026-04-04T11:00:00Z", "2026-04-04")]
    public async Task Today_IsTheDateInTheProfilesZone(string? zone, string now, string today)
    {
        await using var database = await NewDatabaseAsync(DatabaseProvider.Sqlite, zone);
        await using var db = database.NewContext();

        (await ProfileTimeZone.TodayAsync(db, new FakeTimeProvider(DateTimeOffset.Parse(now)), AccountId, Cancel)).ShouldBe(DateOnly.Parse(today));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeepFromBrowser_CreatesTheProfileWithTheZone_WhenThereIsNone(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, zone: null, profile: false);
        await using var db = database.NewContext();

        (await ProfileTimeZone.KeepFromBrowserAsync(db, ExerciseCatalog.Default, Clock(), AccountId, "Pacific/Auckland", Cancel)).ShouldBeTrue();

        var profile = await db.Profiles.AsNoTracking().SingleAsync(Cancel);
        (profile.TimeZone, profile.Version).ShouldBe(("Pacific/Auckland", 1));
        (await ProfileTimeZone.FindAsync(db, AccountId, Cancel))!.Id.ShouldBe("Pacific/Auckland");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeepFromBrowser_FillsAProfileWithoutAZone_AsANewVersion(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, zone: null);
        await using var db = database.NewContext();

        (await ProfileTimeZone.KeepFromBrowserAsync(db, ExerciseCatalog.Default, Clock(), AccountId, "america/los_angeles", Cancel)).ShouldBeTrue();

        var profile = await db.Profiles.AsNoTracking().SingleAsync(Cancel);
        (profile.TimeZone, profile.Version, profile.BodyweightKg).ShouldBe(("America/Los_Angeles", 2, 70));
    }

    [Theory]
    [InlineData("Pacific/Auckland", "America/Los_Angeles")] // the athlete's own choice stays
    [InlineData(null, "Mars/Olympus_Mons")]                 // no zone is better than a wrong one
    [InlineData(null, "")]
    [InlineData(null, null)]
    public async Task KeepFromBrowser_KeepsNothingElse(string? stored, string? reported)
    {
        await using var database = await NewDatabaseAsync(DatabaseProvider.Sqlite, stored);
        await using var db = database.NewContext();

        (await ProfileTimeZone.KeepFromBrowserAsync(db, ExerciseCatalog.Default, Clock(), AccountId, reported, Cancel)).ShouldBeFalse();

        var profile = await db.Profiles.AsNoTracking().SingleAsync(Cancel);
        (profile.TimeZone, profile.Version).ShouldBe((stored, 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_DatesRecordingsInTheProfilesZone_OrTheZoneGiven(DatabaseProvider provider)
    {
        // 17:00 UTC on Tuesday 3 March is 06:00 on Wednesday the 4th in Auckland, 09:00 on the 3rd in Los Angeles.
        var tcx = Encoding.UTF8.GetBytes(RecordedRuns.Tcx(new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6)));
        await using var database = await NewDatabaseAsync(provider, "Pacific/Auckland");
        await using (var db = database.NewContext())
        {
            await LogImport.ImportAsync(db, ExerciseCatalog.Default, Clock(), AccountId, [new ImportFile("auckland.tcx", new MemoryStream(tcx))], new ImportOptions(), Cancel);
            var run = await db.Runs.AsNoTracking().SingleAsync(Cancel);
            (run.Date, run.WeekStart).ShouldBe((new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 2)));
        }

        await using (var db = database.NewContext())
        {
            var options = new ImportOptions { Preview = true, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles") };
            var preview = await LogImport.ImportAsync(db, ExerciseCatalog.Default, Clock(), AccountId, [new ImportFile("la.tcx", new MemoryStream(tcx))], options, Cancel);
            preview.Results.ShouldHaveSingleItem().Runs.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 3, 3));
        }
    }

    [Fact]
    public async Task Export_HasTheZone()
    {
        await using var database = await NewDatabaseAsync(DatabaseProvider.Sqlite, "Pacific/Auckland");
        await using var db = database.NewContext();

        var export = (await DataExport.ReadAsync(db, AccountId, Clock().GetUtcNow().UtcDateTime, Cancel))!;

        using (var json = JsonDocument.Parse(export.ToJson()))
        {
            json.RootElement.GetProperty("profile").GetProperty("timeZone").GetString().ShouldBe("Pacific/Auckland");
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(ExportCsv.Zip(export)));
        using var reader = new StreamReader(zip.GetEntry("profile.csv")!.Open(), Encoding.UTF8);
        var csv = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        csv[0].ShouldEndWith(",injury,timeZone,maxHeartRate");
        csv[1].ShouldEndWith(",Pacific/Auckland,");
    }

    [Fact]
    public async Task ToAthlete_HasTheZone_AndAStoredNameNoLongerKnownIsNone()
    {
        (await ProfileOf("Pacific/Auckland")).ToAthlete().TimeZone!.Id.ShouldBe("Pacific/Auckland");
        (await ProfileOf("Atlantis/Capital")).ToAthlete().TimeZone.ShouldBeNull();
        (await ProfileOf(null)).ToAthlete().TimeZone.ShouldBeNull();
    }

    private static async Task<Profile> ProfileOf(string? zone)
    {
        await using var database = await NewDatabaseAsync(DatabaseProvider.Sqlite, zone);
        await using var db = database.NewContext();
        return await db.Profiles.AsNoTracking().SingleAsync(Cancel);
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private static async Task<TestDatabase> NewDatabaseAsync(DatabaseProvider provider, string? zone, bool profile = true)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.NewContext();
        db.Users.Add(new Account { Id = AccountId, UserName = "ann@example.com", Email = "ann@example.com", NormalizedEmail = "ANN@EXAMPLE.COM" });
        if (profile)
        {
            db.Profiles.Add(new Profile { AccountId = AccountId, TimeZone = zone, BodyweightKg = 70, UpdatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) });
        }

        await db.SaveChangesAsync(Cancel);
        return database;
    }
}
