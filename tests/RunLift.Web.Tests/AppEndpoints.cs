using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RunLift.Web.Tests;

/// <summary>An endpoint or page the app maps: the method and the route pattern (<c>/api/v1/sessions/{id:long}</c>).</summary>
public readonly partial record struct AppEndpoint(string Method, string Pattern)
{
    /// <summary>Whether it is an API endpoint (data) rather than a page.</summary>
    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>The pattern with each route parameter given <paramref name="value"/>'s answer for its name and constraint.</summary>
    public string With(Func<string, string, string> value) =>
        Parameter().Replace(Pattern, m => value(m.Groups[1].Value, m.Groups[2].Value));

    public override string ToString() => $"{Method} {Pattern}";

    [GeneratedRegex(@"\{\*{0,2}(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

/// <summary>Every endpoint and page the app maps, found by asking the app itself.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<AppEndpoint> Of(WebFactory factory)
    {
        _ = factory.Server;
        return [.. factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                // A page answers GET and its forms' POST; health checks map every method.
                var methods = e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                    ? ["GET"]
                    : e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Where(m => m is not "HEAD" and not "OPTIONS").Select(m => new AppEndpoint(m, pattern));
            })
            .Distinct()];
    }

    /// <summary>The site's own files (wwwroot: styles, icon) and the fallback that serves them.</summary>
    public static bool IsStaticFile(this AppEndpoint endpoint) =>
        endpoint.Pattern == "/{**path:file}"
        || (!endpoint.Pattern.Contains('{', StringComparison.Ordinal) && endpoint.Pattern[(endpoint.Pattern.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal));
}
