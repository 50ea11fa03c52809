using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Formats;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>A session of an import: <c>new</c> ones are (or would be) added, the others are in the log already.</summary>
internal sealed record ImportedSession(DateOnly Date, string Name, int Sets, bool New);

/// <summary>A run of an import.</summary>
internal sealed record ImportedRun(DateOnly Date, RunKind Kind, int DurationSeconds, bool New);

/// <summary>What an import added (or, for a preview, would add) and what it skipped.</summary>
internal sealed record ImportResult(
    long? Id,
    string FileName,
    string Format,
    bool Preview,
    bool AlreadyImported,
    int SessionsAdded,
    int SetsAdded,
    int RunsAdded,
    int Skipped,
    IReadOnlyList<string> UnresolvedExercises,
    IReadOnlyList<ImportedSession> Sessions,
    IReadOnlyList<ImportedRun> Runs);

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

        var outcome = await ImportAsync(db, catalog, time, http.User.AccountId(), name, content, preview == true, cancellation);
        return outcome switch
        {
            { Error: { } error } => Problems.BadInput(error),
            { Conflict: true } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Import conflict",
                detail: "Another import of the same workouts finished first; nothing was added. Try again to see what is new."),
            { Result: { Id: { } id } result } => TypedResults.Created($"/api/v1/imports/{id}", result),
            _ => TypedResults.Ok(outcome.Result!),
        };
    }

    /// <summary>What an import did: a result, a file that could not be read, or a conflict with a concurrent import.</summary>
    internal sealed record Outcome(ImportResult? Result, InputException? Error = null, bool Conflict = false);

    /// <summary>
    /// Imports <paramref name="content"/> (named <paramref name="name"/>) into the log of <paramref name="accountId"/> in
    /// one transaction, or with <paramref name="preview"/> only says what it would do. Used by the API and the Log page.
    /// </summary>
    internal static async Task<Outcome> ImportAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string name, byte[] content, bool preview,
        CancellationToken cancellation)
    {
        TrainingDocument document;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            document = TrainingFiles.Read(name, stream);
        }
        catch (InputException e)
        {
            return new Outcome(null, e);
        }

        if (document.Sessions.Count > 0 && !document.IsDated)
        {
            return new Outcome(null, new InputException(name, "is a weekly routine, not a log: only sessions on dates can be imported into the log"));
        }

        if (document.Sessions.Count == 0 && !document.Runs.Any(r => r.Date is not null))
        {
            return new Outcome(null, new InputException(name, "has no dated sessions or runs to import"));
        }

        var (format, source) = FormatOf(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var (sessions, runs) = TrainingLog.ToRows(document, accountId, source, catalog);
        var unresolved = sessions.SelectMany(s => s.Sets).Where(s => s.ExerciseId is null)
            .Select(s => s.ExerciseName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var alreadyImported = await db.Imports.AnyAsync(i => i.AccountId == accountId && i.ContentSha256 == hash, cancellation);
        var sessionKeys = (await db.Sessions.Where(s => s.AccountId == accountId && s.ImportKey != null).Select(s => s.ImportKey!).ToListAsync(cancellation))
            .ToHashSet(StringComparer.Ordinal);
        var runKeys = (await db.Runs.Where(r => r.AccountId == accountId && r.ImportKey != null).Select(r => r.ImportKey!).ToListAsync(cancellation))
            .ToHashSet(StringComparer.Ordinal);
        var newSessions = alreadyImported ? [] : sessions.Where(s => !sessionKeys.Contains(s.ImportKey!)).ToList();
        var newRuns = alreadyImported ? [] : runs.Where(r => !runKeys.Contains(r.ImportKey!)).ToList();
        var added = newSessions.ToHashSet();
        var addedRuns = newRuns.ToHashSet();

        var import = new Import
        {
            AccountId = accountId,
            FileName = name,
            Format = format,
            ContentSha256 = hash,
            ImportedAt = time.GetUtcNow().UtcDateTime,
            SessionsAdded = newSessions.Count,
            SetsAdded = newSessions.Sum(s => s.Sets.Count),
            RunsAdded = newRuns.Count,
            Skipped = sessions.Count + runs.Count - newSessions.Count - newRuns.Count,
        };

        ImportResult Result(long? id, bool isPreview) => new(
            id, name, format, isPreview, alreadyImported, import.SessionsAdded, import.SetsAdded, import.RunsAdded, import.Skipped, unresolved,
            [.. sessions.Select(s => new ImportedSession(s.Date, s.Name, s.Sets.Count, added.Contains(s)))],
            [.. runs.Select(r => new ImportedRun(r.Date, r.Kind, r.DurationSeconds, addedRuns.Contains(r)))]);

        if (preview || alreadyImported)
        {
            return new Outcome(Result(null, preview));
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            db.Imports.Add(import);
            await db.SaveChangesAsync(cancellation);
            foreach (var session in newSessions)
            {
                session.ImportId = import.Id;
            }

            foreach (var run in newRuns)
            {
                run.ImportId = import.Id;
            }

            db.Sessions.AddRange(newSessions);
            db.Runs.AddRange(newRuns);
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(
                db, catalog, time, accountId, newSessions.Select(s => s.Date).Concat(newRuns.Select(r => r.Date)), cancellation);
            await transaction.CommitAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // The unique keys caught an import of the same file or workouts that ran at the same moment: nothing of
            // this one was kept.
            return new Outcome(null, Conflict: true);
        }

        return new Outcome(Result(import.Id, false));
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

    /// <summary>The export's kind from its header, as the readers recognise it: the source of its sessions and keys.</summary>
    internal static (string Format, LogSource Source) FormatOf(byte[] content) =>
        TrainingFiles.FormatOf(new MemoryStream(content, writable: false)) switch
        {
            TrainingFileFormat.Hevy => ("hevy", LogSource.Hevy),
            TrainingFileFormat.Strong => ("strong", LogSource.Strong),
            _ => ("document", LogSource.Document),
        };

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
