using RunLift.Formats;

namespace RunLift.Web.Operations;

/// <summary>Reading a multipart upload whose body has already been read into memory (within the upload limit).</summary>
internal static class BufferedForms
{
    /// <summary>
    /// The form in <paramref name="body"/>; a malformed one is the client's mistake, reported as an
    /// <see cref="InputException"/> that names the form.
    /// </summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, MemoryStream body, CancellationToken cancellation)
    {
        request.Body = body;
        try
        {
            return await request.ReadFormAsync(cancellation);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The body is already in memory, so an IOException here is a form that ends early, not a lost connection.
            throw new InputException("form", 0, 0, "is not valid multipart/form-data: " + e.Message, e);
        }
    }
}
