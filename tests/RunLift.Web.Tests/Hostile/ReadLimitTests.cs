using System.Net;
using System.Net.Http.Headers;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Hostile;

/// <summary>
/// Uploads the readers refuse, over HTTP: a file with a hostile structure is 400 saying where and why; input over a
/// limit of the request (more sets than a request may hold, a FIT file with more sessions than a device writes) is 413
/// ProblemDetails naming the limit and its value; nothing is stored.
/// </summary>
public sealed class ReadLimitTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Audit_ListNested60000LevelsInAZip_Is400SayingWhere()
    {
        var response = await PostAsync(factory.CreateClient(), "/api/v1/audit", HostileInputs.All.Single(i => i.Name.EndsWith("zipped", StringComparison.Ordinal)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("body/routine.yaml:1:129: nested more than 64 levels deep");
        problem.TryGetProperty("limit", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_ListNested60000LevelsInAZip_Is400SayingWhere_AndRecordsNothing()
    {
        var athlete = await factory.RegisterAsync($"{Guid.NewGuid():N}@example.com");

        var response = await PostAsync(athlete, "/api/v1/imports?fileName=export.zip", HostileInputs.All.Single(i => i.Name.EndsWith("zipped", StringComparison.Ordinal)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldBe("export.zip/routine.yaml:1:129: nested more than 64 levels deep");
        (await (await athlete.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Audit_ZipOfExportsOverTheSetBudget_Is413NamingTheLimit()
    {
        var response = await PostAsync(factory.CreateClient(), "/api/v1/audit", new HostileInput("zip", "application/zip", HostileInputs.ZipOfHevyExports(6)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The input is over a limit");
        problem.GetProperty("limit").GetString().ShouldBe("sets");
        problem.GetProperty("max").GetInt64().ShouldBe(250_000);
        problem.GetProperty("file").GetString().ShouldBe("body/hevy-4.csv");
    }

    [Fact]
    public async Task Audit_TighterConfiguredLimits_AreTheOnesApplied()
    {
        await using var strict = WebFactory.With(new Dictionary<string, string?> { ["Limits:Audit:MaxSets"] = "100" });

        var response = await PostAsync(strict.CreateClient(), "/api/v1/audit", new HostileInput("hevy", "text/csv", System.Text.Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(sessions: 5))));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync()).GetProperty("max").GetInt64().ShouldBe(100);
    }

    [Fact]
    public async Task Audit_FitWithThousandsOfSessionsAndSets_Is413()
    {
        var response = await PostAsync(factory.CreateClient(), "/api/v1/audit", HostileInputs.All.Single(i => i.ContentType == "application/vnd.ant.fit"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync()).GetProperty("limit").GetString().ShouldBe("sets in one FIT file");
    }

    [Fact]
    public async Task Import_ZipOfExportsOverTheSetBudget_Is413_AndAddsNothing()
    {
        var athlete = await factory.RegisterAsync($"{Guid.NewGuid():N}@example.com");

        var response = await PostAsync(athlete, "/api/v1/imports", new HostileInput("zip", "application/zip", HostileInputs.ZipOfHevyExports(6)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync()).GetProperty("limit").GetString().ShouldBe("sets");
        (await (await athlete.GetAsync("/api/v1/sessions", Cancel)).JsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await (await athlete.GetAsync("/api/v1/imports", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("Limits:Audit:MaxSeconds", "0")]
    [InlineData("Limits:Import:MaxSets", "-1")]
    public void InvalidLimits_StopTheStart(string key, string value)
    {
        using var broken = WebFactory.With(new Dictionary<string, string?> { [key] = value });

        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => broken.CreateClient());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, HostileInput input)
    {
        using var content = new ByteArrayContent(input.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(input.ContentType);
        return await client.PostAsync(path, content, Cancel);
    }
}
