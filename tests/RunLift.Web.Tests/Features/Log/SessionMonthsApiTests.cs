using System.Net;
using System.Net.Http.Json;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

/// <summary><c>GET /api/v1/sessions/months</c>: the months of the log that hold training, to page through all of it.</summary>
public sealed class SessionMonthsApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Months_CountEachMonthsSessionsAndRuns_NewestFirst_OnlyMine(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        foreach (var day in new[] { "2017-06-04", "2023-04-01", "2023-04-30", "2025-11-03" })
        {
            (await ann.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(day), Cancel)).EnsureSuccessStatusCode();
        }

        (await ann.PostAsJsonAsync("/api/v1/runs", new { date = "2023-05-02", kind = "easy", durationSeconds = 1800 }, Cancel)).EnsureSuccessStatusCode();
        (await ann.PostAsJsonAsync("/api/v1/runs", new { date = "2023-04-15", kind = "tempo", durationSeconds = 2400 }, Cancel)).EnsureSuccessStatusCode();
        (await bob.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2024-01-10"), Cancel)).EnsureSuccessStatusCode();

        var months = await (await ann.GetAsync("/api/v1/sessions/months", Cancel)).JsonAsync();
        var narrowed = await (await ann.GetAsync("/api/v1/sessions/months?from=2023-04&to=2023-05", Cancel)).JsonAsync();
        var bobs = await (await bob.GetAsync("/api/v1/sessions/months", Cancel)).JsonAsync();

        Described(months).ShouldBe(["2025-11: 1 + 0", "2023-05: 0 + 1", "2023-04: 2 + 1", "2017-06: 1 + 0"]);
        Described(narrowed).ShouldBe(["2023-05: 0 + 1", "2023-04: 2 + 1"]);
        Described(bobs).ShouldBe(["2024-01: 1 + 0"]);

        // The month's sessions come from the list, by its first and last days.
        var april = await (await ann.GetAsync("/api/v1/sessions?from=2023-04-01&to=2023-04-30", Cancel)).JsonAsync();
        april.GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Months_WithoutTraining_AreAnEmptyList()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var months = await (await client.GetAsync("/api/v1/sessions/months", Cancel)).JsonAsync();

        months.GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("from=2023-4", "from", "must be a month YYYY-MM, such as 2023-04, not '2023-4'.")]
    [InlineData("to=2023-13", "to", "must be a month YYYY-MM, such as 2023-04, not '2023-13'.")]
    [InlineData("from=1899-12", "from", "must be a month of the years 1900–2200, not 1899-12.")]
    [InlineData("to=2201-01", "to", "must be a month of the years 1900–2200, not 2201-01.")]
    [InlineData("from=2024-05&to=2024-04", "to", "must be on or after from (2024-05), not 2024-04.")]
    [InlineData("from=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "from", "must be a month YYYY-MM, such as 2023-04, not 'aaaaaaaaaaaaaaaaaaaa…'.")]
    public async Task Months_BadRange_Is400NamingTheFieldAndWhy(string query, string field, string message)
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.GetAsync("/api/v1/sessions/months?" + query, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The months are not valid");
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
    }

    [Fact]
    public async Task Months_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync("/api/v1/sessions/months", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task List_ToBeforeFrom_Is400()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("ann@example.com");

        var response = await client.GetAsync("/api/v1/sessions?from=2025-03-31&to=2025-03-01", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe("to (2025-03-01) must be on or after from (2025-03-31).");
    }

    private static string[] Described(System.Text.Json.JsonElement months) =>
        [.. months.EnumerateArray().Select(m => $"{m.GetProperty("month").GetString()}: {m.GetProperty("sessions").GetInt32()} + {m.GetProperty("runs").GetInt32()}")];
}
