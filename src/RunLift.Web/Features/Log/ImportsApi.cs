using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Formats;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>A past import.</summary>
internal sealed record ImportView(
    long Id, string FileName, string Format, DateTime ImportedAt, int SessionsAdded, int SetsAdded, int RunsAdded, int Skipped);

/// <summary>
/// <c>/api/v1/imports</c>: Hevy and Strong exports and routine logs into the training log, idempotently (the same
/// file again adds nothing; an overlapping export adds only the workouts not yet in the log) and atomically (a file
/// that cannot be read, or any error while writing, adds nothing).
/// </summary>
internal static class ImportsApi
{
    private static readonly string[] DocumentTypes =
        ["text/csv", "application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain", "application/octet-stream"];

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").RequireAuthorization().WithTags("Log");
        group.MapPost("", Import)
            .WithName("CreateImport")
            .WithSummary("Import a Hevy or Strong export, or a routine log, into my log")
            .WithDescription(
                "The body is the file itself, or multipart/form-data with the file as its first file part. With " +
                "`preview=true` nothing is written: the answer says what would be added and what is already in the log. " +
                "Importing the same file again adds nothing; an export that overlaps earlier imports adds only the new " +
                "workouts; a file with a mistake adds nothing and the 400 says FILE:LINE:COLUMN.")
            .Accepts<string>(DocumentTypes[0], [.. DocumentTypes.Skip(1), MediaTypes.Multipart])
            .Produces<ImportResult>(StatusCodes.Status200OK)
            .Produces<ImportResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("", List).WithName("ListImports").WithSummary("My imports, newest first");
        group.MapGet("/{id:long}", Get).WithName("GetImport").WithSummary("One of my imports");
        return api;
    }

    /// <param name="http">The request, whose body is the file.</param>
    /// <param name="preview">Say what would be added without writing anything.</param>
    /// <param name="fileName">The file's name for a raw body (in errors and the import list).</param>
    /// <param name="db">The database.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="time">The clock.</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<ImportResult>, Created<ImportResult>, ProblemHttpResult>> Import(
        HttpContext http, bool? preview, string? fileName, AppDbContext db, ExerciseCatalog catalog, TimeProvider time,
        IOptions<UploadSettings> uploads, CancellationToken cancellation)
    {
        var request = http.Request;
        var mediaType = MediaTypes.Of(request);
        var isMultipart = mediaType == MediaTypes.Multipart;
        if (!isMultipart && (mediaType is null || !DocumentTypes.Contains(mediaType)))
        {
            return Problems.UnsupportedMediaType(request.ContentType, [.. DocumentTypes, MediaTypes.Multipart]);
        }

        var maxBytes = uploads.Value.MaxBytes;
        await using var body = await UploadLimit.BufferAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return UploadLimit.TooLarge(maxBytes);
        }

        byte[] content;
        string name;
        try
        {
            if (isMultipart)
            {
                var file = await ReadFileAsync(request, body, cancellation);
                if (file is null)
                {
                    return Problems.BadRequest("The form has no file: send the export as a file part.");
                }

                (name, content) = file.Value;
            }
            else
            {
                (name, content) = (string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName.Trim(), body.ToArray());
            }
        }
        catch (InputException e)
        {
            return Problems.BadInput(e);
        }

        name = Path.GetFileName(name);
        if (name.Length > 260)
        {
            name = name[..260];
        }

        using var stream = new MemoryStream(content, writable: false);
        var outcome = await LogImport.ImportAsync(
            db, catalog, time, http.User.AccountId(), new ImportFile(name, stream), new ImportOptions { Preview = preview == true }, cancellation);
        return outcome switch
        {
            { Error: { } error } => Problems.BadInput(error),
            { Conflict: true } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Import conflict",
                detail: "Another import of the same workouts finished first; nothing was added. Try again to see what is new."),
            { Results: [{ Id: { } id } result] } => TypedResults.Created($"/api/v1/imports/{id}", result),
            _ => TypedResults.Ok(outcome.Results[0]),
        };
    }

    private static async Task<Ok<List<ImportView>>> List(HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        var imports = await db.Imports.AsNoTracking().Where(i => i.AccountId == accountId)
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Select(i => new ImportView(i.Id, i.FileName, i.Format, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped))
            .ToListAsync(cancellation);
        return TypedResults.Ok(imports);
    }

    private static async Task<Results<Ok<ImportView>, NotFound>> Get(HttpContext http, AppDbContext db, long id, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        var view = await db.Imports.AsNoTracking().Where(i => i.Id == id && i.AccountId == accountId)
            .Select(i => new ImportView(i.Id, i.FileName, i.Format, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped))
            .FirstOrDefaultAsync(cancellation);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<(string Name, byte[] Content)?> ReadFileAsync(HttpRequest request, MemoryStream body, CancellationToken cancellation)
    {
        var form = await BufferedForms.ReadAsync(request, body, cancellation);

        if (form.Files.Count == 0)
        {
            return null;
        }

        var file = form.Files[0];
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellation);
        return (string.IsNullOrWhiteSpace(file.FileName) ? file.Name : file.FileName, copy.ToArray());
    }
}
