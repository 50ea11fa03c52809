namespace RunLift.Web.Operations;

/// <summary>Which requests are for programs (the API, health, the OpenAPI document) and which for people (pages).</summary>
internal static class Paths
{
    private static readonly PathString[] MachinePrefixes = ["/api", "/health", "/openapi"];

    // Static files and Blazor's own endpoints: a missing one is a 404 with no page around it.
    private static readonly PathString[] AssetPrefixes = ["/_framework", "/_content", "/_blazor"];

    /// <summary>True for the API, health checks and the OpenAPI document: data, never pages.</summary>
    public static bool IsForPrograms(PathString path) => MachinePrefixes.Any(path.StartsWithSegments);

    /// <summary>True for what a person navigates to: anything that is neither for programs nor an asset.</summary>
    public static bool IsPage(PathString path) =>
        !IsForPrograms(path) && !AssetPrefixes.Any(path.StartsWithSegments) && !path.StartsWithSegments("/scalar");
}
