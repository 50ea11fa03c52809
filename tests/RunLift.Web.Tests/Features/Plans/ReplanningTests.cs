using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

/// <summary>A new race, a changed running week or a regeneration re-plan from the athlete's today on, and keep the past.</summary>
public sealed class ReplanningTests
{
    // The plan is saved on Monday 9 November 2026 and followed for two weeks and two days.
    private static readonly DateTimeOffset Saved = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewRunningWeek_ReplansFromToday_KeepingEveryPastSession(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Saved);
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var id = await SaveAsync(ann, new { name = "Winter block", start = "2026-11-09", weeks = 8 });
        var before = await PlanAsync(ann, id);
        clock.SetUtcNow(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        ann = await factory.SignInAsync("ann@example.com"); // the first token has expired since

        // Intervals move from Tuesday to Wednesday evening.
        (await ann.PutAsJsonAsync("/api/v1/profile", WithIntervalsOn("wednesday"), Cancel)).EnsureSuccessStatusCode();

        var after = await PlanAsync(ann, id);
        Sessions(after, s => s < Today).ShouldBe(Sessions(before, s => s < Today));
        Sessions(after, s => s >= Today).ShouldNotBe(Sessions(before, s => s >= Today));
        Runs(after, "intervals").Where(d => d >= Today).ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Wednesday);
        Runs(after, "intervals").Where(d => d < Today).ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Tuesday);
        after.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldContain("Re-planned from 2026-11-25 on: the sessions before it are as they were.");

        var summary = (await (await ann.GetAsync("/api/v1/saved-plans", Cancel)).JsonAsync())[0];
        summary.GetProperty("id").GetInt64().ShouldBe(id);
        summary.GetProperty("name").GetString().ShouldBe("Winter block");
        summary.GetProperty("start").GetString().ShouldBe("2026-11-09");

        // Every other format is the plan as stored: the Markdown still has the first week's sessions as they were.
        var markdown = await (await ann.GetAsync($"/api/v1/saved-plans/{id}?format=markdown", Cancel)).Content.ReadAsStringAsync(Cancel);
        foreach (var (date, json) in Sessions(before, s => s < Today))
        {
            var name = JsonDocument.Parse(json).RootElement.GetProperty("name").GetString();
            markdown.ShouldContain($"{name}: {date.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ANewRace_AndRegenerating_ReplanFromToday(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Saved);
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var id = await SaveAsync(ann, new { start = "2026-11-09", weeks = 8 });
        var before = await PlanAsync(ann, id);
        clock.SetUtcNow(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        ann = await factory.SignInAsync("ann@example.com"); // the first token has expired since

        (await ann.PostAsJsonAsync("/api/v1/races", new { date = "2026-12-20", name = "Solstice 10K", distanceMeters = 10000.0, priority = "B" }, Cancel)).EnsureSuccessStatusCode();

        var withRace = await PlanAsync(ann, id);
        withRace.GetProperty("races").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Solstice 10K"]);
        Sessions(withRace, s => s < Today).ShouldBe(Sessions(before, s => s < Today));

        // Nothing lifts heavy in the 96 h before the race any more (RL502): the re-planned days around it changed.
        Sessions(withRace, s => s >= new DateOnly(2026, 12, 17) && s <= new DateOnly(2026, 12, 20)).ShouldBeEmpty();

        var regenerated = await ann.PostAsync($"/api/v1/saved-plans/{id}/regenerate", null, Cancel);
        regenerated.StatusCode.ShouldBe(HttpStatusCode.OK);
        Sessions(await PlanAsync(ann, id), s => s < Today).ShouldBe(Sessions(before, s => s < Today));
    }

    private static System.Text.Json.Nodes.JsonObject WithIntervalsOn(string day)
    {
        var profile = JsonSerializer.SerializeToNode(ProfileApiTests.Profile)!.AsObject();
        foreach (var run in profile["runningWeek"]!.AsArray())
        {
            if ((string?)run!["kind"] == "intervals")
            {
                run["day"] = day;
                run["time"] = "18:00";
            }
        }

        return profile;
    }

    private static async Task<long> SaveAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/saved-plans", body, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client, long id) => await (await client.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).JsonAsync();

    /// <summary>The plan's sessions on the days <paramref name="when"/> holds, each with its whole JSON (name, sets...).</summary>
    private static List<(DateOnly Date, string Json)> Sessions(JsonElement plan, Func<DateOnly, bool> when) =>
    [
        .. plan.GetProperty("sessions").EnumerateArray()
            .Select(s => (Date: DateOnly.Parse(s.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Json: s.GetRawText()))
            .Where(s => when(s.Date)),
    ];

    private static IEnumerable<DateOnly> Runs(JsonElement plan, string kind) =>
        plan.GetProperty("runs").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == kind)
            .Select(r => DateOnly.Parse(r.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
}
