using RunLift.Catalog;
using RunLift.Data.Log;
using RunLift.Formats.Zip;
using RunLift.Training;

namespace RunLift.Web.Features.Log;

/// <summary>
/// The body of <c>POST /api/v1/imports</c>: what the import added (or, for a preview, would add) and what it skipped,
/// in the JSON shape api.md gives. The API's own record, so that a change to the import's result is a decision here.
/// </summary>
internal sealed record ImportResultView(
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
    IReadOnlyList<ImportedSessionView> Sessions,
    IReadOnlyList<ImportedRunView> Runs,
    ArchiveView? Archive)
{
    /// <summary>How each exercise name of the file was read (catalog id, pattern, how, working sets), for the user to check and correct.</summary>
    public IReadOnlyList<ExerciseReading> Exercises { get; init; } = [];

    /// <summary>Cross-training added (rides, swims, hikes: counted in the week's load, not as runs).</summary>
    public int CrossTrainingAdded { get; init; }

    /// <summary>The file's cross-training, new or already in the log.</summary>
    public IReadOnlyList<ImportedCrossTrainingView> CrossTraining { get; init; } = [];

    /// <summary>
    /// What the file held that was not read, with where and why: rows that could not be read (skipped, the rest of the
    /// file was read) and entries that are not training (a bike ride, other cardio).
    /// </summary>
    public IReadOnlyList<SkippedInput> LeftOut { get; init; } = [];

    public static ImportResultView From(ImportResult result) => new(
        result.Id,
        result.FileName,
        result.Format,
        result.Preview,
        result.AlreadyImported,
        result.SessionsAdded,
        result.SetsAdded,
        result.RunsAdded,
        result.Skipped,
        result.UnresolvedExercises,
        [.. result.Sessions.Select(s => new ImportedSessionView(s.Date, s.Name, s.Sets, s.New))],
        [.. result.Runs.Select(r => new ImportedRunView(r.Date, r.Kind, r.DurationSeconds, r.New) { KindBasis = r.KindBasis })],
        result.Archive is { } archive ? ArchiveView.From(archive) : null)
    {
        Exercises = result.Exercises,
        CrossTrainingAdded = result.CrossTrainingAdded,
        CrossTraining = [.. result.CrossTraining.Select(c => new ImportedCrossTrainingView(c.Date, c.Sport, c.DurationSeconds, c.New))],
        LeftOut = result.LeftOut,
    };
}

/// <summary>A session of an import; <c>new</c> ones are (or would be) added.</summary>
internal sealed record ImportedSessionView(DateOnly Date, string Name, int Sets, bool New);

/// <summary>A run of an import, and how its kind was decided (<c>laps: 6 fast laps ...</c>).</summary>
internal sealed record ImportedRunView(DateOnly Date, RunKind Kind, int DurationSeconds, bool New)
{
    /// <summary>How the kind was decided, as the log keeps it: <c>laps: 6 fast laps ...</c>.</summary>
    public string? KindBasis { get; init; }
}

/// <summary>Cross-training of an import (a ride, a swim).</summary>
internal sealed record ImportedCrossTrainingView(DateOnly Date, string Sport, int DurationSeconds, bool New);

/// <summary>What became of an archive's files: imported, or skipped and why.</summary>
internal sealed record ArchiveView(int Files, int Imported, int Skipped, IReadOnlyList<SkippedFilesView> Skips)
{
    public static ArchiveView From(ArchiveSummary archive) => new(
        archive.Files,
        archive.Imported,
        archive.Skipped,
        [.. archive.Skips.Select(s => new SkippedFilesView(s.Reason, s.Description, s.Count, [.. s.Files.Select(f => new SkippedFileView(f.Name, f.Detail))]))]);
}

/// <summary>The files an archive skipped for one reason: how many, and the first few.</summary>
internal sealed record SkippedFilesView(SkipReason Reason, string Description, int Count, IReadOnlyList<SkippedFileView> Files);

/// <summary>A skipped file: its path in the archive and what exactly.</summary>
internal sealed record SkippedFileView(string Name, string Detail);
