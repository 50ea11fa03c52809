using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunLift.Data.Log;
using RunLift.Formats;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>A past import.</summary>
internal sealed record ImportView(
    long Id, string FileName, string Format, DateTime ImportedAt, int SessionsAdded, int SetsAdded, int RunsAdded, int Skipped, int CrossTrainingAdded);

/// <summary>
/// <c>/api/v1/imports</c>: exports (Hevy, Strong, FitNotes), device files (FIT, GPX, TCX), routine logs and zips of
/// them (a Garmin Connect export) into the training log, idempotently and atomically (<see cref="LogImport"/>).
/// Uploads are spooled to a temporary file as they arrive, deleted when the import is done.
/// </summary>
internal static class ImportsApi
{
    private static readonly string[] DocumentTypes =
    [
        "text/csv", "application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain",
        "application/gpx+xml", "application/vnd.garmin.tcx+xml", "application/vnd.ant.fit",
    ];

    /// <summary>Bodies that may be archives: up to <see cref="UploadSettings.MaxArchiveBytes"/>.</summary>
    private static readonly string[] ArchiveTypes = ["application/zip", "application/x-zip-compressed", "application/octet-stream"];

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapPost("", Import)
            .RequireRateLimiting(RateLimits.Uploads)
            .WithName("CreateImport")
            .WithSummary("Import an export, a device file, a routine log or a zip of them (a Garmin Connect export) into my log")
            .WithDescription(
                "The body is the file itself, or multipart/form-data with the file as its first file part. Hevy, Strong " +
                "and FitNotes CSV exports, FIT, GPX and TCX files, dated routine logs (YAML/JSON) and zips of them are " +
                "recognised by their content. With `preview=true` nothing is written: the answer says what would be added " +
                "and what is already in the log. Importing the same file again adds nothing; an export that overlaps " +
                "earlier imports adds only the new workouts; a file with a mistake adds nothing and the 400 says " +
                "FILE:LINE:COLUMN. In a zip, files that cannot be imported are skipped and `archive` says which and why; " +
                "a zip over the limits (a zip bomb) adds nothing. Archives may be up to Uploads:MaxArchiveBytes, other " +
                "files up to Uploads:MaxBytes.")
            .Accepts<string>(DocumentTypes[0], [.. DocumentTypes.Skip(1), .. ArchiveTypes, MediaTypes.Multipart])
            .Produces<ImportResultView>(StatusCodes.Status200OK)
            .Produces<ImportResultView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("", List).WithName("ListImports").WithSummary("List my imports, newest first");
        group.MapGet("/{id:long}", Get).WithName("GetImport").WithSummary("Get one of my imports");
        return api;
    }

    /// <param name="http">The request, whose body is the file.</param>
    /// <param name="preview">Say what would be added without writing anything.</param>
    /// <param name="fileName">The file's name for a raw body (in errors and the import list).</param>
    /// <param name="imports">Imports into the athlete's log.</param>
    /// <param name="uploads">The upload limits.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<ImportResultView>, Created<ImportResultView>, ProblemHttpResult>> Import(
        HttpContext http, bool? preview, string? fileName, ImportOperations imports, IOptions<UploadSettings> uploads, CancellationToken cancellation)
    {
        var request = http.Request;
        var mediaType = MediaTypes.Of(request);
        var isMultipart = mediaType == MediaTypes.Multipart;
        if (!isMultipart && (mediaType is null || !(DocumentTypes.Contains(mediaType) || ArchiveTypes.Contains(mediaType))))
        {
            return Problems.UnsupportedMediaType(request.ContentType, [.. DocumentTypes, .. ArchiveTypes, MediaTypes.Multipart]);
        }

        // A body that says it is a document is held to the document limit from the start; anything else may be an archive.
        var limits = uploads.Value;
        var maxBytes = isMultipart || ArchiveTypes.Contains(mediaType) ? Math.Max(limits.MaxBytes, limits.MaxArchiveBytes) : limits.MaxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBytes;
        }

        ImportUpload? upload;
        try
        {
            (upload, var tooLarge) = await ImportUpload.ReceiveAsync(request, isMultipart, fileName, maxBytes, cancellation);
            if (tooLarge)
            {
                return UploadLimit.TooLarge(maxBytes);
            }
        }
        catch (InputException e)
        {
            return Problems.BadInput(e);
        }

        if (upload is null)
        {
            return Problems.BadRequest("The form has no file: send the export as a file part.");
        }

        await using (upload)
        {
            if (upload.Content.Length > limits.MaxBytes && TrainingFiles.FormatOf(upload.Content) != TrainingFileFormat.Zip)
            {
                return UploadLimit.TooLarge(limits.MaxBytes);
            }

            upload.Content.Position = 0;
            var outcome = await imports.ImportAsync(http.User.AccountId(), new ImportFile(upload.Name, upload.Content), preview == true, null, cancellation);
            return outcome switch
            {
                { Error: { } error } => Problems.BadInput(error),
                { Conflict: true } => TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Import conflict",
                    detail: "Another import of the same workouts finished first; nothing was added. Try again to see what is new."),
                { Results: [{ Id: { } id } result] } => TypedResults.Created($"/api/v1/imports/{id}", ImportResultView.From(result)),
                _ => TypedResults.Ok(ImportResultView.From(outcome.Results[0])),
            };
        }
    }

    private static async Task<Ok<List<ImportView>>> List(HttpContext http, ImportOperations imports, CancellationToken cancellation) =>
        TypedResults.Ok(await imports.ListAsync(http.User.AccountId(), cancellation));

    private static async Task<Results<Ok<ImportView>, NotFound>> Get(HttpContext http, ImportOperations imports, long id, CancellationToken cancellation) =>
        await imports.FindAsync(http.User.AccountId(), id, cancellation) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
