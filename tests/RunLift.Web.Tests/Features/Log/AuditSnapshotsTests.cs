using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Formats.Reports;
using RunLift.Testing;
using RunLift.Time;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class AuditSnapshotsTests
{
    /// <summary>
    /// The definition: the snapshot of week W is the audit of the whole log up to W's Sunday. Checked for every week
    /// after an import and after edits, so the cheap recomputation (only the weeks a change can reach, each from only
    /// the weeks it reads) is shown to give the same answer as auditing everything again.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Snapshots_AfterImportAndEdits_EqualTheAuditOfTheLogUpToEachWeek(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        (await ImportsApiTests.ImportAsync(client, SharedFiles.Path("fixtures/csv/sample_hevy.csv"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldMatchFullAuditsAsync(factory);

        // Edits in the middle of the log: delete a session, add a heavy one, move another to a new week, log a run.
        var page = await (await client.GetAsync("/api/v1/sessions?pageSize=200", Cancel)).JsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var middle = items[items.Count / 2];
        (await client.DeleteAsync($"/api/v1/sessions/{middle.GetProperty("id").GetInt64()}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var date = DateOnly.Parse(items[items.Count / 3].GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        (await client.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(date.AddDays(1).ToString("yyyy-MM-dd"), 180), Cancel)).EnsureSuccessStatusCode();
        var moved = items[items.Count / 4].GetProperty("id").GetInt64();
        var session = await (await client.GetAsync($"/api/v1/sessions/{moved}", Cancel)).JsonAsync();
        (await client.PutAsJsonAsync($"/api/v1/sessions/{moved}", new
        {
            date = date.AddDays(-60).ToString("yyyy-MM-dd"),
            name = session.GetProperty("name").GetString(),
            sets = new object[] { new { exercise = "Leg Extension", reps = 20, loadKg = 30.0, toFailure = true } },
        }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/runs", new { date = date.AddDays(2).ToString("yyyy-MM-dd"), kind = "intervals", durationSeconds = 3600 }, Cancel))
            .EnsureSuccessStatusCode();

        await ShouldMatchFullAuditsAsync(factory);
    }

    [Fact]
    public async Task Snapshots_DeletingAWeeksOnlySession_RemovesItsSnapshot()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        (await client.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2025-03-04"), Cancel)).EnsureSuccessStatusCode();
        var location = (await client.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2025-03-12"), Cancel)).Headers.Location!;
        (await WeeksAsync(factory)).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10)]);

        (await client.DeleteAsync(location, Cancel)).EnsureSuccessStatusCode();

        (await WeeksAsync(factory)).ShouldBe([new DateOnly(2025, 3, 3)]);
    }

    private static async Task<List<DateOnly>> WeeksAsync(WebFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        return await db.AuditSnapshots.OrderBy(s => s.WeekStart).Select(s => s.WeekStart).ToListAsync(Cancel);
    }

    /// <summary>The audit reads the profile (running week, maxes) and the races: changing them re-audits every week.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Snapshots_AfterProfileAndRaceChanges_AreTheAuditWithTheNewProfile(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        (await ImportsApiTests.ImportAsync(client, SharedFiles.Path("fixtures/csv/sample_hevy.csv"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var before = await ReportsAsync(factory);

        (await client.PutAsJsonAsync("/api/v1/profile", new
        {
            experience = "intermediate",
            bodyweightKg = 70.0,
            units = "kg",
            equipment = new[] { "barbell", "squat rack", "bench" },
            runningWeek = new object[]
            {
                new { day = "tuesday", kind = "intervals", minutes = 60, time = "am" },
                new { day = "thursday", kind = "tempo", minutes = 50, time = "am" },
                new { day = "saturday", kind = "long", minutes = 120, time = "am" },
            },
        }, Cancel)).EnsureSuccessStatusCode();
        var lastWeek = before.Keys.Max();
        (await client.PostAsJsonAsync("/api/v1/races", new { date = lastWeek.AddDays(5).ToString("yyyy-MM-dd"), distanceMeters = 10000.0, priority = "A" }, Cancel))
            .EnsureSuccessStatusCode();

        var after = await ReportsAsync(factory);
        after.Keys.ShouldBe(before.Keys);
        after.Count(week => before[week.Key] != week.Value).ShouldBeGreaterThan(0, "a running week with key runs changes what the audit finds");
        await ShouldMatchFullAuditsAsync(factory);
    }

    private static async Task<Dictionary<DateOnly, string>> ReportsAsync(WebFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        return await db.AuditSnapshots.ToDictionaryAsync(s => s.WeekStart, s => s.ReportJson, Cancel);
    }

    private static async Task ShouldMatchFullAuditsAsync(WebFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        var accountId = await db.Users.Select(u => u.Id).SingleAsync(Cancel);
        var weeks = (await db.Sessions.Select(s => s.WeekStart).ToListAsync(Cancel))
            .Union(await db.Runs.Select(r => r.WeekStart).ToListAsync(Cancel)).Order().ToList();
        var snapshots = await db.AuditSnapshots.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.WeekStart).ToListAsync(Cancel);

        snapshots.Select(s => s.WeekStart).ShouldBe(weeks);
        snapshots.ShouldContain(s => s.Errors + s.Warnings > 0);
        foreach (var snapshot in snapshots)
        {
            var report = await AuditSnapshots.AuditWeekAsync(db, ExerciseCatalog.Default, accountId, snapshot.WeekStart, Cancel);
            snapshot.ReportJson.ShouldBe(JsonReport.ToJson(report), $"week of {snapshot.WeekStart:yyyy-MM-dd}");
            snapshot.Errors.ShouldBe(report.Summary.Errors);
            snapshot.RuleIds.ShouldBe(string.Join(' ', report.Findings.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal)));
            snapshot.WeekStart.ShouldBe(IsoWeek.MondayOf(snapshot.WeekStart));
        }
    }
}
