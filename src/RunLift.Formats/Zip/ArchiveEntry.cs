using RunLift.Training;

namespace RunLift.Formats.Zip;

/// <summary>Why a file in an archive contributed nothing.</summary>
public enum SkipReason
{
    /// <summary>Not a training file by its content (a Garmin export's JSON, pictures, settings).</summary>
    NotTrainingFile,

    /// <summary>A training file that could not be read: the reader's error says why.</summary>
    Unreadable,

    /// <summary>Over a limit: too large unpacked, or an archive nested too deep.</summary>
    OverLimit,

    /// <summary>Encrypted: RunLift has no password for it.</summary>
    Encrypted,

    /// <summary>A device file that is not an activity (a workout, course or settings file).</summary>
    NotAnActivity,

    /// <summary>Read, but with no dated sessions or runs in it (a weekly routine, an empty log).</summary>
    NothingToImport,
}

/// <summary>
/// One file of an archive: its document, or why it was skipped. <see cref="Name"/> is its path in the archive, a nested
/// archive's path before its own (<c>DI_CONNECT/.../UploadedFiles_0-_Part1.zip/123_ACTIVITY.fit</c>).
/// </summary>
/// <param name="Name">The path in the archive.</param>
/// <param name="Format">What the content was recognised as, when it was.</param>
/// <param name="Document">What was read, or null when skipped.</param>
/// <param name="Skipped">Why nothing was read, or null.</param>
/// <param name="Detail">For a skipped file, what exactly: the limit, or the reader's error (<c>LINE:COLUMN: reason</c>).</param>
/// <param name="Error">For an unreadable file, the reader's error.</param>
public sealed record ArchiveEntry(
    string Name, TrainingFileFormat? Format, TrainingDocument? Document, SkipReason? Skipped = null, string? Detail = null, InputException? Error = null)
{
    /// <summary>A skipped file.</summary>
    public static ArchiveEntry Skip(string name, TrainingFileFormat? format, SkipReason reason, string detail) => new(name, format, null, reason, detail);

    /// <summary>Why this file was not read, as the error reading it alone would be, named inside <paramref name="archive"/>.</summary>
    public InputException AsError(string archive) => Error is { } error
        ? new InputException($"{archive}/{error.File}", error.Line, error.Column, error.Reason, error)
        : new InputException($"{archive}/{Name}", Detail ?? "cannot be read");
}
