using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Names;

/// <summary><c>/api/v1/exercise-names</c>: a name read wrongly is corrected once, for the log, later imports and audits.</summary>
public sealed class ExerciseNamesApiTests
{
    /// <summary>A Strong export (its comma form, as sample_strong.csv) with a name no catalog holds.</summary>
    private const string StrongExport = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2025-03-04 17:36:08,"Legs",45m,"Zercher Lunge Thing",1,40.0,8.0,0,0.0,
        2025-03-04 17:36:08,"Legs",45m,"Zercher Lunge Thing",2,40.0,8.0,0,0.0,
        2025-03-04 17:36:08,"Legs",45m,"Squat (Barbell)",1,100.0,5.0,0,0.0,
        """;

    private const string LaterStrongExport = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2025-03-11 17:36:08,"Legs",45m,"zercher lunge thing",1,42.5,8.0,0,0.0,
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Choose_ReadsTheNameAsTheExercise_InTheLogAndInLaterImports(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        var first = await (await ImportsApiTests.ImportAsync(client, "strong.csv", StrongExport)).JsonAsync();
        Reading(first, "Zercher Lunge Thing").GetProperty("resolvedBy").GetString().ShouldBe("keyword");
        Reading(first, "Zercher Lunge Thing").GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        Reading(first, "Squat (Barbell)").GetProperty("id").GetString().ShouldBe("back-squat");

        var chosen = await client.PutAsJsonAsync("/api/v1/exercise-names", new { name = "Zercher Lunge Thing", exerciseId = "reverse-lunge" }, Cancel);

        chosen.StatusCode.ShouldBe(HttpStatusCode.OK, await chosen.Content.ReadAsStringAsync(Cancel));
        var list = await (await client.GetAsync("/api/v1/exercise-names", Cancel)).JsonAsync();
        list.EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("exerciseId").GetString()))
            .ShouldBe([("Zercher Lunge Thing", "reverse-lunge")]);
        (await SetsAsync(client))
            .Where(s => s.GetProperty("exercise").GetString() == "Zercher Lunge Thing")
            .ShouldAllBe(s => s.GetProperty("exerciseId").GetString() == "reverse-lunge");

        var later = await (await ImportsApiTests.ImportAsync(client, "later.csv", LaterStrongExport, preview: true)).JsonAsync();
        var reading = Reading(later, "zercher lunge thing");
        reading.GetProperty("resolvedBy").GetString().ShouldBe("mapping");
        reading.GetProperty("id").GetString().ShouldBe("reverse-lunge");
        reading.GetProperty("pattern").GetString().ShouldBe("single-leg");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forget_ReadsTheNameByTheCatalogAgain(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var client = await factory.RegisterAsync("ann@example.com");
        await ImportsApiTests.ImportAsync(client, "strong.csv", StrongExport);
        await client.PutAsJsonAsync("/api/v1/exercise-names", new { name = "Zercher Lunge Thing", exerciseId = "reverse-lunge" }, Cancel);

        var forgotten = await client.DeleteAsync("/api/v1/exercise-names?name=" + Uri.EscapeDataString("ZERCHER lunge thing"), Cancel);

        forgotten.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await client.GetAsync("/api/v1/exercise-names", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        (await SetsAsync(client))
            .Where(s => s.GetProperty("exercise").GetString() == "Zercher Lunge Thing")
            .ShouldAllBe(s => s.GetProperty("exerciseId").ValueKind == JsonValueKind.Null);
        (await client.DeleteAsync("/api/v1/exercise-names?name=Zercher", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Audit_SignedIn_ReadsNamesAsTheAthleteChose_Anonymous_ByTheCatalog()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");
        await client.PutAsJsonAsync("/api/v1/exercise-names", new { name = "Zercher Lunge Thing", exerciseId = "reverse-lunge" }, Cancel);
        const string routine = """
            sessions:
              - name: Legs
                day: tue
                exercises:
                  - Zercher Lunge Thing 3x8 @ 40 kg
            """;

        var mine = await (await client.PostAsync("/api/v1/audit?failOn=never", Body(routine, "application/yaml"), Cancel)).JsonAsync();
        var anonymous = await (await factory.CreateClient().PostAsync("/api/v1/audit?failOn=never", Body(routine, "application/yaml"), Cancel)).JsonAsync();

        mine.GetProperty("exercises")[0].GetProperty("resolvedBy").GetString().ShouldBe("mapping");
        anonymous.GetProperty("exercises")[0].GetProperty("resolvedBy").GetString().ShouldBe("keyword");
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"name":"Zercher Lunge Thing","exerciseId":"reverse-lunges"}""", "exerciseId" },
        { """{"name":"Zercher Lunge Thing"}""", "exerciseId" },
        { """{"name":"  ","exerciseId":"reverse-lunge"}""", "name" },
        { """{"name":"---","exerciseId":"reverse-lunge"}""", "name" },
        { "{\"name\":\"" + new string('x', 201) + "\",\"exerciseId\":\"reverse-lunge\"}", "name" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Choose_InvalidInput_Is400NamingTheField(string json, string field)
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.PutAsync("/api/v1/exercise-names", Body(json, "application/json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }

    [Fact]
    public async Task ExerciseNames_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync("/api/v1/exercise-names", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>The sets of the athlete's only session.</summary>
    private static async Task<IEnumerable<JsonElement>> SetsAsync(HttpClient client)
    {
        var sessions = await (await client.GetAsync("/api/v1/sessions", Cancel)).JsonAsync();
        var id = sessions.GetProperty("items")[0].GetProperty("id").GetInt64();
        var session = await (await client.GetAsync($"/api/v1/sessions/{id}", Cancel)).JsonAsync();
        return session.GetProperty("sets").EnumerateArray().ToList();
    }

    private static JsonElement Reading(JsonElement import, string name) =>
        import.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
}
