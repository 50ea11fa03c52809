using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Microsoft.Net.Http.Headers;
using RunLift.Data;

namespace RunLift.Web.Operations;

/// <summary>
/// Optimistic concurrency over HTTP: a versioned resource's GET sends its version as a strong <c>ETag</c>, and a change
/// sent with <c>If-Match</c> is made only if the resource is still at that version, else 412. Without <c>If-Match</c> a
/// change is made over whatever is there, as before.
/// </summary>
internal static class ETags
{
    /// <summary>The version If-Match names: null when there is no If-Match or it is <c>*</c>; -1 when it names none of ours (never matches).</summary>
    public static int? Expected(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return header.Count == 0 || header.ToString().Trim() == "*" ? null : -1;
        }

        // One tag is what clients send; with several, the first of ours decides (a change goes to one version).
        foreach (var tag in tags)
        {
            if (!tag.IsWeak && int.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }

        return -1;
    }

    /// <summary>Sends the version of the one row <paramref name="row"/> selects as the response's ETag.</summary>
    public static async Task SetAsync<T>(HttpContext http, IQueryable<T> row, CancellationToken cancellation)
        where T : class, IVersioned
    {
        if (await row.Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellation) is { } version)
        {
            Set(http.Response, version);
        }
    }

    /// <summary>Sends <paramref name="version"/> as the response's ETag.</summary>
    public static void Set(HttpResponse response, int version) =>
        response.Headers.ETag = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>Documents a read that sends the resource's version as its <c>ETag</c>.</summary>
    public static RouteHandlerBuilder ProducesETag(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers[HeaderNames.ETag] = new OpenApiHeader
                {
                    Description = "The version read (a quoted number): send it as If-Match with a change, so that the change is made only if nobody else's came first.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }

            return Task.CompletedTask;
        });

    /// <summary>Documents a change that honours <c>If-Match</c>: the optional header, the 412 it may give, and the new version's ETag.</summary>
    public static RouteHandlerBuilder AcceptsIfMatch(this RouteHandlerBuilder builder) =>
        builder.ProducesETag().ProducesProblem(StatusCodes.Status412PreconditionFailed).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = HeaderNames.IfMatch,
                In = ParameterLocation.Header,
                Description = "The ETag this change was made from; without it, the change is made over whatever is there.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            if (operation.Responses?.GetValueOrDefault("412") is OpenApiResponse changed)
            {
                changed.Description = "Changed since the version If-Match names (on another device or tab): nothing was changed.";
            }

            return Task.CompletedTask;
        });

    /// <summary>412: the resource changed since the client read it.</summary>
    public static ProblemHttpResult Changed(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Changed since you read it",
        detail: $"The {what} changed (on another device or tab) since the version your If-Match names: nothing was changed. " +
            "Read it again (its ETag is the new version) and send your change with that ETag.");
}
