using System.Net;
using System.Net.Http.Json;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

/// <summary>Rate limits per client, per account and per class of endpoint (uploads), each configured on its own.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignedInRequests_CountAgainstTheAccount_NotTheClient()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:Account:PermitLimit"] = "2",
            ["RateLimiting:Account:WindowSeconds"] = "3600",
        });
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        var annStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            annStatuses.Add((await ann.GetAsync("/api/v1/sessions", Cancel)).StatusCode);
        }

        annStatuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await bob.GetAsync("/api/v1/sessions", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().GetAsync("/api/v1/catalog?q=squat", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Uploads_HaveTheirOwnLimit_OtherRequestsGoOn()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:Uploads:PermitLimit"] = "1",
            ["RateLimiting:Uploads:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();
        var routine = await ExampleAsync("good-runner.yaml");

        var first = await client.PostAsync("/api/v1/audit", Body(routine, "application/yaml"), Cancel);
        var second = await client.PostAsync("/api/v1/audit", Body(routine, "application/yaml"), Cancel);
        var plan = await client.PostAsync("/api/v1/plans", Body("running:\n  tue: intervals 60min am\n", "application/yaml"), Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        second.Headers.RetryAfter.ShouldNotBeNull();
        (await second.JsonAsync()).GetProperty("status").GetInt32().ShouldBe(429);
        plan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Imports_CountAsUploadsOfTheAccount()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:Uploads:PermitLimit"] = "1",
            ["RateLimiting:Uploads:WindowSeconds"] = "3600",
        });
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        var first = await ann.PostAsync("/api/v1/imports", Body(RunLift.Testing.SampleLogs.SessionAndLongRun, "application/yaml"), Cancel);
        var second = await ann.PostAsync("/api/v1/imports", Body(RunLift.Testing.SampleLogs.SessionAndLongRun, "application/yaml"), Cancel);
        var other = await bob.PostAsync("/api/v1/imports", Body(RunLift.Testing.SampleLogs.SessionAndLongRun, "application/yaml"), Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        other.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("RateLimiting:Account:PermitLimit", "0")]
    [InlineData("RateLimiting:Uploads:WindowSeconds", "-1")]
    public void InvalidLimits_StopTheStart(string key, string value)
    {
        using var factory = WebFactory.With(new Dictionary<string, string?> { [key] = value });

        Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
    }

    [Fact]
    public async Task SignInLimit_DoesNotStopTheRestOfTheApi()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:SignIn:PermitLimit"] = "1",
            ["RateLimiting:SignIn:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        _ = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "x@example.com", password = "wrong password!" }, Cancel);
        var again = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "x@example.com", password = "wrong password!" }, Cancel);

        again.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/api/v1/catalog?q=squat", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
