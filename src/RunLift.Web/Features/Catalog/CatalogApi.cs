using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Catalog;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Catalog;

/// <summary><c>GET /api/v1/catalog?q=</c>: the exercise catalog, as <c>runlift catalog --format json</c> prints it.</summary>
internal static class CatalogApi
{
    // As many as the CLI shows for a search.
    private const int SearchLimit = 25;

    public static RouteGroupBuilder MapCatalog(this RouteGroupBuilder api)
    {
        api.MapGet("/catalog", List)
            .WithTags(ApiTags.Catalog)
            .WithName("Catalog")
            .WithSummary("List or search the exercise catalog");
        return api;
    }

    /// <param name="q">Words to search for (names, aliases, misspellings); everything when absent.</param>
    /// <param name="catalog">The exercise catalog.</param>
    private static Ok<IReadOnlyList<Exercise>> List(string? q, ExerciseCatalog catalog) =>
        TypedResults.Ok(string.IsNullOrWhiteSpace(q) ? catalog.Exercises : catalog.Search(q, SearchLimit));
}
