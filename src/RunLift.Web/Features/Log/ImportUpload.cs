using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using RunLift.Formats;

namespace RunLift.Web.Features.Log;

/// <summary>
/// A file uploaded for import, spooled to a temporary file as it arrives (an archive may be a gigabyte: it is never
/// held in memory) and deleted when disposed. Archives must be seekable to be read, which a request body is not.
/// </summary>
internal sealed class ImportUpload(string name, FileStream content) : IAsyncDisposable
{
    private const int ChunkBytes = 81_920;

    /// <summary>The file's name as uploaded, without folders (in errors and the import list).</summary>
    public string Name { get; } = Clip(Path.GetFileName(name));

    /// <summary>The content, at its start.</summary>
    public FileStream Content { get; } = content;

    /// <summary>
    /// The request body, or its first file part when it is a form: null with <c>TooLarge</c> when it is larger than
    /// <paramref name="maxBytes"/>, null alone when a form has no file.
    /// </summary>
    /// <exception cref="InputException">a malformed form.</exception>
    public static async Task<(ImportUpload? Upload, bool TooLarge)> ReceiveAsync(
        HttpRequest request, bool isMultipart, string? fileName, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, true);
        }

        try
        {
            if (!isMultipart)
            {
                var upload = await SpoolAsync(string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName.Trim(), request.Body, maxBytes, null, cancellation);
                return (upload, upload is null);
            }

            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
            if (string.IsNullOrWhiteSpace(boundary))
            {
                throw new InvalidDataException("it has no boundary");
            }

            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes };
            while (await reader.ReadNextSectionAsync(cancellation) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var upload = await SpoolAsync(string.IsNullOrWhiteSpace(name) ? disposition.Name.Value ?? "upload" : name, section.Body, maxBytes, null, cancellation);
                    return (upload, upload is null);
                }
            }

            return (null, false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true);
        }
        catch (Exception e) when (isMultipart && e is InvalidDataException or IOException or FormatException)
        {
            throw new InputException("form", 0, 0, "is not valid multipart/form-data: " + e.Message, e);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> to a new temporary file, telling <paramref name="progress"/> the bytes so far;
    /// null (and nothing left on disk) when it is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<ImportUpload?> SpoolAsync(string name, Stream source, long maxBytes, IProgress<long>? progress, CancellationToken cancellation)
    {
        var path = Path.Combine(Path.GetTempPath(), $"runlift-upload-{Guid.NewGuid():N}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var chunk = new byte[ChunkBytes];
            int read;
            while ((read = await source.ReadAsync(chunk, cancellation)) > 0)
            {
                if (file.Length + read > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                await file.WriteAsync(chunk.AsMemory(0, read), cancellation);
                progress?.Report(file.Length);
            }

            file.Position = 0;
            return new ImportUpload(name, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    private static string Clip(string name) => name.Length > 260 ? name[..260] : name;
}
