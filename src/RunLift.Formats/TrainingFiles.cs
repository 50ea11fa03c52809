using System.Text;
using CsvHelper;
using RunLift.Formats.Csv;
using RunLift.Formats.Gpx;
using RunLift.Formats.Tcx;
using RunLift.Formats.Fit;
using RunLift.Formats.Routines;
using RunLift.Formats.Zip;
using RunLift.Training;
using YamlDotNet.Core;

namespace RunLift.Formats;

/// <summary>
/// Reads routine documents (YAML or JSON), Hevy, Strong and FitNotes CSV exports, Garmin FIT files, GPX and TCX runs,
/// and zips of such files into a <see cref="TrainingDocument"/>. The format is recognised from the content, never from
/// the file name, because people rename exports. Every problem with the input is an <see cref="InputException"/>.
/// </summary>
public static class TrainingFiles
{
    /// <summary>The list of activities in a Strava bulk export.</summary>
    public const string StravaActivities = "activities.csv";

    /// <summary>What RunLift reads, with the columns each CSV export needs: the hint of an error about a file it does not.</summary>
    public const string WhatItReads =
        "RunLift reads routines (YAML or JSON); Hevy CSV (columns title, start_time, exercise_title, reps, weight_kg or weight_lbs); " +
        "Strong CSV (Date, Workout Name, Exercise Name, Set Order, Reps, Weight); " +
        "FitNotes CSV (Date, Exercise, Category, Reps, Weight (kgs) or Weight (lbs)); " +
        "Strava's activities.csv (Activity ID, Activity Date, Activity Type) or its whole export; " +
        "FIT, GPX and TCX files from a watch; and zips of any of these.";

    /// <summary>The error for content that is none of the formats RunLift reads: what it looks like, and what RunLift reads.</summary>
    internal static InputException NotTraining(string displayName, string looks) =>
        new(displayName, $"looks like {looks}, not a training file") { Hint = WhatItReads };

    /// <summary>Recognises <paramref name="content"/> from its first line, as the readers do; reads from where the stream is.</summary>
    public static TrainingFileFormat FormatOf(Stream content) => FormatSniffer.Sniff(content).Format;

    /// <summary>Reads the file at <paramref name="path"/>; the document's source is the path as given.</summary>
    /// <exception cref="InputException">the file is missing, unreadable or not valid.</exception>
    public static TrainingDocument Read(string path) => Read(path, ReadOptions.Default);

    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="options"/>.</summary>
    /// <exception cref="InputException">the file is missing, unreadable or not valid.</exception>
    public static TrainingDocument Read(string path, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        using (var stream = Open(path))
        {
            return Read(path, stream, Directory.Exists(path) ? options with { Companions = CompanionsIn(path) } : options);
        }
    }

    /// <summary>
    /// Opens the files of <paramref name="folder"/> that a file in it names (a Strava export unpacked), never one
    /// outside it: a name is the export's own, so it is trusted no more than the export.
    /// </summary>
    public static Func<string, Stream?> CompanionsIn(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return name =>
        {
            var path = Path.GetFullPath(Path.Combine(root, name));
            return path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path) ? Open(path) : null;
        };
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> for reading, as every reader of files does. A folder holding a Strava
    /// export's activities.csv (the export unpacked) opens as that file; any other folder is an error.
    /// </summary>
    /// <exception cref="InputException">the file is missing or cannot be opened, said in words a person can act on.</exception>
    public static FileStream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var activities = Path.Combine(path, StravaActivities);
            return File.Exists(activities)
                ? Open(activities)
                : throw new InputException(path, 0, 0, $"is a folder: give the files in it, or a Strava export unpacked (a folder with its {StravaActivities})");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => "cannot be opened: " + e.Message,
            };
            throw new InputException(path, 0, 0, reason, e);
        }
    }

    /// <summary>Reads <paramref name="content"/>, naming it <paramref name="displayName"/> in sources and errors.</summary>
    /// <exception cref="InputException">the content is not valid.</exception>
    public static TrainingDocument Read(string displayName, Stream content) => Read(displayName, content, ReadOptions.Default);

    /// <summary>Reads <paramref name="content"/> with <paramref name="options"/>, naming it <paramref name="displayName"/>.</summary>
    /// <exception cref="InputException">the content is not valid.</exception>
    public static TrainingDocument Read(string displayName, Stream content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Budget is null)
        {
            using var budget = new ReadBudget(ReadLimits.Default);
            return Read(displayName, content, options with { Budget = budget });
        }

        try
        {
            options.Budget.ThrowIfStopped(displayName);
            var seekable = content.CanSeek ? content : Buffer(content);
            var start = seekable.Position;
            var sniffed = FormatSniffer.Sniff(seekable);
            seekable.Position = start;
            if (sniffed.Looks is { } looks)
            {
                throw NotTraining(displayName, looks);
            }
            if (sniffed.Format == TrainingFileFormat.Zip)
            {
                // Each file of the archive is read (and counted) through here, with the same budget; the merge decides
                // the runs' kinds again with all the archive's runs to compare against.
                return Merge(TrainingArchive.ReadAll(displayName, seekable, options), nameof(content)) with { Sources = [displayName] };
            }

            var document = sniffed.Format switch
            {
                TrainingFileFormat.Hevy => HevyReader.Read(displayName, seekable, options.Budget, options.Strict),
                TrainingFileFormat.Strong => StrongReader.Read(displayName, seekable, sniffed.Separator, options.StrongUnits, options.Budget, options.Strict),
                TrainingFileFormat.Routine => RoutineReader.Read(displayName, ReadText(seekable)),
                TrainingFileFormat.FitNotes => FitNotesReader.Read(displayName, seekable, options.Budget, options.Strict),
                TrainingFileFormat.Strava => StravaReader.Read(displayName, seekable, options),
                TrainingFileFormat.Gpx => GpxReader.Read(displayName, seekable, options.TimeZone, options.Budget),
                TrainingFileFormat.Tcx => TcxReader.Read(displayName, seekable, options.TimeZone, options.Budget),
                TrainingFileFormat.Fit => WithWarnings(FitReader.Read(displayName, seekable, options.Fit, options.TimeZone), displayName),
                _ => throw new InputException(displayName, $"is a {sniffed.Format} file, which cannot be read yet"),
            };
            options.Budget.Count(displayName, document);
            return Classified(document) with { Sources = [displayName] };
        }
        catch (InputException)
        {
            throw;
        }
        catch (DecoderFallbackException e)
        {
            // Past the start the sniffer saw: the decoder's own words name bytes, not what to do.
            throw new InputException(displayName, 0, 0, "is not UTF-8 text throughout (save it as UTF-8)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(displayName, 0, 0, "cannot be read: " + e.Message, e);
        }
        catch (Exception e) when (e is YamlException or CsvFormatException or FormatException or OverflowException or ArgumentException)
        {
            // A last resort: the readers report positioned errors themselves; this keeps a library's
            // exception type from ever reaching a user if one slips through.
            throw new InputException(displayName, 0, 0, "is not valid: " + e.Message, e);
        }
    }

    /// <summary>
    /// Reads every file and merges them (a Hevy export plus a running-week file, say). A weekly routine
    /// and a dated log cannot be judged together, so mixing them is an error naming the file that mixed them in.
    /// </summary>
    /// <exception cref="InputException">the first file that could not be read, or a routine mixed with a log.</exception>
    public static TrainingDocument ReadAll(IEnumerable<string> paths) => ReadAll(paths, ReadOptions.Default);

    /// <summary>Reads and merges every file with <paramref name="options"/>; see <see cref="ReadAll(IEnumerable{string})"/>.</summary>
    /// <exception cref="InputException">the first file that could not be read, or a routine mixed with a log.</exception>
    public static TrainingDocument ReadAll(IEnumerable<string> paths, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        using var budget = options.Budget is null ? new ReadBudget(ReadLimits.Default) : null;
        var shared = budget is null ? options : options with { Budget = budget };
        return Merge(paths.Select(path => (path, Read(path, shared))), nameof(paths));
    }

    /// <summary>
    /// Reads each file on its own, so that one that cannot be read does not stop the others: its error is its outcome,
    /// and the files read are merged with <see cref="MergeAll"/>. A limit of the whole read (the rows of all the files
    /// together, say) still stops them all.
    /// </summary>
    /// <exception cref="InputException">a limit of the whole read.</exception>
    public static IReadOnlyList<FileOutcome> ReadEach(IEnumerable<string> paths, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        using var budget = options.Budget is null ? new ReadBudget(ReadLimits.Default) : null;
        var shared = budget is null ? options : options with { Budget = budget };
        var outcomes = new List<FileOutcome>();
        foreach (var path in paths)
        {
            try
            {
                outcomes.Add(new FileOutcome(path, Read(path, shared), null));
            }
            catch (InputException e) when (e.Limit is not { PerFile: false })
            {
                outcomes.Add(new FileOutcome(path, null, e));
            }
        }

        return outcomes;
    }

    /// <summary>Merges documents read one by one (<see cref="ReadEach"/>), as <see cref="ReadAll(IEnumerable{string})"/> does.</summary>
    /// <exception cref="InputException">a routine mixed with a log.</exception>
    public static TrainingDocument MergeAll(IEnumerable<(string Name, TrainingDocument Document)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Merge(documents, nameof(documents));
    }

    /// <summary>
    /// Reads and merges contents that are not files (uploads, say), each named by its display name in sources
    /// and errors; see <see cref="ReadAll(IEnumerable{string})"/>.
    /// </summary>
    /// <exception cref="InputException">the first content that could not be read, or a routine mixed with a log.</exception>
    public static TrainingDocument ReadAll(IEnumerable<(string DisplayName, Stream Content)> contents, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(options);
        using var budget = options.Budget is null ? new ReadBudget(ReadLimits.Default) : null;
        var shared = budget is null ? options : options with { Budget = budget };
        return Merge(contents.Select(c => (c.DisplayName, Read(c.DisplayName, c.Content, shared))), nameof(contents));
    }

    private static TrainingDocument Merge(IEnumerable<(string Name, TrainingDocument Document)> read, string parameter)
    {
        var documents = new List<TrainingDocument>();
        bool? dated = null;
        string? first = null;
        string? firstUndated = null;
        foreach (var (path, document) in read)
        {
            if (document.Sessions.Count > 0)
            {
                var isDated = document.IsDated;
                // Sessions without a date are a weekly routine's, or a workout's (a FIT workout file says what to do, not when).
                var isUndated = document.Sessions.All(s => s.Date is null);
                if (!isDated && !isUndated)
                {
                    throw new InputException(path, "mixes sessions on weekdays with sessions on dates");
                }

                var undated = document.Sessions.Any(s => s.Day is not null) ? "a weekly routine" : "a workout without dates";
                if (dated is { } before && before != isDated)
                {
                    throw new InputException(
                        path,
                        isDated
                            ? $"is a dated log, but {first} is {firstUndated}; audit them separately"
                            : $"is {undated}, but {first} is a dated log; audit them separately");
                }

                dated = isDated;
                first ??= path;
                firstUndated ??= undated;
            }

            documents.Add(document);
        }

        if (documents.Count == 0)
        {
            throw new ArgumentException("No files were given.", parameter);
        }

        return Classified(TrainingDocument.Merge(documents));
    }

    /// <summary>
    /// <paramref name="document"/> with each dated run's kind decided, and said how (<see cref="RunClassifier"/>): every
    /// reader's runs go through here, so a run from any source is judged the same way, against the other runs read with it.
    /// </summary>
    private static TrainingDocument Classified(TrainingDocument document) =>
        document.Runs.Count == 0 ? document : document with { Runs = RunClassifier.Classify(document.Runs) };

    private static TrainingDocument WithWarnings(FitReadResult read, string displayName) =>
        read.Warnings.Count == 0 ? read.Document : read.Document with { Warnings = [.. read.Warnings.Select(w => $"{displayName}: {w}")] };

    private static MemoryStream Buffer(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), true, 4096, leaveOpen: true);
        return reader.ReadToEnd();
    }
}

/// <summary>What became of one file of several (<see cref="TrainingFiles.ReadEach"/>): its document, or why it could not be read.</summary>
/// <param name="Path">The file, as given.</param>
/// <param name="Document">What it holds; null when it could not be read.</param>
/// <param name="Error">Why it could not be read; null when it was.</param>
public sealed record FileOutcome(string Path, TrainingDocument? Document, InputException? Error);

/// <summary>Choices for reading files whose content does not say everything.</summary>
public sealed record ReadOptions
{
    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// Refuse a whole export for one row that cannot be read (<c>--strict</c>), instead of reporting and skipping the
    /// row (the default).
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The unit of the old comma-separated Strong export, whose header names no unit (kilograms unless told
    /// otherwise). The other Strong forms say their unit themselves.
    /// </summary>
    public MassUnit StrongUnits { get; init; } = MassUnit.Kilograms;

    /// <summary>
    /// The time zone whose wall clock runs from device files (GPX, TCX: recorded in UTC; FIT files that do not record
    /// the wearer's local time) are dated and timed in, so they line up with lifts that Hevy, Strong and routine files
    /// log in local time. UTC unless told.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>How FIT files are decoded (whether a bad CRC stops the reading).</summary>
    public FitDecodeOptions Fit { get; init; } = FitDecodeOptions.Default;

    /// <summary>What a zip may unpack to (zip bombs, oversized files, nesting).</summary>
    public ArchiveLimits Archives { get; init; } = ArchiveLimits.Default;

    /// <summary>
    /// Opens a file that the file being read names as its companion (a Strava activity's recording,
    /// <c>activities/123.fit.gz</c>, beside activities.csv), or gives null when there is none; null when the file is read
    /// alone. The archive and folder readers set it, confined to the archive or folder.
    /// </summary>
    public Func<string, Stream?>? Companions { get; init; }

    /// <summary>
    /// The budget this read shares with the others of one request (rows, sessions, sets, runs, time) and the token
    /// that stops it; null gives each call to <see cref="TrainingFiles.Read(string, Stream, ReadOptions)"/> a budget of
    /// <see cref="ReadLimits.Default"/> of its own.
    /// </summary>
    public ReadBudget? Budget { get; init; }
}
