using System.Net;
using System.Net.Http.Json;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class RunsApiTests
{
    internal static object Tempo(string date = "2025-03-05") =>
        new { date, kind = "tempo", durationSeconds = 2700, distanceMeters = 9000.0, averageHeartRate = 162 };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_List_Update_Delete(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");

        var created = await client.PostAsJsonAsync("/api/v1/runs", Tempo(), Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();
        var list = await (await client.GetAsync("/api/v1/runs", Cancel)).JsonAsync();
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("tempo");

        var updated = await client.PutAsJsonAsync(location, new { date = "2025-03-06", kind = "race-pace", durationSeconds = 1800 }, Cancel);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var run = await updated.JsonAsync();
        run.GetProperty("kind").GetString().ShouldBe("race-pace");
        run.GetProperty("distanceMeters").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        (await client.DeleteAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Runs_SayHowTheirKindWasDecided_AnImportedRunByItsLaps_AHandEnteredOneAsTyped()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        var tcx = RecordedRuns.Tcx(new DateTime(2025, 3, 4, 17, 0, 0, DateTimeKind.Utc), RecordedRuns.Intervals(6));
        (await client.PostAsync("/api/v1/imports?fileName=activity.tcx", Body(tcx, "application/vnd.garmin.tcx+xml"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/runs", Tempo(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var items = (await (await client.GetAsync("/api/v1/runs", Cancel)).JsonAsync()).GetProperty("items");

        items.EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("kindBasis").GetString())).ShouldBe([
            ("tempo", "typed: the kind written with the run"),
            ("intervals", "laps: 6 fast laps at 3:45/km alternating with recoveries at 6:15/km")]);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"kind":"easy","durationSeconds":1800}""", "date" },
        { """{"date":"2025-03-05","durationSeconds":1800}""", "kind" },
        { """{"date":"2025-03-05","kind":"rest","durationSeconds":1800}""", "kind" },
        { """{"date":"2025-03-05","kind":"easy"}""", "durationSeconds" },
        { """{"date":"2025-03-05","kind":"easy","durationSeconds":0}""", "durationSeconds" },
        { """{"date":"2025-03-05","kind":"easy","durationSeconds":1800,"distanceMeters":-1}""", "distanceMeters" },
        { """{"date":"2025-03-05","kind":"easy","durationSeconds":1800,"averageHeartRate":300}""", "averageHeartRate" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Create_InvalidInput_Is400NamingTheField(string json, string field)
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.PostAsync("/api/v1/runs", Body(json, "application/json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthlete_CannotReadListEditOrDeleteARun(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var location = (await ann.PostAsJsonAsync("/api/v1/runs", Tempo(), Cancel)).Headers.Location!.ToString();

        (await bob.GetAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PutAsJsonAsync(location, Tempo("2025-01-01"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ImportsApiTests.CountAsync(bob, "runs")).ShouldBe(0);
        (await (await ann.GetAsync(location, Cancel)).JsonAsync()).GetProperty("date").GetString().ShouldBe("2025-03-05");
    }

    [Fact]
    public async Task Runs_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient();

        (await client.GetAsync("/api/v1/runs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/runs/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/runs", Tempo(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PutAsJsonAsync("/api/v1/runs/1", Tempo(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync("/api/v1/runs/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
