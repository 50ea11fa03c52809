using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

/// <summary>
/// Every endpoint and page the app maps, found by asking the app itself: each is either on the short list of what
/// anyone may use, or refuses an anonymous visitor (401 for the API, a redirect to sign in for a page). A new
/// endpoint that forgets to require an account fails here before it ships.
/// </summary>
public sealed class EndpointAccessTests(WebFactory factory) : IClassFixture<WebFactory>
{
    // What anyone may use, without an account.
    private static readonly string[] Anonymous =
    [
        "POST /api/v1/audit", "POST /api/v1/plans", "GET /api/v1/catalog", "GET /api/v1/calendar-feed/{secret}.ics",
        "GET /", "GET /check", "GET /account/login", "GET /account/register", "POST /account/logout",
        "GET /account/login/two-factor", "GET /account/login/recovery", "GET /account/confirm-email",
        "GET /account/forgot-password", "GET /account/reset-password",
        "GET /error", "GET /not-found", "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json",
    ];

    private static readonly string[] AnonymousPrefixes = ["/api/v1/account/", "/scalar", "/_blazor", "/_framework", "/_content"];

    [Fact]
    public async Task EveryEndpoint_RequiresAnAccount_UnlessAnyoneMayUseIt()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var endpoints = AppEndpoints.Of(factory).Where(e => !IsAnonymous(e)).ToList();
        endpoints.ShouldNotBeEmpty();

        var open = new List<string>();
        foreach (var endpoint in endpoints)
        {
            // Route parameters get a plausible value of their kind: the check is that access is refused, not what is found.
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.With((_, constraint) => constraint.Contains("int", StringComparison.Ordinal) || constraint.Contains("long", StringComparison.Ordinal) ? "1" : "x"));
            if (endpoint.Method is "POST" or "PUT")
            {
                request.Content = Body("{}", "application/json");
            }

            var response = await client.SendAsync(request, Cancel);
            var refused = endpoint.IsApi
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);
            if (!refused)
            {
                open.Add($"{endpoint} → {(int)response.StatusCode}");
            }
        }

        open.ShouldBeEmpty("these endpoints answer an anonymous visitor; require an account or add them to the list of what anyone may use");
    }

    [Fact]
    public void AnonymousList_NamesOnlyEndpointsThatExist()
    {
        var mapped = AppEndpoints.Of(factory).Select(e => e.ToString()).ToHashSet();

        Anonymous.Where(a => !mapped.Contains(a)).ShouldBeEmpty();
    }

    private static bool IsAnonymous(AppEndpoint endpoint) =>
        Anonymous.Contains(endpoint.ToString())
        || AnonymousPrefixes.Any(p => endpoint.Pattern.StartsWith(p, StringComparison.Ordinal))
        || endpoint.IsStaticFile();
}
