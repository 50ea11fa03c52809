using System.Net;
using System.Net.Http.Json;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

/// <summary>
/// The app on Kestrel (a real socket on 127.0.0.1) as it runs behind a reverse proxy: forwarded headers are believed
/// only from the proxies configured, and then rate limits see the client, cookies are Secure and HSTS is sent when the
/// client's connection is HTTPS.
/// </summary>
public sealed class ReverseProxyTests
{
    private static readonly Dictionary<string, string?> BehindLoopbackProxy = new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };

    [Fact]
    public async Task RateLimits_BehindAKnownProxy_CountEachForwardedClient()
    {
        await using var factory = Started(new Dictionary<string, string?>(BehindLoopbackProxy)
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "1",
            ["RateLimiting:Anonymous:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        var first = await CatalogAsync(client, forwardedFor: "203.0.113.5");
        var again = await CatalogAsync(client, forwardedFor: "203.0.113.5");
        var other = await CatalogAsync(client, forwardedFor: "203.0.113.6");

        first.ShouldBe(HttpStatusCode.OK);
        again.ShouldBe(HttpStatusCode.TooManyRequests);
        other.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnknownAddress_AreIgnored()
    {
        await using var factory = Started(new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "1",
            ["RateLimiting:Anonymous:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        var first = await CatalogAsync(client, forwardedFor: "203.0.113.5");
        var spoofed = await CatalogAsync(client, forwardedFor: "203.0.113.6");

        first.ShouldBe(HttpStatusCode.OK);
        spoofed.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task OverHttpsAtTheProxy_CookiesAreSecure_AndHstsIsSent()
    {
        await using var factory = Started(BehindLoopbackProxy);
        var client = factory.CreateClient();
        await RegisterAsync(client, "secure@example.com");

        using var signIn = SignInRequest("secure@example.com");
        signIn.Headers.Add("X-Forwarded-Proto", "https");
        signIn.Headers.Add("X-Forwarded-Host", "runlift.example");
        var response = await client.SendAsync(signIn, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("RunLift.Auth=", StringComparison.Ordinal));
        cookie.ToLowerInvariant().ShouldContain("; secure");
        cookie.ToLowerInvariant().ShouldContain("httponly");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
    }

    [Fact]
    public async Task OverHttpsClaimedByAnUnknownAddress_CookiesAreNotSecure_AndNoHsts()
    {
        await using var factory = Started([]);
        var client = factory.CreateClient();
        await RegisterAsync(client, "plain@example.com");

        using var signIn = SignInRequest("plain@example.com");
        signIn.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(signIn, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("RunLift.Auth=", StringComparison.Ordinal)).ToLowerInvariant().ShouldNotContain("secure");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/catalog?q=squat")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/nothing")]
    public async Task Responses_DoNotNameTheServer(string path)
    {
        await using var factory = Started([]);

        var response = await factory.CreateClient().GetAsync(path, Cancel);

        response.Headers.Server.ShouldBeEmpty();
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public void MisconfiguredProxies_StopTheStart_WithTheSettingNamed(string key, string value)
    {
        using var factory = WebFactory.With(new Dictionary<string, string?> { [key] = value });

        var failure = Should.Throw<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        failure.Message.ShouldContain(key[..key.LastIndexOf(':')]);
        failure.Message.ShouldContain(value);
    }

    private static WebFactory Started(Dictionary<string, string?> settings)
    {
        var factory = WebFactory.With(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static async Task<HttpStatusCode> CatalogAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog?q=squat");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request, Cancel)).StatusCode;
    }

    private static async Task RegisterAsync(HttpClient client, string email) =>
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = Accounts.Password }, Cancel)).EnsureSuccessStatusCode();

    private static HttpRequestMessage SignInRequest(string email) =>
        new(HttpMethod.Post, "/api/v1/account/login?useCookies=true") { Content = JsonContent.Create(new { email, password = Accounts.Password }) };
}
