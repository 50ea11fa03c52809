using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>412: the resource changed since the client read it.</summary>
    public static ProblemHttpResult Changed(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Changed since you read it",
        detail: $"The {what} changed (on another device or tab) since the version your If-Match names: nothing was changed. " +
            "Read it again (its ETag is the new version) and send your change with that ETag.");
}
