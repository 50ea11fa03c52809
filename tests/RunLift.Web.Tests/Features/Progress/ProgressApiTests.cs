using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Profiles;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Web.Tests.Features.Progress.SeededLog;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Progress;

public sealed class ProgressApiTests
{
    // Wednesday of the ISO week that starts on Monday 16 March 2026.
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Progress_SmallLog_MatchesHandComputedSeries(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("ann@example.com");
        await SeedAnnAsync(factory, await factory.AccountIdAsync("ann@example.com"));

        var json = await (await client.GetAsync("/api/v1/progress?weeks=3", Cancel)).JsonAsync();

        json.GetProperty("from").GetString().ShouldBe("2026-03-02");
        json.GetProperty("to").GetString().ShouldBe("2026-03-16");
        json.GetProperty("bodyweightKg").GetDouble().ShouldBe(70);

        // Best Epley per week of working sets with 1–10 reps: 100 × (1 + 5/30), 60 × (1 + 8/30), 140 × (1 + 3/30)
        // beats the single at 150, 20 × (1 + 10/30); the 12-rep squats and the calf raises are not counted.
        Lifts(json).ShouldBe([
            "back-squat 2026-03-02 116.7 1.67",
            "bench-press 2026-03-02 76 1.09",
            "deadlift 2026-03-09 154 2.2",
            "goblet-squat 2026-03-09 26.7 0.38",
        ]);

        var weeks = json.GetProperty("weeks").EnumerateArray().ToList();
        weeks.Select(w => w.GetProperty("weekStart").GetString()).ShouldBe(["2026-03-02", "2026-03-09", "2026-03-16"]);

        // Week 1: the warm-up is not a working set; the unresolved exercise counts as "other".
        Sets(weeks[0]).ShouldBe("calf 1, other 1, push 2, squat 3");
        weeks[0].GetProperty("workingSets").GetInt32().ShouldBe(7);
        weeks[0].GetProperty("sessions").GetInt32().ShouldBe(1);
        weeks[0].GetProperty("strengthMinutes").GetDouble().ShouldBe(50);
        weeks[0].GetProperty("strengthLoadRpeMinutes").GetDouble().ShouldBe(380); // mean set RPE 7.6 × 50 min
        weeks[0].GetProperty("sessionsWithoutRpe").GetInt32().ShouldBe(0);
        weeks[0].GetProperty("volumeLoadKg").GetDouble().ShouldBe(2940);
        weeks[0].GetProperty("runs").GetInt32().ShouldBe(2);
        weeks[0].GetProperty("runningSeconds").GetInt32().ShouldBe(5400);
        Audit(weeks[0]).ShouldBe("1 2 0 RL105 RL103");

        // Week 2: the session without a recorded length is estimated as the auditor does: 5 min + Σ (reps × 4 s
        // + rest, 90 s when not recorded) = 300 + 2 × (12 + 240) + (4 + 300) + (48 + 90) = 1246 s; its session
        // RPE 7 × 20.77 min = 145. The other session has no RPE at all: its minutes count, its load cannot.
        Sets(weeks[1]).ShouldBe("hinge 3, squat 3");
        weeks[1].GetProperty("sessions").GetInt32().ShouldBe(2);
        weeks[1].GetProperty("strengthMinutes").GetDouble().ShouldBe(51);
        weeks[1].GetProperty("strengthLoadRpeMinutes").GetDouble().ShouldBe(145);
        weeks[1].GetProperty("sessionsWithoutRpe").GetInt32().ShouldBe(1);
        weeks[1].GetProperty("volumeLoadKg").GetDouble().ShouldBe(2350);
        weeks[1].GetProperty("runningSeconds").GetInt32().ShouldBe(2700);
        Audit(weeks[1]).ShouldBe("0 1 1 RL503 RL204");

        // This week: a run, nothing else yet.
        Sets(weeks[2]).ShouldBe("");
        weeks[2].GetProperty("sessions").GetInt32().ShouldBe(0);
        weeks[2].GetProperty("runningSeconds").GetInt32().ShouldBe(1200);
        weeks[2].GetProperty("audit").ValueKind.ShouldBe(JsonValueKind.Null);

        // Training load: easy 30 min × 3 + intervals 60 min × 8, and 380; the long run 45 min × 4, and 145.4; easy 20 × 3.
        weeks.Select(w => $"{w.GetProperty("runningLoad").GetDouble()} {w.GetProperty("strengthLoad").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            .ShouldBe(["570 380", "180 145.4", "60 0"]);
        var days = json.GetProperty("days");
        days.GetArrayLength().ShouldBe(17);
        Day(days[7]).ShouldBe("2026-03-09 0 0 34.7 57.9 -23.2");
        Day(days[16]).ShouldBe("2026-03-18 0 0 37.2 38.2 -1");
    }

    private static string Day(JsonElement day) => string.Join(' ', day.GetProperty("date").GetString(),
        string.Join(' ', new[] { "runningLoad", "strengthLoad", "fitness", "fatigue", "form" }
            .Select(p => day.GetProperty(p).GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Progress_WithoutWeeks_CoversTheWholeLog_AndWeeksNarrowsIt(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("ann@example.com");
        await SeedAnnAsync(factory, await factory.AccountIdAsync("ann@example.com"));

        var all = await (await client.GetAsync("/api/v1/progress", Cancel)).JsonAsync();
        var lastWeek = await (await client.GetAsync("/api/v1/progress?weeks=1", Cancel)).JsonAsync();

        all.GetProperty("from").GetString().ShouldBe("2026-03-02");
        all.GetProperty("weeks").GetArrayLength().ShouldBe(3);
        lastWeek.GetProperty("from").GetString().ShouldBe("2026-03-16");
        lastWeek.GetProperty("weeks").GetArrayLength().ShouldBe(1);
        lastWeek.GetProperty("lifts").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Progress_AnotherAthlete_SeesNoneOfAnnsNumbers(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        _ = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        await SeedAnnAsync(factory, await factory.AccountIdAsync("ann@example.com"));

        var json = await (await bob.GetAsync("/api/v1/progress?weeks=3", Cancel)).JsonAsync();

        json.GetProperty("lifts").GetArrayLength().ShouldBe(0);
        json.GetProperty("bodyweightKg").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var week in json.GetProperty("weeks").EnumerateArray())
        {
            week.GetProperty("workingSets").GetInt32().ShouldBe(0);
            week.GetProperty("runs").GetInt32().ShouldBe(0);
            week.GetProperty("audit").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var whole = await (await bob.GetAsync("/api/v1/progress", Cancel)).JsonAsync();
        whole.GetProperty("from").GetString().ShouldBe("2026-03-16");
        whole.GetProperty("weeks").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Progress_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync("/api/v1/progress", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1041")]
    [InlineData("-3")]
    public async Task Progress_BadWeeks_Is400(string weeks)
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.GetAsync($"/api/v1/progress?weeks={weeks}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("weeks");
    }

    [Fact]
    public async Task Progress_WeeksNotANumber_Is400ProblemDetails()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.GetAsync("/api/v1/progress?weeks=many", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    internal static async Task SeedAnnAsync(WebFactory factory, string ann)
    {
        await factory.SeedAsync(
            new Profile { AccountId = ann, BodyweightKg = 70 },
            Session(ann, "2026-03-03", "Strength A", 50, null,
                Set("back-squat", 5, 60, kind: SetKind.Warmup, restSeconds: 60),
                Set("back-squat", 5, 100, 8, 180), Set("back-squat", 5, 100, 8, 180), Set("back-squat", 5, 100, 8, 180),
                Set("bench-press", 8, 60, 7), Set("bench-press", 8, 60, 7),
                Set("calf-raise", 12, 40),
                Set(null, 10, null)),
            Session(ann, "2026-03-10", "Strength B", null, 7,
                Set("deadlift", 3, 140, restSeconds: 240), Set("deadlift", 3, 140, restSeconds: 240), Set("deadlift", 1, 150, restSeconds: 300),
                Set("back-squat", 12, 80, 6)),
            Session(ann, "2026-03-13", "Hotel gym", 30, null,
                Set("goblet-squat", 10, 20, restSeconds: 60), Set("goblet-squat", 10, 20, restSeconds: 60)),
            Run(ann, "2026-03-02", RunKind.Easy, 1800),
            Run(ann, "2026-03-05", RunKind.Intervals, 3600),
            Run(ann, "2026-03-15", RunKind.Long, 2700),
            Run(ann, "2026-03-17", RunKind.Easy, 1200),
            Snapshot(ann, "2026-03-02", 1, 2, 0, "RL105 RL103"),
            Snapshot(ann, "2026-03-09", 0, 1, 1, "RL503 RL204"));
    }

    internal static AuditSnapshot Snapshot(string accountId, string week, int errors, int warnings, int infos, string rules, string reportJson = "{}") => new()
    {
        AccountId = accountId,
        WeekStart = DateOnly.Parse(week, System.Globalization.CultureInfo.InvariantCulture),
        Errors = errors,
        Warnings = warnings,
        Infos = infos,
        RuleIds = rules,
        ReportJson = reportJson,
        ComputedAt = Now.UtcDateTime,
    };

    private static List<string> Lifts(JsonElement json) =>
    [
        .. json.GetProperty("lifts").EnumerateArray().SelectMany(l => l.GetProperty("points").EnumerateArray().Select(p =>
            $"{l.GetProperty("exerciseId").GetString()} {p.GetProperty("weekStart").GetString()} " +
            $"{p.GetProperty("oneRepMaxKg").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)} " +
            $"{p.GetProperty("relativeStrength").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
    ];

    private static string Sets(JsonElement week) =>
        string.Join(", ", week.GetProperty("setsByPattern").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetInt32()}"));

    private static string Audit(JsonElement week)
    {
        var audit = week.GetProperty("audit");
        return $"{audit.GetProperty("errors").GetInt32()} {audit.GetProperty("warnings").GetInt32()} {audit.GetProperty("infos").GetInt32()} " +
            string.Join(" ", audit.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
    }
}
