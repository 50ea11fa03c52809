using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Data.Export;
using RunLift.Data.Profiles;
using RunLift.Formats;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Data.Tests.Profiles;

/// <summary>The profile's injury site: stored by name on both providers, the athlete's injury for the planner, and in both exports.</summary>
public sealed class ProfileInjuryTests
{
    private const string AccountId = AthleteDatabase.AccountId;

    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Injury_IsStoredByName_AndIsTheAthletesInjury_KeptWhileRehabIsOff(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, rehab: true, InjurySite.LowerBack);

        await using (var db = database.NewContext())
        {
            (await StoredColumnAsync(db)).ShouldBe("LowerBack");
            var athlete = (await db.Profiles.SingleAsync(Cancel)).ToAthlete();
            (athlete.Injury, athlete.RehabSite).ShouldBe((InjurySite.LowerBack, InjurySite.LowerBack));
        }

        await using (var db = database.NewContext())
        {
            (await db.Profiles.SingleAsync(Cancel)).Rehab = false;
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.NewContext())
        {
            var athlete = (await db.Profiles.SingleAsync(Cancel)).ToAthlete();
            (athlete.Injury, athlete.RehabSite).ShouldBe((InjurySite.LowerBack, (InjurySite?)null));
            (await db.Profiles.SingleAsync(Cancel)).Injury = null;
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.NewContext())
        {
            (await StoredColumnAsync(db)).ShouldBeNull();
            (await db.Profiles.SingleAsync(Cancel)).ToAthlete().Injury.ShouldBeNull();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_HasTheInjury_InTheJson_AndLastInProfileCsv(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, rehab: false, InjurySite.Achilles);
        await using var db = database.NewContext();

        var export = (await DataExport.ReadAsync(db, AccountId, Now, Cancel))!;

        export.Profile!.Injury.ShouldBe(InjurySite.Achilles);
        using (var json = JsonDocument.Parse(export.ToJson()))
        {
            json.RootElement.GetProperty("profile").GetProperty("injury").GetString().ShouldBe("achilles");
            json.RootElement.GetProperty("profile").GetProperty("rehab").GetBoolean().ShouldBeFalse();
        }

        var csv = ProfileCsv(export);
        csv[0].ShouldBe("experience,bodyweightKg,units,rehab,maxSessionMinutes,sessionsPerWeek,equipment,updatedAt,injury,timeZone,maxHeartRate");
        csv[1].ShouldStartWith("novice,,kilograms,false,");
        csv[1].ShouldEndWith(",achilles,,");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Export_WithoutAnInjury_HasNullAndAnEmptyCell(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, rehab: false, injury: null);
        await using var db = database.NewContext();

        var export = (await DataExport.ReadAsync(db, AccountId, Now, Cancel))!;

        using (var json = JsonDocument.Parse(export.ToJson()))
        {
            json.RootElement.GetProperty("profile").GetProperty("injury").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var csv = ProfileCsv(export);
        csv[1].Split(',').Length.ShouldBe(csv[0].Split(',').Length);
        csv[1].ShouldEndWith(",,");
    }

    [Fact]
    public void EverySite_IsExportedUnderTheNameTheApiAndFilesUse()
    {
        // The exports write enums in kebab-case; an injury must come out as InjurySites names it, or a reader of
        // the export could not read it back as a routine file's athlete.injury.
        foreach (var site in InjurySites.All)
        {
            JsonSerializer.Serialize<InjurySite?>(site, ApiJson.Options).ShouldBe($"\"{site.Name()}\"");
        }
    }

    private static Task<TestDatabase> NewDatabaseAsync(DatabaseProvider provider, bool rehab, InjurySite? injury) =>
        AthleteDatabase.CreateAsync(provider, new Profile { AccountId = AccountId, Rehab = rehab, Injury = injury, UpdatedAt = Now });

    /// <summary>The injury column as the database holds it, read past EF's conversion.</summary>
    private static Task<string?> StoredColumnAsync(AppDbContext db) =>
        db.Database.SqlQuery<string?>($"""SELECT "Injury" AS "Value" FROM "Profiles" """).SingleAsync(Cancel);

    private static string[] ProfileCsv(DataExport export)
    {
        using var zip = new ZipArchive(new MemoryStream(ExportCsv.Zip(export)));
        using var reader = new StreamReader(zip.GetEntry("profile.csv")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
