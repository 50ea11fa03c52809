using System.Net;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

/// <summary>Rides and swims from a Strava export: stored as cross-training, listed, counted in the week's load, deleted.</summary>
public sealed class CrossTrainingApiTests
{
    // Thursday of the ISO week that starts on Monday 13 April 2026.
    private static readonly DateTimeOffset Now = new(2026, 4, 16, 12, 0, 0, TimeSpan.Zero);

    private static string Export()
    {
        var monday = new DateTime(2026, 4, 13, 6, 0, 0, DateTimeKind.Utc);
        return StravaExport.ActivitiesCsv(
        [
            new(1, monday, "Morning Run", "Run", 2_900, 2_700, 8_000, 141),
            new(2, monday.AddDays(1).AddHours(11), "Commute home", "Ride", 2_100, 1_800, 12_500, 120),
            new(3, monday.AddDays(2), "Masters swim", "Swim", 3_900, 3_600, 3_000),
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StravaRidesAndSwims_AreListed_InTheWeeksLoad_NotRuns_AndDeletedOnlyByTheirAthlete(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        var import = await ImportsApiTests.ImportAsync(ann, "activities.csv", Export());

        import.StatusCode.ShouldBe(HttpStatusCode.Created);
        var added = await import.JsonAsync();
        (added.GetProperty("runsAdded").GetInt32(), added.GetProperty("crossTrainingAdded").GetInt32()).ShouldBe((1, 2));
        (await ImportsApiTests.CountAsync(ann, "runs")).ShouldBe(1);

        var listed = await (await ann.GetAsync("/api/v1/cross-training", Cancel)).JsonAsync();
        listed.GetProperty("total").GetInt32().ShouldBe(2);
        var items = listed.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => $"{i.GetProperty("date").GetString()} {i.GetProperty("sport").GetString()} {i.GetProperty("name").GetString()} {i.GetProperty("durationSeconds").GetInt32()}")
            .ShouldBe(["2026-04-15 Swim Masters swim 3600", "2026-04-14 Ride Commute home 1800"], "newest first");
        (await ImportsApiTests.CountAsync(bob, "cross-training")).ShouldBe(0);

        var week = (await (await ann.GetAsync("/api/v1/progress?weeks=1", Cancel)).JsonAsync()).GetProperty("weeks")[0];
        (week.GetProperty("runs").GetInt32(), week.GetProperty("runningSeconds").GetInt32()).ShouldBe((1, 2_700));
        (week.GetProperty("crossTraining").GetInt32(), week.GetProperty("crossTrainingSeconds").GetInt32()).ShouldBe((2, 5_400));

        var swim = items[0].GetProperty("id").GetInt64();
        (await bob.DeleteAsync($"/api/v1/cross-training/{swim}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.DeleteAsync($"/api/v1/cross-training/{swim}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ann.DeleteAsync($"/api/v1/cross-training/{swim}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ImportsApiTests.CountAsync(ann, "cross-training")).ShouldBe(1);
    }

    [Fact]
    public async Task List_RefusesAPageOutOfRange()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");

        var response = await ann.GetAsync("/api/v1/cross-training?pageSize=1000", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
