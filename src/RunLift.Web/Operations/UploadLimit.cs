using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Operations;

/// <summary>
/// The largest request body the API reads (<c>Uploads:MaxBytes</c>, 20 MB by default), and the largest archive an
/// import takes (<c>Uploads:MaxArchiveBytes</c>, 1 GB by default: a Garmin Connect export), which is spooled to a
/// temporary file, never held in memory.
/// </summary>
internal sealed class UploadSettings
{
    [System.ComponentModel.DataAnnotations.Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    [System.ComponentModel.DataAnnotations.Range(1, long.MaxValue)]
    public long MaxArchiveBytes { get; set; } = 1024L * 1024 * 1024;
}

internal static class UploadLimit
{
    public static IServiceCollection AddUploadLimit(this IServiceCollection services)
    {
        services.AddOptions<UploadSettings>().BindConfiguration("Uploads").ValidateDataAnnotations().ValidateOnStart();

        // Kestrel stops reading at the same limit, so an oversized body is never read in full.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadSettings>>((kestrel, uploads) =>
            kestrel.Limits.MaxRequestBodySize = uploads.Value.MaxBytes);
        return services;
    }

    /// <summary>
    /// Reads the whole body into memory, or returns null when it is larger than <paramref name="maxBytes"/>
    /// (by its Content-Length, by what arrives, or because the server refused it).
    /// </summary>
    public static async Task<MemoryStream?> BufferAsync(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync();
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }

    public static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The upload is too large",
        detail: $"The request body is larger than the limit of {maxBytes:N0} bytes.");
}
