using System.Net;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

/// <summary><c>GET /api/v1/plan-request/from-log</c>: the running week and maxes of the athlete's log, to check before planning.</summary>
public sealed class PlanFromLogTests
{
    // A Hevy log (its exact header) of squats, and runs (a FitNotes export, its exact header) on Tuesdays and Sundays.
    internal const string Hevy = """
        "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
        "Legs","17 Nov 2026, 18:00","17 Nov 2026, 19:00","","Squat (Barbell)",,"",0,"normal",100,5,,,
        "Legs","24 Nov 2026, 18:00","24 Nov 2026, 19:00","","Squat (Barbell)",,"",0,"normal",105,3,,,
        """;

    internal const string FitNotes = """
        Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment
        2026-11-10,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 6x800
        2026-11-17,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 5x1k
        2026-11-24,Running (Outdoor),Cardio,0.0,0,10.0,km,0:50:00,Intervals 4x1200
        2026-11-15,Running (Outdoor),Cardio,0.0,0,20.0,km,1:45:00,
        2026-11-22,Running (Outdoor),Cardio,0.0,0,21.0,km,1:50:00,
        2026-11-29,Running (Outdoor),Cardio,0.0,0,22.0,km,1:55:00,
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FromLog_GivesTheRunningWeekAndMaxesOfTheLog(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        (await ImportsApiTests.ImportAsync(client, "hevy.csv", Hevy)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ImportsApiTests.ImportAsync(client, "fitnotes.csv", FitNotes)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var history = await (await client.GetAsync("/api/v1/plan-request/from-log", Cancel)).JsonAsync();

        history.GetProperty("weeksWithRunning").GetInt32().ShouldBe(3);
        history.GetProperty("runningWeek").EnumerateArray()
            .Select(r => (r.GetProperty("day").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("minutes").GetInt32()))
            .ShouldBe([("tuesday", "intervals", 50), ("sunday", "long", 110)]);
        var squat = history.GetProperty("maxes").EnumerateArray().Single();
        squat.GetProperty("exerciseId").GetString().ShouldBe("back-squat");
        squat.GetProperty("oneRepMaxKg").GetDouble().ShouldBe(116.5);
        (squat.GetProperty("reps").GetInt32(), squat.GetProperty("loadKg").GetDouble()).ShouldBe((5, 100));
        history.GetProperty("notInferred").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task FromLog_EmptyLog_SaysWhatCouldNotBeInferred()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var history = await (await client.GetAsync("/api/v1/plan-request/from-log", Cancel)).JsonAsync();

        history.GetProperty("runningWeek").GetArrayLength().ShouldBe(0);
        history.GetProperty("notInferred").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task FromLog_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        (await factory.CreateClient().GetAsync("/api/v1/plan-request/from-log", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
