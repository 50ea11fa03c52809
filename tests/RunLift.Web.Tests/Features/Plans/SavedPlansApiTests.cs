using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

public sealed class SavedPlansApiTests
{
    // A Tuesday: the default start is Monday 2026-11-30.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private static async Task<HttpClient> AthleteWithProfileAsync(WebFactory factory, string email)
    {
        var client = await factory.RegisterAsync(email);
        (await client.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/races", new { date = "2027-04-18", name = "Spring Marathon", distanceMeters = 42195.0, priority = "A" }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/races", new { date = "2026-10-04", name = "Last autumn", distanceMeters = 10000.0, priority = "C" }, Cancel)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<long> SaveAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/saved-plans", body, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FromProfile_OnlyAStartDate_SavesThePlanInEveryFormat(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: Clock);
        var ann = await AthleteWithProfileAsync(factory, "ann@example.com");

        var id = await SaveAsync(ann, new { start = "2026-12-07" });

        var list = await (await ann.GetAsync("/api/v1/saved-plans", Cancel)).JsonAsync();
        list.GetArrayLength().ShouldBe(1);
        list[0].GetProperty("name").GetString().ShouldBe("Spring Marathon (2027-04-18)");
        list[0].GetProperty("start").GetString().ShouldBe("2026-12-07");
        list[0].GetProperty("end").GetString().ShouldBe("2027-04-25");

        var json = await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel);
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var plan = await json.JsonAsync();
        plan.GetProperty("weeks")[0].GetProperty("start").GetString().ShouldBe("2026-12-07");
        plan.GetProperty("sessions").GetArrayLength().ShouldBeGreaterThan(0);
        plan.GetProperty("races").GetArrayLength().ShouldBe(1); // last autumn's race is history, not a goal

        var ics = await ann.GetAsync($"/api/v1/saved-plans/{id}?format=ics", Cancel);
        ics.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        ics.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        ics.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"runlift-plan-2026-12-07-{id}.ics");
        (await ics.Content.ReadAsStringAsync(Cancel)).ShouldContain("BEGIN:VEVENT");

        (await (await ann.GetAsync($"/api/v1/saved-plans/{id}?format=markdown", Cancel)).Content.ReadAsStringAsync(Cancel)).ShouldStartWith("# ");
        (await (await ann.GetAsync($"/api/v1/saved-plans/{id}?format=yaml", Cancel)).Content.ReadAsStringAsync(Cancel)).ShouldStartWith("name: RunLift plan");

        // The stored request is the whole question, in the profile's units.
        var request = await (await ann.GetAsync($"/api/v1/saved-plans/{id}/request", Cancel)).Content.ReadAsStringAsync(Cancel);
        request.ShouldContain("start: 2026-12-07");
        request.ShouldContain("units: lb");
        request.ShouldContain("Back Squat: 253.53 lb");
        request.ShouldContain("tue: intervals 1h10min 06:30");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthletesPlan_Is404ForEveryOperation(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: Clock);
        var ann = await AthleteWithProfileAsync(factory, "ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var id = await SaveAsync(ann, new { start = "2026-12-07" });

        (await (await bob.GetAsync("/api/v1/saved-plans", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
        (await bob.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync($"/api/v1/saved-plans/{id}?format=ics", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync($"/api/v1/saved-plans/{id}/request", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PostAsync($"/api/v1/saved-plans/{id}/regenerate", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PostAsync($"/api/v1/saved-plans/{id}/regenerate?from=profile", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Regenerate_FromRequestGivesTheSamePlan_FromProfileTakesTheNewProfile_ThenDelete(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: Clock);
        var ann = await AthleteWithProfileAsync(factory, "ann@example.com");
        var id = await SaveAsync(ann, new { name = "Winter", start = "2026-12-07", weeks = 10 });
        var first = await (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).Content.ReadAsStringAsync(Cancel);

        var again = await ann.PostAsync($"/api/v1/saved-plans/{id}/regenerate", null, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).Content.ReadAsStringAsync(Cancel)).ShouldBe(first);

        (await ann.PutAsJsonAsync("/api/v1/profile", new
        {
            experience = "novice", units = "kg", maxSessionMinutes = 40, sessionsPerWeek = 1,
            equipment = Array.Empty<string>(), maxes = Array.Empty<object>(), runningWeek = Array.Empty<object>(),
        }, Cancel)).EnsureSuccessStatusCode();
        var fromProfile = await ann.PostAsync($"/api/v1/saved-plans/{id}/regenerate?from=profile", null, Cancel);
        fromProfile.StatusCode.ShouldBe(HttpStatusCode.OK);
        var summary = await fromProfile.JsonAsync();
        summary.GetProperty("name").GetString().ShouldBe("Winter");
        summary.GetProperty("start").GetString().ShouldBe("2026-12-07");
        var request = await (await ann.GetAsync($"/api/v1/saved-plans/{id}/request", Cancel)).Content.ReadAsStringAsync(Cancel);
        request.ShouldContain("weeks: 10");
        request.ShouldContain("sessions-per-week: 1");
        request.ShouldContain("equipment: [bodyweight]");

        (await ann.DeleteAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.DeleteAsync($"/api/v1/saved-plans/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlanRequestDocument_IsSavedAsPostPlansPlansIt()
    {
        await using var factory = WebFactory.With(time: Clock);
        var ann = await factory.RegisterAsync("ann@example.com");
        var yaml = await ExampleAsync("plan-marathoner.yaml");
        var expected = await (await ann.PostAsync("/api/v1/plans", Body(yaml, "application/yaml"), Cancel)).Content.ReadAsStringAsync(Cancel);

        var saved = await ann.PostAsync("/api/v1/saved-plans?name=Marathon%20block", Body(yaml, "application/yaml"), Cancel);

        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        var summary = await saved.JsonAsync();
        summary.GetProperty("name").GetString().ShouldBe("Marathon block");
        var id = summary.GetProperty("id").GetInt64();
        (await (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).Content.ReadAsStringAsync(Cancel)).ShouldBe(expected);
    }

    [Fact]
    public async Task WithoutStart_ThePlanStartsNextMonday()
    {
        await using var factory = WebFactory.With(time: Clock);
        var ann = await factory.RegisterAsync("ann@example.com");

        var id = await SaveAsync(ann, new { });

        var plan = await (await ann.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).JsonAsync();
        plan.GetProperty("weeks")[0].GetProperty("start").GetString().ShouldBe("2026-11-30");
        plan.GetProperty("weeks").GetArrayLength().ShouldBe(12);
    }

    [Fact]
    public async Task InvalidRequests_Are400NamingTheField_AndSaveNothing()
    {
        await using var factory = WebFactory.With(time: Clock);
        var ann = await factory.RegisterAsync("ann@example.com");

        var shortForm = await ann.PostAsJsonAsync("/api/v1/saved-plans", new { start = "next monday", weeks = 99 }, Cancel);
        shortForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await shortForm.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["start", "weeks"], ignoreOrder: true);

        // The planner's own check: an A race more than a year away needs plan.weeks.
        (await ann.PostAsJsonAsync("/api/v1/races", new { date = "2028-06-01", distanceMeters = 42195.0, priority = "A" }, Cancel)).EnsureSuccessStatusCode();
        var planner = await ann.PostAsJsonAsync("/api/v1/saved-plans", new { start = "2026-12-07" }, Cancel);
        planner.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await planner.JsonAsync()).GetProperty("errors").GetProperty("races")[0].GetString()!.ShouldContain("more than 52 weeks");

        var document = await ann.PostAsync("/api/v1/saved-plans", Body("plan:\n  start: 2026-12-07\n  weeks: 99\n", "application/yaml"), Cancel);
        document.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await document.JsonAsync()).GetProperty("detail").GetString().ShouldBe("request:3:10: plan.weeks must be between 1 and 52, not 99");

        var jsonDocument = await ann.PostAsync("/api/v1/saved-plans", Body("{\"plan\": {\"start\": \"2026-12-07\", \"weeks\": 0}}", "application/json"), Cancel);
        jsonDocument.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await ann.PostAsync("/api/v1/saved-plans", Body("[1, 2]", "application/json"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ann.PostAsync("/api/v1/saved-plans", Body("start: x", "image/png"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await ann.GetAsync("/api/v1/saved-plans/1?format=pdf", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await (await ann.GetAsync("/api/v1/saved-plans", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("GET", "/api/v1/saved-plans")]
    [InlineData("POST", "/api/v1/saved-plans")]
    [InlineData("GET", "/api/v1/saved-plans/1")]
    [InlineData("GET", "/api/v1/saved-plans/1/request")]
    [InlineData("POST", "/api/v1/saved-plans/1/regenerate")]
    [InlineData("DELETE", "/api/v1/saved-plans/1")]
    public async Task Anonymous_Is401(string method, string path)
    {
        await using var factory = WebFactory.With();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };

        var response = await factory.CreateClient().SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
