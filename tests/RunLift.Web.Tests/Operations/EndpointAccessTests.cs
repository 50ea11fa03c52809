using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        "POST /api/v1/audit", "POST /api/v1/plans", "GET /api/v1/catalog",
        "GET /", "GET /check", "GET /account/login", "GET /account/register", "POST /account/logout",
        "GET /error", "GET /not-found", "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json",
    ];

    private static readonly string[] AnonymousPrefixes = ["/api/v1/account/", "/scalar", "/_blazor", "/_framework", "/_content"];

    [Fact]
    public async Task EveryEndpoint_RequiresAnAccount_UnlessAnyoneMayUseIt()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var endpoints = Endpoints().Where(e => !IsAnonymous(e)).ToList();
        endpoints.ShouldNotBeEmpty();

        var open = new List<string>();
        foreach (var (method, pattern) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(pattern));
            if (method is "POST" or "PUT")
            {
                request.Content = Body("{}", "application/json");
            }

            var response = await client.SendAsync(request, Cancel);
            var refused = pattern.StartsWith("/api/", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);
            if (!refused)
            {
                open.Add($"{method} {pattern} → {(int)response.StatusCode}");
            }
        }

        open.ShouldBeEmpty("these endpoints answer an anonymous visitor; require an account or add them to the list of what anyone may use");
    }

    [Fact]
    public void AnonymousList_NamesOnlyEndpointsThatExist()
    {
        var mapped = Endpoints().Select(e => $"{e.Method} {e.Pattern}").ToHashSet();

        Anonymous.Where(a => !mapped.Contains(a)).ShouldBeEmpty();
    }

    private IEnumerable<(string Method, string Pattern)> Endpoints()
    {
        _ = factory.Server;
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                // A page answers GET and its forms' POST; reading it is what must be refused. Health checks map every method.
                var methods = e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                    ? ["GET"]
                    : e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Where(m => m is not "HEAD" and not "OPTIONS").Select(m => (m, pattern));
            })
            .Distinct();
    }

    private static bool IsAnonymous((string Method, string Pattern) endpoint) =>
        Anonymous.Contains($"{endpoint.Method} {endpoint.Pattern}")
        || AnonymousPrefixes.Any(p => endpoint.Pattern.StartsWith(p, StringComparison.Ordinal))
        || IsStaticFile(endpoint.Pattern);

    // The site's own files (wwwroot: styles, icon) and the fallback that serves them.
    private static bool IsStaticFile(string pattern) =>
        pattern == "/{**path:file}" || (!pattern.Contains('{', StringComparison.Ordinal) && pattern[(pattern.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal));

    // Route parameters get a plausible value of their kind: the check is that access is refused, not what is found.
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*{0,2}(\w+)(:[^}]*)?\??\}", m => m.Groups[2].Value.Contains("int", StringComparison.Ordinal) || m.Groups[2].Value.Contains("long", StringComparison.Ordinal) ? "1" : "x");
}
