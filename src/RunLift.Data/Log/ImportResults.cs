using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Zip;
using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>A session of an import: <c>new</c> ones are (or would be) added, the others are in the log already.</summary>
public sealed record ImportedSession(DateOnly Date, string Name, int Sets, bool New);

/// <summary>A run of an import.</summary>
public sealed record ImportedRun(DateOnly Date, RunKind Kind, int DurationSeconds, bool New)
{
    /// <summary>How the kind was decided, as the log keeps it (<see cref="LoggedRun.KindBasis"/>): <c>laps: 6 fast laps ...</c>.</summary>
    public string? KindBasis { get; init; }
}

/// <summary>Cross-training of an import (a ride, a swim): its day, sport, moving time and whether it is new to the log.</summary>
public sealed record ImportedCrossTraining(DateOnly Date, string Sport, int DurationSeconds, bool New);

/// <summary>
/// What an import added (or, for a preview, would add) and what it skipped: <see cref="Skipped"/> counts the sessions,
/// runs and cross-training already in the log; for an archive, <see cref="Archive"/> says what became of its files.
/// </summary>
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
    IReadOnlyList<ImportedRun> Runs,
    ArchiveSummary? Archive = null)
{
    /// <summary>How each exercise name of the file was read (catalog id, pattern, how, working sets), for the user to check and correct.</summary>
    public IReadOnlyList<ExerciseReading> Exercises { get; init; } = [];

    /// <summary>Cross-training added (rides, swims, hikes: counted in the week's load, not as runs).</summary>
    public int CrossTrainingAdded { get; init; }

    /// <summary>The file's cross-training, new or already in the log.</summary>
    public IReadOnlyList<ImportedCrossTraining> CrossTraining { get; init; } = [];

    /// <summary>
    /// What the file held that was not read, with where and why: rows that could not be read (skipped, the rest of the
    /// file was read) and entries that are not training (a bike ride, other cardio).
    /// </summary>
    public IReadOnlyList<SkippedInput> LeftOut { get; init; } = [];
}

/// <summary>
/// What became of an archive's files: <c>imported</c> ones had dated sessions or runs (new or already in the log);
/// the others were skipped, grouped by reason with the first few of each.
/// </summary>
public sealed record ArchiveSummary(int Files, int Imported, int Skipped, IReadOnlyList<SkippedFiles> Skips);

/// <summary>The files skipped for one reason: how many, and the first <see cref="SkippedFiles.Shown"/> with what exactly.</summary>
public sealed record SkippedFiles(SkipReason Reason, string Description, int Count, IReadOnlyList<SkippedFile> Files)
{
    /// <summary>How many files of each reason are named.</summary>
    public const int Shown = 5;
}

/// <summary>A skipped file: its path in the archive and what exactly (the reader's error, the limit).</summary>
public sealed record SkippedFile(string Name, string Detail);

/// <summary>
/// What an import did: a result per file, a file that could not be read (nothing was imported), or a conflict with a
/// concurrent import (nothing was imported).
/// </summary>
public sealed record ImportOutcome(IReadOnlyList<ImportResult> Results, InputException? Error = null, bool Conflict = false)
{
    /// <summary>
    /// In a preview, the files that could not be read, each with its error: the others have their results (none could
    /// be read: <see cref="Error"/> is the first of these). Empty for an import, which stops at its first such file.
    /// </summary>
    public IReadOnlyList<InputException> Unreadable { get; init; } = [];
}

/// <summary>A file to import: its name (in errors, results and the import list) and its content, seekable.</summary>
public sealed record ImportFile(string Name, Stream Content)
{
    /// <summary>The files beside it that it may name (<see cref="ReadOptions.Companions"/>: a Strava export unpacked), or null.</summary>
    public Func<string, Stream?>? Companions { get; init; }
}

/// <summary>How to import.</summary>
public sealed record ImportOptions
{
    /// <summary>Only say what would be added; write nothing.</summary>
    public bool Preview { get; init; }

    /// <summary>What an archive may unpack to.</summary>
    public ArchiveLimits Limits { get; init; } = ArchiveLimits.Default;

    /// <summary>What all the files of the import may hold together (rows, sessions, sets, runs) and how long reading them may take.</summary>
    public ReadLimits Reading { get; init; } = ReadLimits.Default;

    /// <summary>Refuse a file for one row that cannot be read (<c>runlift import --strict</c>) instead of skipping the row.</summary>
    public bool Strict { get; init; }

    /// <summary>Readings of exercise names given with this import (<c>runlift import --names</c>), over the athlete's own.</summary>
    public NameMapping Names { get; init; } = NameMapping.Empty;

    /// <summary>
    /// The zone device files (FIT, GPX, TCX, Strava) are dated in (<c>runlift import --tz</c>); null: the athlete's
    /// profile zone, UTC while it has none.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Told after each file of an archive, and after each single file.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
