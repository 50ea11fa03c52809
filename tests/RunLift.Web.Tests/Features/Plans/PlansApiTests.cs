using System.Net;
using Microsoft.Extensions.Time.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

public sealed class PlansApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task MarathonerRequest_GivesPlanJson_ThatAuditsClean()
    {
        var planned = await client.PostAsync("/api/v1/plans", Body(await ExampleAsync("plan-marathoner.yaml"), "application/yaml"), Cancel);
        planned.StatusCode.ShouldBe(HttpStatusCode.OK);
        planned.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var plan = await planned.Content.ReadAsStringAsync(Cancel);

        var audited = await client.PostAsync("/api/v1/audit?failOn=warning", Body(plan, "application/json"), Cancel);

        audited.StatusCode.ShouldBe(HttpStatusCode.OK);
        audited.Headers.GetValues("RunLift-Outcome").ShouldBe(["pass"]);
        var summary = (await audited.JsonAsync()).GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBe(0);
        summary.GetProperty("warnings").GetInt32().ShouldBe(0);
        summary.GetProperty("sessions").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Json_IsTheCliPlanJson()
    {
        var yaml = await ExampleAsync("plan-marathoner.yaml");
        var expected = RunLift.Formats.Plans.PlanJsonWriter.ToJson(new RunLift.Planning.Planner(RunLift.Catalog.ExerciseCatalog.Default)
            .Plan(RunLift.Formats.Plans.PlanRequestReader.Parse("request", yaml, new DateOnly(2026, 11, 24))));

        var response = await client.PostAsync("/api/v1/plans", Body(yaml, "application/yaml"), Cancel);

        (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ics", "text/calendar", "BEGIN:VCALENDAR")]
    [InlineData("yaml", "application/yaml", "name: RunLift plan")]
    [InlineData("markdown", "text/markdown", "# ")]
    public async Task OtherFormats_HaveTheirContentTypes(string format, string contentType, string start)
    {
        var response = await client.PostAsync($"/api/v1/plans?format={format}", Body(await ExampleAsync("plan-marathoner.yaml"), "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldStartWith(start);
    }

    [Fact]
    public async Task WithoutStart_ThePlanStartsTheMondayAfterToday()
    {
        var today = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero); // a Tuesday
        await using var clocked = WebFactory.With(time: new FakeTimeProvider(today));
        using var http = clocked.CreateClient();

        var response = await http.PostAsync("/api/v1/plans", Body("running:\n  tue: intervals 60min am\n  sun: long 2h am\n", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.JsonAsync()).GetProperty("weeks")[0].GetProperty("start").GetString().ShouldBe("2026-11-30");
    }

    [Fact]
    public async Task OutOfRangeField_Is400NamingTheFieldAtItsPosition()
    {
        var response = await client.PostAsync("/api/v1/plans", Body("plan:\n  start: 2026-12-07\n  weeks: 99\n", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("request:3:10: plan.weeks must be between 1 and 52, not 99");
        problem.GetProperty("line").GetInt32().ShouldBe(3);
        problem.GetProperty("column").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task SessionsInARequest_Is400()
    {
        var response = await client.PostAsync("/api/v1/plans", Body("sessions: []\n", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("runlift audit");
    }

    [Fact]
    public async Task UnknownFormat_Is400()
    {
        var response = await client.PostAsync("/api/v1/plans?format=pdf", Body(await ExampleAsync("plan-marathoner.yaml"), "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("format");
    }
}
