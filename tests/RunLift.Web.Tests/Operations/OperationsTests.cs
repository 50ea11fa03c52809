using System.Net;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

public sealed class OperationsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy(string path)
    {
        var response = await client.GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe("Healthy");
    }

    [Theory]
    [InlineData("/api/v1/catalog?q=squat")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/no-such-page")]
    public async Task SecurityHeaders_AreOnEveryResponse(string path)
    {
        var response = await client.GetAsync(path, Cancel);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }

    [Fact]
    public async Task ReferencePage_IsServedWithAPolicyThatLetsItRun()
    {
        var response = await client.GetAsync("/scalar/", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("openapi/v1.json");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/check")]
    [InlineData("/no-such-page")]
    public async Task Pages_AreServedWithAPolicyForBlazorAndMudBlazor_AndNoWider(string path)
    {
        var response = await client.GetAsync(path, Cancel);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldStartWith("default-src 'none'");
        policy.ShouldContain("script-src 'self';");
        policy.ShouldContain("connect-src 'self';");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("unsafe-eval");
        policy.ShouldNotContain("http");
        policy.ShouldNotContain("*");
    }

    [Fact]
    public async Task UnknownPage_IsTheNotFoundPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("text/html,*/*;q=0.8");

        var response = await client.SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This page does not exist");
    }

    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task PageAssets_AreServedFromThisOrigin(string path, string contentType)
    {
        var response = await client.GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Theory]
    [InlineData("/api/v1/audit")]
    [InlineData("/api/v1/plans")]
    public async Task EmptyBody_Is400ProblemDetails(string path)
    {
        var response = await client.PostAsync(path, Body("", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("empty");
    }

    [Fact]
    public async Task UnknownPath_Is404ProblemDetails()
    {
        var response = await client.GetAsync("/api/v1/nothing", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task UnhandledError_Is500ProblemDetails_WithoutAStackTrace()
    {
        // A clock that fails is an error no handler expects: planning without a start date asks it for today.
        await using var broken = WebFactory.With(time: new FailingClock());
        using var http = broken.CreateClient();

        var response = await http.PostAsync("/api/v1/plans", Body("running:\n  tue: intervals 60min am\n", "application/yaml"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync(Cancel);
        body.ShouldNotContain("FailingClock");
        body.ShouldNotContain(" at ");
        body.ShouldNotContain("the clock is broken");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task OversizedBody_Is413ProblemDetails()
    {
        await using var small = WebFactory.With(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "1000" });
        using var http = small.CreateClient();
        var routine = await ExampleAsync("bodybuilder-split.yaml");
        routine.Length.ShouldBeGreaterThan(1000);

        var audit = await http.PostAsync("/api/v1/audit", Body(routine, "application/yaml"), Cancel);
        var plan = await http.PostAsync("/api/v1/plans", Body(routine, "application/yaml"), Cancel);
        using var form = new MultipartFormDataContent { { Body(routine, "application/yaml"), "files", "routine.yaml" } };
        var multipart = await http.PostAsync("/api/v1/audit", form, Cancel);
        var fits = await http.PostAsync("/api/v1/audit", Body("running:\n  tue: intervals 60min am\n", "application/yaml"), Cancel);

        foreach (var response in new[] { audit, plan, multipart })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("1,000 bytes");
        }

        fits.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OversizedBody_WithoutContentLength_Is413()
    {
        // A body sent without a length (chunked) is counted as it arrives.
        await using var small = WebFactory.With(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = "1000" });
        using var http = small.CreateClient();
        using var content = Body(new string('#', 5000), "application/yaml");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audit") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await http.SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task OverTheRateLimit_Is429ProblemDetails()
    {
        await using var limited = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "2",
            ["RateLimiting:Anonymous:WindowSeconds"] = "3600",
        });
        using var http = limited.CreateClient();

        var first = await http.GetAsync("/api/v1/catalog?q=squat", Cancel);
        var second = await http.GetAsync("/api/v1/catalog?q=squat", Cancel);
        var third = await http.GetAsync("/api/v1/catalog?q=squat", Cancel);
        var health = await http.GetAsync("/health/live", Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await third.JsonAsync()).GetProperty("status").GetInt32().ShouldBe(429);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock is broken");
    }
}
