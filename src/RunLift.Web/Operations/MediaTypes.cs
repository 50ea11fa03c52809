using Microsoft.Net.Http.Headers;

namespace RunLift.Web.Operations;

/// <summary>What a request body says it is, for the endpoints that take documents and uploads.</summary>
internal static class MediaTypes
{
    /// <summary>A form of uploaded files.</summary>
    public const string Multipart = "multipart/form-data";

    /// <summary>The request's media type in lower case, without its parameters; null when missing or malformed.</summary>
    public static string? Of(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
}
