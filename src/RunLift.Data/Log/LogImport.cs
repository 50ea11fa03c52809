using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Auditing;
using RunLift.Formats;
using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>A session of an import: <c>new</c> ones are (or would be) added, the others are in the log already.</summary>
public sealed record ImportedSession(DateOnly Date, string Name, int Sets, bool New);

/// <summary>A run of an import.</summary>
public sealed record ImportedRun(DateOnly Date, RunKind Kind, int DurationSeconds, bool New);

/// <summary>What an import added (or, for a preview, would add) and what it skipped.</summary>
public sealed record ImportResult(
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

/// <summary>What an import did: a result, a file that could not be read, or a conflict with a concurrent import.</summary>
public sealed record ImportOutcome(ImportResult? Result, InputException? Error = null, bool Conflict = false);

/// <summary>
/// Imports exports and logs into an athlete's training log, idempotently (the same file again adds nothing; an
/// overlapping export adds only the workouts not yet in the log) and atomically (a file that cannot be read, or
/// any error while writing, adds nothing). The web app and <c>runlift import</c> share it.
/// </summary>
public static class LogImport
{

    /// <summary>
    /// Imports <paramref name="content"/> (named <paramref name="name"/>; seekable, read from where it is) into the log of <paramref name="accountId"/> in
    /// one transaction, or with <paramref name="preview"/> only says what it would do. Used by the API and the Log page.
    /// </summary>
    public static async Task<ImportOutcome> ImportAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string name, Stream content, bool preview,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        TrainingDocument document;
        try
        {
            document = TrainingFiles.Read(name, content);
        }
        catch (InputException e)
        {
            return new ImportOutcome(null, e);
        }

        if (document.Sessions.Count > 0 && !document.IsDated)
        {
            return new ImportOutcome(null, new InputException(name, "is a weekly routine, not a log: only sessions on dates can be imported into the log"));
        }

        if (document.Sessions.Count == 0 && !document.Runs.Any(r => r.Date is not null))
        {
            return new ImportOutcome(null, new InputException(name, "has no dated sessions or runs to import"));
        }

        content.Position = start;
        var (format, source) = FormatOf(content);
        content.Position = start;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellation));
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
            return new ImportOutcome(Result(null, preview));
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
            return new ImportOutcome(null, Conflict: true);
        }

        return new ImportOutcome(Result(import.Id, false));
    }

    /// <summary>The export's kind from its header, as the readers recognise it: the source of its sessions and keys.</summary>
    public static (string Format, LogSource Source) FormatOf(Stream content) =>
        TrainingFiles.FormatOf(content) switch
        {
            TrainingFileFormat.Hevy => ("hevy", LogSource.Hevy),
            TrainingFileFormat.Strong => ("strong", LogSource.Strong),
            _ => ("document", LogSource.Document),
        };
}
