using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Auditing;
using RunLift.Data.Names;
using RunLift.Data.Profiles;
using RunLift.English;
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
/// that cannot be read is skipped with its reason (<see cref="ArchiveSummary"/>) and the others are imported. A
/// preview, which writes nothing, reads every file it can and reports the others (<see cref="ImportOutcome.Unreadable"/>).
/// </para>
/// <para>
/// <b>Read first, then written.</b> Every file is read into rows before the transaction begins, so the database's write
/// lock (SQLite's is the whole file's) is held only while rows are inserted, in batches of <see cref="BatchRows"/> each
/// saved and let go, and the weekly audit snapshots of the weeks touched are recomputed once: other athletes' saves wait
/// for that, not for the reading. The rows read are held until written; the read budget
/// (<see cref="ImportOptions.Reading"/>) bounds them. If another import of the same file commits while this one reads,
/// it is read again and comes out "already imported".
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
        var starts = files.Select(f => f.Content.Position).ToList();

        // Device files keep UTC: their runs are dated and timed on the athlete's clock, as the log page's "today" is.
        var zone = options.TimeZone ?? await ProfileTimeZone.OfAsync(db, accountId, cancellation);
        for (var attempt = 1; ; attempt++)
        {
            using var budget = new ReadBudget(options.Reading, time, cancellation);
            var read = new ReadOptions { TimeZone = zone, Budget = budget, Archives = options.Limits, Strict = options.Strict };
            var run = new ImportRun(db, catalog, accountId, options, read, cancellation);
            var staged = new List<StagedFile>(files.Count);
            var unreadable = new List<InputException>();
            try
            {
                await run.LoadKeysAsync();
                for (var i = 0; i < files.Count; i++)
                {
                    files[i].Content.Position = starts[i];
                    try
                    {
                        staged.Add(await run.ReadAsync(files[i]));
                    }
                    catch (InputException e) when (options.Preview && e.Limit is not { PerFile: false })
                    {
                        // A preview says what became of each file, and goes on with the others; a limit of all the
                        // files together still stops it.
                        unreadable.Add(e);
                    }
                }
            }
            catch (InputException e)
            {
                return new ImportOutcome([], e);
            }

            if (options.Preview)
            {
                return staged.Count == 0 && unreadable.Count > 0
                    ? new ImportOutcome([], unreadable[0]) { Unreadable = unreadable }
                    : new ImportOutcome([.. staged.Select(file => file.Result(null))]) { Unreadable = unreadable };
            }

            var written = await WriteAsync(db, catalog, time, accountId, staged, cancellation);
            if (written is { Raced: true } && attempt == 1)
            {
                // Another import of one of these files committed while they were read: read them again against the
                // log as it is now, so that they come out "already imported" rather than as a conflict.
                continue;
            }

            return written.Ids is { } ids
                ? new ImportOutcome([.. staged.Select((file, i) => file.Result(ids[i]))])
                : new ImportOutcome([], Conflict: true);
        }
    }

    /// <summary>
    /// Writes what was read, in one transaction that only writes: the files were read before it began, so the
    /// database's write lock (SQLite has one for the whole file) is held for the inserts and the snapshots, not for the
    /// reading, and other athletes' saves go on meanwhile. Rows go in batches of <see cref="BatchRows"/>, each saved and let
    /// go. The import ids by file (null where nothing was written); <c>Raced</c> when a file turned out imported meanwhile.
    /// </summary>
    private static async Task<(IReadOnlyList<long?>? Ids, bool Raced)> WriteAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, List<StagedFile> staged, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            var hashes = staged.Where(file => file.Writes).Select(file => file.Hash).ToList();
            if (hashes.Count > 0 && await db.Imports.AnyAsync(i => i.AccountId == accountId && hashes.Contains(i.ContentSha256), cancellation))
            {
                return (null, true);
            }

            var ids = new List<long?>(staged.Count);
            foreach (var file in staged)
            {
                ids.Add(file.Writes ? await file.WriteAsync(db, accountId, now, cancellation) : null);
            }

            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, staged.SelectMany(file => file.Touched), cancellation);
            await transaction.CommitAsync(cancellation);
            return (ids, false);
        }
        catch (DbUpdateException)
        {
            // The unique keys caught an import of the same file or workouts that ran at the same moment: nothing of
            // this one was kept.
            db.ChangeTracker.Clear();
            return (null, false);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
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
        TrainingFileFormat.Strava => ("strava", LogSource.Strava),
        TrainingFileFormat.Zip => ("zip", LogSource.Document),
        _ => ("document", LogSource.Document),
    };

    /// <summary>Why a document has nothing for the log, or null when it has.</summary>
    internal static string? NothingToImport(TrainingDocument document) =>
        document.Sessions.Count > 0 && !document.IsDated ? "is a weekly routine, not a log: only sessions on dates can be imported into the log"
        : document.Sessions.Count == 0 && !document.Runs.Any(r => r.Date is not null) && document.CrossTraining.Count == 0
            ? "has no dated sessions, runs or other training to import"
        : null;

    /// <summary>Reading one call's files: the athlete's keys and the files' hashes, so that nothing is counted new twice.</summary>
    private sealed class ImportRun(
        AppDbContext db, ExerciseCatalog catalog, string accountId, ImportOptions options, ReadOptions read, CancellationToken cancellation)
    {
        private readonly HashSet<string> hashes = new(StringComparer.Ordinal);
        private HashSet<string> sessionKeys = [];
        private HashSet<string> runKeys = [];
        private HashSet<string> crossTrainingKeys = [];
        private NameMapping names = options.Names;

        public async Task LoadKeysAsync()
        {
            // The athlete's own readings, then the ones given with this import (runlift import --names).
            names = (await ExerciseNames.MappingAsync(db, catalog, accountId, cancellation)).With(options.Names);
            sessionKeys = (await db.Sessions.Where(s => s.AccountId == accountId && s.ImportKey != null).Select(s => s.ImportKey!).ToListAsync(cancellation))
                .ToHashSet(StringComparer.Ordinal);
            runKeys = (await db.Runs.Where(r => r.AccountId == accountId && r.ImportKey != null).Select(r => r.ImportKey!).ToListAsync(cancellation))
                .Select(TrainingLog.RunKey).ToHashSet(StringComparer.Ordinal);
            crossTrainingKeys = (await db.CrossTraining.Where(c => c.AccountId == accountId && c.ImportKey != null).Select(c => c.ImportKey!).ToListAsync(cancellation))
                .ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>Reads <paramref name="file"/> into rows, none of them written yet.</summary>
        public async Task<StagedFile> ReadAsync(ImportFile file)
        {
            var content = file.Content;
            var start = content.Position;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellation));
            content.Position = start;
            var format = TrainingFiles.FormatOf(content);
            content.Position = start;
            var alreadyImported = !hashes.Add(hash)
                || await db.Imports.AnyAsync(i => i.AccountId == accountId && i.ContentSha256 == hash, cancellation);
            var staged = new StagedFile(file.Name, Describe(format).Format, hash, alreadyImported, options.Preview);

            if (format != TrainingFileFormat.Zip)
            {
                var document = TrainingFiles.Read(file.Name, content, file.Companions is null ? read : read with { Companions = file.Companions });
                if (NothingToImport(document) is { } problem)
                {
                    throw new InputException(file.Name, problem);
                }

                options.Progress?.Report(new ImportProgress(file.Name, 1, 1, content.Length - start));
                Add(staged, document, Describe(format).Source);
                return staged;
            }

            // The same archive again adds nothing, and is not read again.
            if (alreadyImported)
            {
                return staged;
            }

            var summary = new SummaryBuilder();
            foreach (var entry in TrainingArchive.Read(file.Name, content, options.Limits, read, options.Progress, read.Budget!.Cancellation))
            {
                if (entry.Document is not { } document)
                {
                    summary.Skip(entry);
                }
                else if (NothingToImport(document) is { } problem)
                {
                    summary.Skip(entry.Name, SkipReason.NothingToImport, problem);
                }
                else
                {
                    summary.Imported();
                    Add(staged, document, Describe(entry.Format).Source);
                }
            }

            // An archive none of whose files adds to the log is a mistake to correct (the wrong zip, a broken file),
            // not an import to record: recorded, the same zip sent again would only say "already imported".
            if (summary.NothingImported)
            {
                throw summary.FirstUnreadable?.AsError(file.Name) ?? new InputException(file.Name, summary.WhyNothing()) { Hint = TrainingFiles.WhatItReads };
            }

            staged.Archive = summary.Build();
            return staged;
        }

        private void Add(StagedFile staged, TrainingDocument document, LogSource source)
        {
            var rows = TrainingLog.ToRows(document, accountId, source, catalog, names);
            staged.Read(ExerciseReading.Of(document.Sessions.SelectMany(s => s.Exercises), catalog, names));
            staged.LeftOut.AddRange(document.Skipped);
            foreach (var session in rows.Sessions)
            {
                staged.Add(session, isNew: !staged.AlreadyImported && sessionKeys.Add(session.ImportKey!));
            }

            foreach (var loggedRun in rows.Runs)
            {
                staged.Add(loggedRun, isNew: !staged.AlreadyImported && runKeys.Add(loggedRun.ImportKey!));
            }

            foreach (var other in rows.CrossTraining)
            {
                staged.Add(other, isNew: !staged.AlreadyImported && crossTrainingKeys.Add(other.ImportKey!));
            }
        }
    }

    /// <summary>One file, read: what it holds, counted and listed, and (unless previewing or already imported) its new rows to write.</summary>
    private sealed class StagedFile(string name, string format, string hash, bool alreadyImported, bool preview)
    {
        private readonly List<ImportedSession> sessions = [];
        private readonly List<ImportedRun> runs = [];
        private readonly List<LoggedSession> newSessions = [];
        private readonly List<LoggedRun> newRuns = [];
        private readonly List<ImportedCrossTraining> crossTraining = [];
        private readonly List<LoggedCrossTraining> newCrossTraining = [];
        private readonly SortedSet<string> unresolved = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExerciseReading> readings = new(StringComparer.Ordinal);

        public List<SkippedInput> LeftOut { get; } = [];
        private int setsAdded;
        private int skipped;

        public string Hash => hash;

        public bool AlreadyImported => alreadyImported;

        /// <summary>Whether the file is recorded as an import (with its rows): not in a preview, nor when it was imported before.</summary>
        public bool Writes => !preview && !alreadyImported;

        public ArchiveSummary? Archive { get; set; }

        /// <summary>The dates of the new sessions and runs: their weeks' audit snapshots change.</summary>
        public IEnumerable<DateOnly> Touched => newSessions.Select(s => s.Date).Concat(newRuns.Select(r => r.Date));

        /// <summary>How the names of one document were read: a name read in several documents (an archive's files) sums its sets.</summary>
        public void Read(IEnumerable<ExerciseReading> names)
        {
            foreach (var reading in names)
            {
                readings[reading.Name] = readings.TryGetValue(reading.Name, out var seen) ? seen with { Sets = seen.Sets + reading.Sets } : reading;
            }
        }

        public void Add(LoggedSession session, bool isNew)
        {
            unresolved.UnionWith(session.Sets.Where(s => s.ExerciseId is null).Select(s => s.ExerciseName));
            sessions.Add(new ImportedSession(session.Date, session.Name, session.Sets.Count, isNew));
            if (!isNew)
            {
                skipped++;
                return;
            }

            setsAdded += session.Sets.Count;
            if (Writes)
            {
                newSessions.Add(session);
            }
        }

        public void Add(LoggedRun run, bool isNew)
        {
            runs.Add(new ImportedRun(run.Date, run.Kind, run.DurationSeconds, isNew) { KindBasis = run.KindBasis });
            if (!isNew)
            {
                skipped++;
            }
            else if (Writes)
            {
                newRuns.Add(run);
            }
        }

        public void Add(LoggedCrossTraining other, bool isNew)
        {
            crossTraining.Add(new ImportedCrossTraining(other.Date, other.Sport, other.DurationSeconds, isNew));
            if (!isNew)
            {
                skipped++;
            }
            else if (Writes)
            {
                newCrossTraining.Add(other);
            }
        }

        /// <summary>Records the import, then its rows, which point to it; the import's id.</summary>
        public async Task<long> WriteAsync(AppDbContext db, string accountId, DateTime now, CancellationToken cancellation)
        {
            var import = new Import
            {
                AccountId = accountId,
                FileName = name,
                Format = format,
                ContentSha256 = hash,
                ImportedAt = now,
                SessionsAdded = SessionsAdded,
                SetsAdded = setsAdded,
                RunsAdded = RunsAdded,
                CrossTrainingAdded = CrossTrainingAdded,
                Skipped = skipped,
            };
            db.Imports.Add(import);
            await db.SaveChangesAsync(cancellation);
            var id = import.Id;
            db.ChangeTracker.Clear();

            var pending = 0;
            foreach (var session in newSessions)
            {
                session.ImportId = id;
                db.Sessions.Add(session);
                pending += 1 + session.Sets.Count;
                if (pending >= BatchRows)
                {
                    pending = await FlushAsync(db, cancellation);
                }
            }

            foreach (var run in newRuns)
            {
                run.ImportId = id;
                db.Runs.Add(run);
                if (++pending >= BatchRows)
                {
                    pending = await FlushAsync(db, cancellation);
                }
            }

            foreach (var other in newCrossTraining)
            {
                other.ImportId = id;
                db.CrossTraining.Add(other);
                if (++pending >= BatchRows)
                {
                    pending = await FlushAsync(db, cancellation);
                }
            }

            await FlushAsync(db, cancellation);
            return id;
        }

        public ImportResult Result(long? id) => new(
            id, name, format, preview, alreadyImported, SessionsAdded, setsAdded, RunsAdded, skipped,
            [.. unresolved], sessions, runs, Archive)
        {
            Exercises = [.. readings.Values],
            LeftOut = LeftOut,
            CrossTrainingAdded = CrossTrainingAdded,
            CrossTraining = crossTraining,
        };

        private int SessionsAdded => sessions.Count(s => s.New);

        private int RunsAdded => runs.Count(r => r.New);

        private int CrossTrainingAdded => crossTraining.Count(c => c.New);

        /// <summary>Saves what was added and lets go of it, so that the context does not grow with the file.</summary>
        private static async Task<int> FlushAsync(AppDbContext db, CancellationToken cancellation)
        {
            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    /// <summary>What became of an archive's files.</summary>
    private sealed class SummaryBuilder
    {
        private readonly Dictionary<SkipReason, (int Count, List<SkippedFile> Files)> skips = [];
        private int imported;
        private int skipped;

        public bool NothingImported => imported == 0;

        /// <summary>The first file skipped because it could not be read.</summary>
        public ArchiveEntry? FirstUnreadable { get; private set; }

        public void Imported() => imported++;

        public void Skip(ArchiveEntry entry)
        {
            if (entry.Skipped == SkipReason.Unreadable)
            {
                FirstUnreadable ??= entry;
            }

            Skip(entry.Name, entry.Skipped!.Value, entry.Detail ?? "");
        }

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

        /// <summary>Why none of the files can be imported, when none could be read wrongly: what they are instead.</summary>
        public string WhyNothing() => skipped == 0 ? "is a zip with no files"
            : skips.Keys.All(k => k == SkipReason.NotTrainingFile) ? $"is a zip with no training files ({Plural.Count(skipped, "file")} of other kinds)"
            : $"holds nothing to import ({Plural.Count(skipped, "file")}: " +
              string.Join(", ", skips.OrderBy(s => s.Key).Select(s => $"{s.Value.Count:N0} {Describe(s.Key)}")) + ")";

        private static string Describe(SkipReason reason) => reason switch
        {
            SkipReason.NotTrainingFile => "not training files",
            SkipReason.Unreadable => "could not be read",
            SkipReason.OverLimit => "over a limit",
            SkipReason.Encrypted => "encrypted",
            SkipReason.NotAnActivity => "device files that are not activities (workouts, courses, settings)",
            _ => "no dated sessions, runs or other training",
        };
    }
}
