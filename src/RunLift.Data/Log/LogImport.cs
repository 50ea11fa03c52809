using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Auditing;
using RunLift.Formats;
using RunLift.Formats.Zip;
using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>
/// Imports files into an athlete's training log: Hevy, Strong and FitNotes exports, device files (FIT, GPX, TCX),
/// dated routine logs, and zips of them (a Garmin Connect bulk export). The web app and <c>runlift import</c> share it.
/// </summary>
/// <remarks>
/// <para>
/// <b>Idempotent.</b> A file whose bytes were imported before adds nothing (its SHA-256 is kept per athlete), and every
/// session and run has an import key (source, start to the minute, name or kind) unique per athlete, so an export that
/// overlaps earlier ones, or a file imported again inside an archive, adds only what is not in the log yet.
/// </para>
/// <para>
/// <b>Atomic.</b> All the files of one call are imported in one transaction: a file that cannot be read, an archive over
/// a limit that stops it, a database error or a cancellation adds nothing of any of them. Inside an archive, a file
/// that cannot be read is skipped with its reason (<see cref="ArchiveSummary"/>) and the others are imported.
/// </para>
/// <para>
/// <b>In bulk.</b> The athlete's keys are read once; rows are added in batches of about <see cref="BatchRows"/>, each
/// saved in one round of commands and then let go, so memory does not grow with the archive; the weekly audit
/// snapshots of every week touched are recomputed once, at the end, in the same transaction.
/// </para>
/// </remarks>
public static class LogImport
{
    /// <summary>Rows (sessions, sets, runs) added before they are saved and let go.</summary>
    public const int BatchRows = 1_000;

    /// <summary>
    /// Imports <paramref name="files"/> into the log of <paramref name="accountId"/> in one transaction, or with
    /// <see cref="ImportOptions.Preview"/> only says what it would do. Each file's content is read from where it is.
    /// </summary>
    public static async Task<ImportOutcome> ImportAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, IReadOnlyList<ImportFile> files, ImportOptions options,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        // Device files keep UTC: their runs are dated and timed on the app's clock, as the log page's "today" is.
        using var budget = new ReadBudget(options.Reading, time, cancellation);
        var read = new ReadOptions { TimeZone = time.LocalTimeZone, Budget = budget, Archives = options.Limits };
        var run = new ImportRun(db, catalog, accountId, options, read, time.GetUtcNow().UtcDateTime, cancellation);
        var transaction = options.Preview ? null : await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            await run.LoadKeysAsync();
            var results = new List<ImportResult>(files.Count);
            foreach (var file in files)
            {
                results.Add(await run.ImportAsync(file));
            }

            if (transaction is not null)
            {
                await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, run.Touched, cancellation);
                await transaction.CommitAsync(cancellation);
            }

            return new ImportOutcome(results);
        }
        catch (InputException e)
        {
            db.ChangeTracker.Clear();
            return new ImportOutcome([], e);
        }
        catch (DbUpdateException)
        {
            // The unique keys caught an import of the same file or workouts that ran at the same moment: nothing of
            // this one was kept.
            db.ChangeTracker.Clear();
            return new ImportOutcome([], Conflict: true);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>One file, for the API and the Log page: <see cref="ImportAsync(AppDbContext, ExerciseCatalog, TimeProvider, string, IReadOnlyList{ImportFile}, ImportOptions, CancellationToken)"/>.</summary>
    public static Task<ImportOutcome> ImportAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, ImportFile file, ImportOptions options, CancellationToken cancellation) =>
        ImportAsync(db, catalog, time, accountId, [file], options, cancellation);

    /// <summary>The file's kind as the readers recognise it from its content, and the source of its sessions and keys.</summary>
    public static (string Format, LogSource Source) FormatOf(Stream content) => Describe(TrainingFiles.FormatOf(content));

    internal static (string Format, LogSource Source) Describe(TrainingFileFormat? format) => format switch
    {
        TrainingFileFormat.Hevy => ("hevy", LogSource.Hevy),
        TrainingFileFormat.Strong => ("strong", LogSource.Strong),
        TrainingFileFormat.Fit => ("fit", LogSource.Device),
        TrainingFileFormat.Gpx => ("gpx", LogSource.Device),
        TrainingFileFormat.Tcx => ("tcx", LogSource.Device),
        TrainingFileFormat.FitNotes => ("fitnotes", LogSource.FitNotes),
        TrainingFileFormat.Zip => ("zip", LogSource.Document),
        _ => ("document", LogSource.Document),
    };

    /// <summary>Why a document has nothing for the log, or null when it has.</summary>
    internal static string? NothingToImport(TrainingDocument document) =>
        document.Sessions.Count > 0 && !document.IsDated ? "is a weekly routine, not a log: only sessions on dates can be imported into the log"
        : document.Sessions.Count == 0 && !document.Runs.Any(r => r.Date is not null) ? "has no dated sessions or runs to import"
        : null;

    /// <summary>The state of one call: the athlete's keys, the weeks touched, the database.</summary>
    private sealed class ImportRun(
        AppDbContext db, ExerciseCatalog catalog, string accountId, ImportOptions options, ReadOptions read, DateTime now, CancellationToken cancellation)
    {
        private readonly AppDbContext db = db;
        private readonly ExerciseCatalog catalog = catalog;
        private readonly string accountId = accountId;
        private readonly ImportOptions options = options;
        private readonly ReadOptions read = read;
        private readonly DateTime now = now;
        private readonly CancellationToken cancellation = cancellation;
        private HashSet<string> sessionKeys = [];
        private HashSet<string> runKeys = [];

        public HashSet<DateOnly> Touched { get; } = [];

        public async Task LoadKeysAsync()
        {
            sessionKeys = (await db.Sessions.Where(s => s.AccountId == accountId && s.ImportKey != null).Select(s => s.ImportKey!).ToListAsync(cancellation))
                .ToHashSet(StringComparer.Ordinal);
            runKeys = (await db.Runs.Where(r => r.AccountId == accountId && r.ImportKey != null).Select(r => r.ImportKey!).ToListAsync(cancellation))
                .ToHashSet(StringComparer.Ordinal);
        }

        public async Task<ImportResult> ImportAsync(ImportFile file)
        {
            var content = file.Content;
            var start = content.Position;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellation));
            content.Position = start;
            var format = TrainingFiles.FormatOf(content);
            content.Position = start;
            var alreadyImported = await db.Imports.AnyAsync(i => i.AccountId == accountId && i.ContentSha256 == hash, cancellation);
            var writer = new FileWriter(this, file.Name, Describe(format).Format, hash, alreadyImported);

            if (format != TrainingFileFormat.Zip)
            {
                var document = TrainingFiles.Read(file.Name, content, read);
                if (NothingToImport(document) is { } problem)
                {
                    throw new InputException(file.Name, problem);
                }

                options.Progress?.Report(new ImportProgress(file.Name, 1, 1, content.Length - start));
                await writer.StartAsync();
                await writer.AddAsync(document, Describe(format).Source);
                return await writer.FinishAsync(null);
            }

            // The same archive again adds nothing, and is not read again.
            if (alreadyImported)
            {
                return await writer.FinishAsync(null);
            }

            await writer.StartAsync();
            var summary = new SummaryBuilder();
            foreach (var entry in TrainingArchive.Read(file.Name, content, options.Limits, read, options.Progress, read.Budget!.Cancellation))
            {
                if (entry.Document is not { } document)
                {
                    summary.Skip(entry.Name, entry.Skipped!.Value, entry.Detail ?? "");
                }
                else if (NothingToImport(document) is { } problem)
                {
                    summary.Skip(entry.Name, SkipReason.NothingToImport, problem);
                }
                else
                {
                    summary.Imported();
                    await writer.AddAsync(document, Describe(entry.Format).Source);
                }
            }

            return await writer.FinishAsync(summary.Build());
        }

        /// <summary>One file's rows: counted, listed, and (unless previewing or already imported) added in batches.</summary>
        private sealed class FileWriter(ImportRun run, string name, string format, string hash, bool alreadyImported)
        {
            private readonly List<ImportedSession> sessions = [];
            private readonly List<ImportedRun> runs = [];
            private readonly SortedSet<string> unresolved = new(StringComparer.Ordinal);
            private Import? import;
            private int sessionsAdded;
            private int setsAdded;
            private int runsAdded;
            private int skipped;
            private int pending;

            private bool Writes => !run.options.Preview && !alreadyImported;

            /// <summary>Records the import first: its rows point to it.</summary>
            public async Task StartAsync()
            {
                if (!Writes)
                {
                    return;
                }

                import = new Import
                {
                    AccountId = run.accountId,
                    FileName = name,
                    Format = format,
                    ContentSha256 = hash,
                    ImportedAt = run.now,
                };
                run.db.Imports.Add(import);
                await run.db.SaveChangesAsync(run.cancellation);
            }

            public async Task AddAsync(TrainingDocument document, LogSource source)
            {
                var (newSessions, newRuns) = TrainingLog.ToRows(document, run.accountId, source, run.catalog);
                foreach (var session in newSessions)
                {
                    unresolved.UnionWith(session.Sets.Where(s => s.ExerciseId is null).Select(s => s.ExerciseName));
                    var isNew = !alreadyImported && run.sessionKeys.Add(session.ImportKey!);
                    sessions.Add(new ImportedSession(session.Date, session.Name, session.Sets.Count, isNew));
                    if (!isNew)
                    {
                        skipped++;
                        continue;
                    }

                    sessionsAdded++;
                    setsAdded += session.Sets.Count;
                    run.Touched.Add(session.Date);
                    if (import is not null)
                    {
                        session.ImportId = import.Id;
                        run.db.Sessions.Add(session);
                        pending += 1 + session.Sets.Count;
                    }
                }

                foreach (var loggedRun in newRuns)
                {
                    var isNew = !alreadyImported && run.runKeys.Add(loggedRun.ImportKey!);
                    runs.Add(new ImportedRun(loggedRun.Date, loggedRun.Kind, loggedRun.DurationSeconds, isNew));
                    if (!isNew)
                    {
                        skipped++;
                        continue;
                    }

                    runsAdded++;
                    run.Touched.Add(loggedRun.Date);
                    if (import is not null)
                    {
                        loggedRun.ImportId = import.Id;
                        run.db.Runs.Add(loggedRun);
                        pending++;
                    }
                }

                if (pending >= BatchRows)
                {
                    await FlushAsync();
                }
            }

            public async Task<ImportResult> FinishAsync(ArchiveSummary? archive)
            {
                if (import is not null)
                {
                    await FlushAsync();
                    var id = import.Id;
                    (int Sessions, int Sets, int Runs, int Skipped) counts = (sessionsAdded, setsAdded, runsAdded, skipped);
                    await run.db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(
                        update => update
                            .SetProperty(i => i.SessionsAdded, counts.Sessions)
                            .SetProperty(i => i.SetsAdded, counts.Sets)
                            .SetProperty(i => i.RunsAdded, counts.Runs)
                            .SetProperty(i => i.Skipped, counts.Skipped),
                        run.cancellation);
                }

                return new ImportResult(
                    import?.Id, name, format, run.options.Preview, alreadyImported, sessionsAdded, setsAdded, runsAdded, skipped,
                    [.. unresolved], sessions, runs, archive);
            }

            /// <summary>Saves what was added and lets go of it, so that the context does not grow with the file.</summary>
            private async Task FlushAsync()
            {
                await run.db.SaveChangesAsync(run.cancellation);
                run.db.ChangeTracker.Clear();
                pending = 0;
            }
        }
    }

    /// <summary>What became of an archive's files.</summary>
    private sealed class SummaryBuilder
    {
        private readonly Dictionary<SkipReason, (int Count, List<SkippedFile> Files)> skips = [];
        private int imported;
        private int skipped;

        public void Imported() => imported++;

        public void Skip(string name, SkipReason reason, string detail)
        {
            skipped++;
            var (count, files) = skips.TryGetValue(reason, out var group) ? group : (0, []);
            if (files.Count < SkippedFiles.Shown)
            {
                files.Add(new SkippedFile(name, detail));
            }

            skips[reason] = (count + 1, files);
        }

        public ArchiveSummary Build() => new(
            imported + skipped,
            imported,
            skipped,
            [.. skips.OrderBy(s => s.Key).Select(s => new SkippedFiles(s.Key, Describe(s.Key), s.Value.Count, s.Value.Files))]);

        private static string Describe(SkipReason reason) => reason switch
        {
            SkipReason.NotTrainingFile => "not training files",
            SkipReason.Unreadable => "could not be read",
            SkipReason.OverLimit => "over a limit",
            SkipReason.Encrypted => "encrypted",
            SkipReason.NotAnActivity => "device files that are not activities (workouts, courses, settings)",
            _ => "no dated sessions or runs",
        };
    }
}
