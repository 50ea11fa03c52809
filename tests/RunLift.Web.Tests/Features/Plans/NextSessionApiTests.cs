using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

/// <summary>
/// <c>GET /api/v1/saved-plans/{id}/next</c> over HTTP. The plan: a 10k on 20 December, so it opens in the power phase,
/// whose "Power A" on Tuesdays (3, 10, 17 November) is the same each week: back squat 3 × 3 at 102.5 kg (86.3 %, RPE 8),
/// bench press 3 × 5 at 65 kg (81.1 %, RPE 8), deadlift 3 × 3 at 120 kg. Power A is logged on the 3rd and the 10th;
/// on Monday the 16th the next session is the 17th's.
/// </summary>
public sealed class NextSessionApiTests
{
    internal const string Request = """
        units: kg
        athlete:
          experience: intermediate
          bodyweight: 70 kg
          maxes:
            Back Squat: 120 kg
            Bench Press: 80 kg
            Deadlift: 140 kg
        running:
          tue: intervals 60min am
          sun: long 90min am
        races:
          - date: 2026-12-20
            distance: 10k
            priority: A
        plan:
          start: 2026-11-02
          weeks: 8
          max-session-minutes: 60
          sessions-per-week: 2
          equipment: full gym
        """;

    private static readonly DateTimeOffset Monday16 = new(2026, 11, 16, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AllRepsAtRpe7_WhereTheTargetIs8_AddsTheIncrement_AndRewritesTheWarmUps(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Monday16));
        var (ann, plan) = await PlannedAsync(factory, "ann@example.com");
        await LogPowerAAsync(ann, plan, "2026-11-03", [3, 3, 3]);
        await LogPowerAAsync(ann, plan, "2026-11-10", [3, 3, 3]);

        var next = await NextAsync(ann, plan);

        next.GetProperty("date").GetString().ShouldBe("2026-11-17");
        next.GetProperty("name").GetString().ShouldBe("Power A");
        var squat = Exercise(next, "back-squat");
        squat.GetProperty("name").GetString().ShouldBe("Back Squat");
        Adjustment(squat).ShouldBe("+5 kg: all 3s at RPE 7 last Tuesday 102.5 → 107.5");
        Sets(squat).ShouldBe(["warm-up 3 × 55", "warm-up 1 × 85", "3 × 107.5 86.3 % RPE 8", "3 × 107.5 86.3 % RPE 8", "3 × 107.5 86.3 % RPE 8"]);
        Adjustment(Exercise(next, "bench-press")).ShouldBe("+2.5 kg: all 5s at RPE 7 last Tuesday 65 → 67.5");

        // Never logged: the plan's load, and nothing to say about it.
        var deadlift = Exercise(next, "deadlift");
        deadlift.GetProperty("adjustment").ValueKind.ShouldBe(JsonValueKind.Null);
        Sets(deadlift).ShouldBe(["warm-up 3 × 60", "warm-up 1 × 97.5", "3 × 120 86.3 % RPE 8", "3 × 120 86.3 % RPE 8", "3 × 120 86.3 % RPE 8"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MissedReps_KeepTheLoad_AndTwoMissesInARow_TakeTenPercentOff(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Monday16));
        var (ann, annsPlan) = await PlannedAsync(factory, "ann@example.com");
        await LogPowerAAsync(ann, annsPlan, "2026-11-03", [3, 3, 3]);
        await LogPowerAAsync(ann, annsPlan, "2026-11-10", [3, 3, 2]);
        var (bob, bobsPlan) = await PlannedAsync(factory, "bob@example.com");
        await LogPowerAAsync(bob, bobsPlan, "2026-11-03", [3, 2, 2]);
        await LogPowerAAsync(bob, bobsPlan, "2026-11-10", [3, 3, 2]);

        Adjustment(Exercise(await NextAsync(ann, annsPlan), "back-squat")).ShouldBe("Same load: 1 rep short on set 3 last Tuesday 102.5 → 102.5");
        Adjustment(Exercise(await NextAsync(bob, bobsPlan), "back-squat")).ShouldBe("−10 %: reps missed in the last two sessions 102.5 → 92.5");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoHistory_KeepsThePlan(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Monday16));
        var (ann, plan) = await PlannedAsync(factory, "ann@example.com");
        var written = await (await ann.GetAsync($"/api/v1/saved-plans/{plan}", Cancel)).JsonAsync();
        var planned = written.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("date").GetString() == "2026-11-17");

        var next = await NextAsync(ann, plan);

        next.GetProperty("exercises").EnumerateArray().ShouldAllBe(e => e.GetProperty("adjustment").ValueKind == JsonValueKind.Null);
        next.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("id").GetString() + " " + string.Join(", ", Sets(e)))
            .ShouldBe(planned.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("id").GetString() + " " + string.Join(", ", Sets(e))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthletesPlan_AndAPlanWithNothingLeft_Are404Problems_ThatSayWhich(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Monday16);
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (_, annsPlan) = await PlannedAsync(factory, "ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        var notBobs = await bob.GetAsync($"/api/v1/saved-plans/{annsPlan}/next", Cancel);
        notBobs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await notBobs.JsonAsync()).GetProperty("detail").GetString().ShouldBe($"You have no saved plan {annsPlan}.");

        // After the plan's last week (signed in again: the first sign-in's token has expired by then).
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.Zero));
        var ann = await factory.SignInAsync("ann@example.com");
        var over = await ann.GetAsync($"/api/v1/saved-plans/{annsPlan}/next", Cancel);
        over.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        over.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await over.JsonAsync()).GetProperty("detail").GetString().ShouldBe($"Saved plan {annsPlan} has no session left on or after your today, 2027-01-04: each one is logged or past.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AthleteInAuckland_GetsTheNextSessionFromTheirOwnToday(DatabaseProvider provider)
    {
        // 19:00 UTC on Tuesday 10 November is 08:00 on Wednesday the 11th in Auckland: Tuesday's session is past there.
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 19, 0, 0, TimeSpan.Zero)));
        var (ann, annsPlan) = await PlannedAsync(factory, "ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", new { timeZone = "Pacific/Auckland" }, Cancel)).EnsureSuccessStatusCode();
        var (bob, bobsPlan) = await PlannedAsync(factory, "bob@example.com");

        var inAuckland = (await NextAsync(ann, annsPlan)).GetProperty("date").GetString()!;
        var inUtc = (await NextAsync(bob, bobsPlan)).GetProperty("date").GetString();

        inUtc.ShouldBe("2026-11-10");
        string.CompareOrdinal(inAuckland, "2026-11-11").ShouldBeGreaterThanOrEqualTo(0, inAuckland);
    }

    [Fact]
    public async Task Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        (await factory.CreateClient().GetAsync("/api/v1/saved-plans/1/next", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    internal static async Task<(HttpClient Client, long Plan)> PlannedAsync(WebFactory factory, string email)
    {
        var client = await factory.RegisterAsync(email);
        var saved = await client.PostAsync("/api/v1/saved-plans?name=Autumn%2010k", Body(Request, "application/yaml"), Cancel);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Cancel));
        return (client, (await saved.JsonAsync()).GetProperty("id").GetInt64());
    }

    /// <summary>Logs Power A from the plan: the squat's sets of <paramref name="squatReps"/> at 102.5 kg and 3 × 5 bench at 65 kg, all at RPE 7.</summary>
    private static async Task LogPowerAAsync(HttpClient client, long plan, string date, int[] squatReps)
    {
        var sets = squatReps.Select(reps => new { exercise = "Back Squat", reps, loadKg = 102.5, rpe = 7.0 })
            .Concat(Enumerable.Repeat(new { exercise = "Bench Press", reps = 5, loadKg = 65.0, rpe = 7.0 }, 3));
        var logged = await client.PostAsJsonAsync("/api/v1/sessions", new { date, name = "Power A", planId = plan, sets }, Cancel);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(Cancel));
    }

    private static async Task<JsonElement> NextAsync(HttpClient client, long plan)
    {
        var response = await client.GetAsync($"/api/v1/saved-plans/{plan}/next", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await response.JsonAsync();
    }

    private static JsonElement Exercise(JsonElement next, string id) =>
        next.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static string Adjustment(JsonElement exercise)
    {
        var adjustment = exercise.GetProperty("adjustment");
        return $"{adjustment.GetProperty("reason").GetString()} {adjustment.GetProperty("fromKg")} → {adjustment.GetProperty("toKg")}";
    }

    /// <summary>"warm-up 3 × 55", "3 × 107.5 86.3 % RPE 8": each set as the next endpoint and the plan both write it.</summary>
    private static List<string> Sets(JsonElement exercise) => [.. exercise.GetProperty("sets").EnumerateArray().Select(set =>
    {
        var load = set.GetProperty("load");
        var warmup = set.TryGetProperty("warmup", out var flag) && flag.GetBoolean();
        var percent = warmup ? "-" : Number(load, "percent1RM");
        var rpe = Number(load, "rpe");
        return $"{(warmup ? "warm-up " : "")}{Number(set, "reps")} × {Number(load, "kg")}{(percent == "-" ? "" : $" {percent} %")}{(rpe == "-" ? "" : $" RPE {rpe}")}";
    })];

    private static string Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.ToString() : "-";
}
