using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Web.Tests.Features.Progress.ProgressApiTests;
using static RunLift.Web.Tests.Features.Progress.SeededLog;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Dashboard;

public sealed class DashboardApiTests
{
    // Wednesday 18 March 2026: the ISO week runs from Monday 16 to Sunday 22 March.
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ShowsThisWeek_TheLatestAudit_AndTheNextRace(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("ann@example.com");
        await SeedWeekAsync(factory, await factory.AccountIdAsync("ann@example.com"));

        var json = await (await client.GetAsync("/api/v1/dashboard", Cancel)).JsonAsync();

        json.GetProperty("today").GetString().ShouldBe("2026-03-18");
        json.GetProperty("weekStart").GetString().ShouldBe("2026-03-16");

        // Last week's session is not this week's; the warm-up is not a working set.
        var logged = json.GetProperty("loggedSessions").EnumerateArray().ToList();
        logged.Select(s => $"{s.GetProperty("date").GetString()} {s.GetProperty("name").GetString()} {s.GetProperty("workingSets").GetInt32()}")
            .ShouldBe(["2026-03-16 Monday lift 3"]);

        // The latest plan's sessions dated this week; the older plan and next week's session are not shown.
        var plan = json.GetProperty("plan");
        plan.GetProperty("planName").GetString().ShouldBe("Spring block");
        plan.GetProperty("sessions").EnumerateArray()
            .Select(s => $"{s.GetProperty("date").GetString()} {s.GetProperty("name").GetString()} {s.GetProperty("estimatedMinutes").GetInt32()}")
            .ShouldBe(["2026-03-17 Strength A 45", "2026-03-20 Strength B 40"]);
        plan.GetProperty("sessions")[0].GetProperty("exercises").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Back Squat", "Pull-Up"]);

        // Key runs: the intervals, the long run, and an easy run of 95 minutes (≥ 90 min is a long run).
        json.GetProperty("keyRuns").EnumerateArray()
            .Select(r => $"{r.GetProperty("date").GetString()} {r.GetProperty("kind").GetString()}")
            .ShouldBe(["2026-03-17 intervals", "2026-03-21 long", "2026-03-22 easy"]);

        var audit = json.GetProperty("audit");
        audit.GetProperty("weekStart").GetString().ShouldBe("2026-03-09");
        audit.GetProperty("errors").GetInt32().ShouldBe(0);
        audit.GetProperty("warnings").GetInt32().ShouldBe(1);
        audit.GetProperty("passed").GetBoolean().ShouldBeFalse();
        audit.GetProperty("verdict").GetString().ShouldBe("worth-fixing");
        audit.GetProperty("topFindings").EnumerateArray().Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("severity").GetString()}")
            .ShouldBe(["RL503 warning", "RL204 info"]);

        var race = json.GetProperty("nextRace");
        race.GetProperty("name").GetString().ShouldBe("Spring 10K");
        race.GetProperty("date").GetString().ShouldBe("2026-04-19");
        race.GetProperty("daysToGo").GetInt32().ShouldBe(32);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_OnRaceDay_CountsZeroDays_AndACleanAuditPasses(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 19, 6, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.OnAsync(provider, time: time);
        var client = await factory.RegisterAsync("ann@example.com");
        var ann = await factory.AccountIdAsync("ann@example.com");
        await SeedWeekAsync(factory, ann);
        await factory.SeedAsync(Snapshot(ann, "2026-04-13", 0, 0, 2, "RL401"));

        var json = await (await client.GetAsync("/api/v1/dashboard", Cancel)).JsonAsync();

        json.GetProperty("weekStart").GetString().ShouldBe("2026-04-13");
        json.GetProperty("nextRace").GetProperty("daysToGo").GetInt32().ShouldBe(0);
        json.GetProperty("audit").GetProperty("passed").GetBoolean().ShouldBeTrue();
        json.GetProperty("plan").GetProperty("sessions").GetArrayLength().ShouldBe(0);
        json.GetProperty("loggedSessions").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_Verdict_NeedsWorkForAnError_WorthFixingForWarningsAlone_GoodOtherwise(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var client = await factory.RegisterAsync("ann@example.com");
        var ann = await factory.AccountIdAsync("ann@example.com");
        var verdicts = new List<string>();

        // Each week's snapshot is the latest when it is read: 0/0/0, 0/0/3, 0/5/0, 1/0/0 errors, warnings and suggestions.
        foreach (var (week, errors, warnings, infos) in new[] { ("2026-02-16", 0, 0, 0), ("2026-02-23", 0, 0, 3), ("2026-03-02", 0, 5, 0), ("2026-03-09", 1, 0, 0) })
        {
            await factory.SeedAsync(Snapshot(ann, week, errors, warnings, infos, "RL401"));
            var audit = (await (await client.GetAsync("/api/v1/dashboard", Cancel)).JsonAsync()).GetProperty("audit");
            verdicts.Add($"{audit.GetProperty("weekStart").GetString()} {audit.GetProperty("verdict").GetString()}");
        }

        verdicts.ShouldBe(["2026-02-16 good", "2026-02-23 good", "2026-03-02 worth-fixing", "2026-03-09 needs-work"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_AnotherAthlete_SeesNoneOfAnnsWeek(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        _ = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        await SeedWeekAsync(factory, await factory.AccountIdAsync("ann@example.com"));

        var json = await (await bob.GetAsync("/api/v1/dashboard", Cancel)).JsonAsync();

        json.GetProperty("loggedSessions").GetArrayLength().ShouldBe(0);
        json.GetProperty("plan").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("keyRuns").GetArrayLength().ShouldBe(0);
        json.GetProperty("audit").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("nextRace").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Dashboard_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync("/api/v1/dashboard", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task SeedWeekAsync(WebFactory factory, string ann)
    {
        const string report = """
            { "summary": { "errors": 0, "warnings": 1, "infos": 1 },
              "findings": [
                { "id": "RL204", "name": "no-explosive-work", "severity": "info", "message": "No jumps." },
                { "id": "RL503", "name": "strength-load-spike", "severity": "warning", "message": "Load jumped." } ] }
            """;
        await factory.SeedAsync(
            new Profile
            {
                AccountId = ann,
                RunningWeek =
                [
                    new WeeklyRun { Day = DayOfWeek.Tuesday, Kind = RunKind.Intervals, Minutes = 50 },
                    new WeeklyRun { Day = DayOfWeek.Thursday, Kind = RunKind.Easy, Minutes = 40 },
                    new WeeklyRun { Day = DayOfWeek.Saturday, Kind = RunKind.Long, Minutes = 100 },
                    new WeeklyRun { Day = DayOfWeek.Sunday, Kind = RunKind.Easy, Minutes = 95 },
                ],
            },
            Session(ann, "2026-03-12", "Last week", 40, 7, Set("deadlift", 5, 100)),
            Session(ann, "2026-03-16", "Monday lift", 45, 7,
                Set("back-squat", 5, 60, kind: SetKind.Warmup), Set("back-squat", 5, 100), Set("back-squat", 5, 100), Set("pull-up", 5, null)),
            Plan(ann, "Old plan", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), ("2026-03-18", "Old session")),
            Plan(ann, "Spring block", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
                ("2026-03-17", "Strength A"), ("2026-03-20", "Strength B"), ("2026-03-24", "Strength A")),
            Snapshot(ann, "2026-03-02", 2, 0, 0, "RL105", "{}"),
            Snapshot(ann, "2026-03-09", 0, 1, 1, "RL503 RL204", report),
            new RaceEntry { AccountId = ann, Date = new DateOnly(2026, 3, 1), Name = "Winter 5K", DistanceMeters = 5000, Priority = RacePriority.C },
            new RaceEntry { AccountId = ann, Date = new DateOnly(2026, 5, 10), Name = "Marathon", DistanceMeters = 42195, Priority = RacePriority.A },
            new RaceEntry { AccountId = ann, Date = new DateOnly(2026, 4, 19), Name = "Spring 10K", DistanceMeters = 10000, Priority = RacePriority.B });
    }

    private static SavedPlan Plan(string accountId, string name, DateTime updated, params (string Date, string Name)[] sessions)
    {
        var json = JsonSerializer.Serialize(new
        {
            name,
            sessions = sessions.Select((s, i) => new
            {
                name = s.Name,
                date = s.Date,
                time = "pm",
                phase = "strength",
                estimatedMinutes = s.Name == "Strength B" ? 40 : 45,
                exercises = new[] { new { id = "back-squat", name = "Back Squat", pattern = "squat" }, new { id = "pull-up", name = "Pull-Up", pattern = "pull" } },
            }),
        });
        return new SavedPlan
        {
            AccountId = accountId,
            Name = name,
            Start = new DateOnly(2026, 1, 5),
            End = new DateOnly(2026, 6, 28),
            RequestYaml = "plan: {}",
            PlanJson = json,
            CreatedAt = updated,
            UpdatedAt = updated,
        };
    }
}
