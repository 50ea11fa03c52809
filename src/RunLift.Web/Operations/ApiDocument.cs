using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RunLift.Web.Features.Accounts;

namespace RunLift.Web.Operations;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, complete enough to generate a client from and clean under
/// Redocly's recommended rules (<c>redocly.yaml</c>). The endpoints' own metadata (names, summaries, tags, Produces)
/// describes each operation; here the document gets what no single endpoint knows: what the API is, what each group
/// is for (<see cref="ApiTags"/>), who may call each operation (<see cref="ApiSecurity"/>) and the 429 any request
/// may get (<see cref="RateLimits"/>).
/// </summary>
internal static class ApiDocument
{
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.DescribeSecurity();
            options.DescribeRateLimits();
            options.AddDocumentTransformer(DescribeApi);
        });

    /// <summary>
    /// A response with a ProblemDetails body, for an answer that middleware gives (401, 429) or that a handler's return
    /// type does not declare; the body refers to the document's shared <c>ProblemDetails</c> schema, as ProducesProblem's do.
    /// </summary>
    public static async Task<OpenApiResponse> ProblemResponseAsync(OpenApiOperationTransformerContext context, string description, CancellationToken cancellation)
    {
        var document = context.Document ?? throw new InvalidOperationException("An operation transformer runs within a document.");
        if (document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) != true)
        {
            document.AddComponent(nameof(ProblemDetails), await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellation));
        }

        return new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), document) },
            },
        };
    }

    private static Task DescribeApi(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        document.Info.Title = "RunLift API";
        document.Info.Description =
            "RunLift over HTTP: the audit, the planner and the exercise catalog, open to anyone, and for an athlete with an " +
            "account their profile, training log, saved plans, progress and coaching links. Operations that need an account " +
            "take a bearer token from `POST /api/v1/account/login` (or the sign-in cookie the pages use). Errors are " +
            "ProblemDetails (RFC 9457); every client is rate-limited (429 with Retry-After).";

        // The server is the address the document was read from, as the client sent it (through known proxies: the
        // forwarded headers). The framework writes it with a trailing slash, which every path (each starts with /)
        // would double.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description = ApiTags.DescriptionOf(tag.Name);
        }

        // Responses in status order, whichever metadata or transformer declared them.
        var operations = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []);
        foreach (var responses in operations.Select(operation => operation.Responses).OfType<OpenApiResponses>())
        {
            var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (status, response) in ordered)
            {
                responses.Add(status, response);
            }
        }

        return Task.CompletedTask;
    }
}
