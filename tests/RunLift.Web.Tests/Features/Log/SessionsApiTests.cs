using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class SessionsApiTests
{
    internal static object Squats(string date = "2025-03-04", double loadKg = 100) => new
    {
        date,
        name = "Strength A",
        durationMinutes = 45,
        sessionRpe = 7.5,
        notes = "felt good",
        sets = new object[]
        {
            new { exercise = "Back Squat", kind = "warmup", reps = 5, loadKg = 60.0 },
            new { exercise = "Back Squat", reps = 5, loadKg, rpe = 8.0, restSeconds = 180 },
            new { exercise = "Back Squat", reps = 5, loadKg, rpe = 8.5, restSeconds = 180 },
            new { exercise = "Bulgarian Split Squat", reps = 8, loadKg = 20.0, perSide = true },
            new { exercise = "Plank", durationSeconds = 45 },
        },
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_ThenGet_ReturnsTheSessionWithItsSetsAndCatalogIds(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");

        var created = await client.PostAsJsonAsync("/api/v1/sessions", Squats(), Cancel);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();
        var session = await (await client.GetAsync(location, Cancel)).JsonAsync();
        session.GetProperty("date").GetString().ShouldBe("2025-03-04");
        session.GetProperty("source").GetString().ShouldBe("manual");
        var sets = session.GetProperty("sets").EnumerateArray().ToList();
        sets.Count.ShouldBe(5);
        sets[0].GetProperty("kind").GetString().ShouldBe("warmup");
        sets[1].GetProperty("exerciseId").GetString().ShouldBe("back-squat");
        sets[1].GetProperty("loadKg").GetDouble().ShouldBe(100);
        sets[3].GetProperty("perSide").GetBoolean().ShouldBeTrue();
        sets[4].GetProperty("durationSeconds").GetInt32().ShouldBe(45);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_ReplacesTheSets_AndDeleteRemovesTheSession(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var location = (await client.PostAsJsonAsync("/api/v1/sessions", Squats(), Cancel)).Headers.Location!.ToString();

        var updated = await client.PutAsJsonAsync(location, new
        {
            date = "2025-03-11",
            name = "Strength B",
            sets = new object[] { new { exercise = "Deadlift", reps = 3, loadKg = 140.0 } },
        }, Cancel);

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var session = await updated.JsonAsync();
        session.GetProperty("name").GetString().ShouldBe("Strength B");
        session.GetProperty("sets").GetArrayLength().ShouldBe(1);
        session.GetProperty("sets")[0].GetProperty("exerciseId").GetString().ShouldBe("deadlift");

        (await client.DeleteAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.DeleteAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_IsNewestFirst_FilteredByDate_AndPaged()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        foreach (var day in new[] { "2025-03-03", "2025-03-05", "2025-03-07", "2025-03-10" })
        {
            (await client.PostAsJsonAsync("/api/v1/sessions", Squats(day), Cancel)).EnsureSuccessStatusCode();
        }

        var page = await (await client.GetAsync("/api/v1/sessions?from=2025-03-04&to=2025-03-31&pageSize=2", Cancel)).JsonAsync();

        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ShouldBe(["2025-03-10", "2025-03-07"]);
        page.GetProperty("items")[0].GetProperty("sets").GetInt32().ShouldBe(5);
        page.GetProperty("items")[0].GetProperty("workingSets").GetInt32().ShouldBe(4);
        var second = await (await client.GetAsync("/api/v1/sessions?from=2025-03-04&pageSize=2&page=2", Cancel)).JsonAsync();
        second.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ShouldBe(["2025-03-05"]);
        (await client.GetAsync("/api/v1/sessions?pageSize=1000", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/sessions?page=0", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"name":"no date","sets":[]}""", "date" },
        { """{"date":"2025-03-04","sets":[{"exercise":"","reps":5}]}""", "sets[0].exercise" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":101}]}""", "sets[0].reps" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":-1}]}""", "sets[0].reps" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"loadKg":1000.5}]}""", "sets[0].loadKg" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"loadKg":-5}]}""", "sets[0].loadKg" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"rpe":11}]}""", "sets[0].rpe" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"rpe":0.5}]}""", "sets[0].rpe" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat"}]}""", "sets[0]" },
        { """{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"restSeconds":-1}]}""", "sets[0].restSeconds" },
        { """{"date":"2025-03-04","sessionRpe":12,"sets":[]}""", "sessionRpe" },
        { """{"date":"2025-03-04","durationMinutes":0,"sets":[]}""", "durationMinutes" },
        { """{"date":"2025-03-04","planId":999999,"sets":[]}""", "planId" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Create_InvalidInput_Is400NamingTheField(string json, string field)
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.PostAsync("/api/v1/sessions", Body(json, "application/json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        (await ImportsApiTests.CountAsync(client, "sessions")).ShouldBe(0);
    }

    [Fact]
    public async Task Create_UnknownSetKindOrBrokenJson_Is400()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        (await client.PostAsync("/api/v1/sessions", Body("""{"date":"2025-03-04","sets":[{"exercise":"Squat","reps":5,"kind":"heroic"}]}""", "application/json"), Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsync("/api/v1/sessions", Body("{", "application/json"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthlete_CannotReadListEditOrDeleteASession(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var location = (await ann.PostAsJsonAsync("/api/v1/sessions", Squats(), Cancel)).Headers.Location!.ToString();

        (await bob.GetAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PutAsJsonAsync(location, Squats("2025-01-01", 20), Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync(location, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ImportsApiTests.CountAsync(bob, "sessions")).ShouldBe(0);

        var still = await (await ann.GetAsync(location, Cancel)).JsonAsync();
        still.GetProperty("date").GetString().ShouldBe("2025-03-04");
        still.GetProperty("sets")[1].GetProperty("loadKg").GetDouble().ShouldBe(100);
    }

    [Fact]
    public async Task Sessions_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient();

        (await client.GetAsync("/api/v1/sessions", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/sessions/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/sessions", Squats(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PutAsJsonAsync("/api/v1/sessions/1", Squats(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.DeleteAsync("/api/v1/sessions/1", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    internal static JsonElement Item(JsonElement page, int index) => page.GetProperty("items")[index];
}
