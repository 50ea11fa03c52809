using RunLift.Training;

namespace RunLift.Formats.Zip;

/// <summary>
/// Reads a zip of training files (a Garmin Connect bulk export, or any zip of FIT, GPX, TCX, CSV and YAML files) one
/// file at a time, each through <see cref="TrainingFiles"/>, so memory does not grow with the archive. Zips inside the
/// archive are opened too (Garmin's export keeps the activity files in <c>UploadedFiles_0-_Part1.zip</c> and its
/// siblings), down to <see cref="ArchiveLimits.MaxNesting"/>: each is unpacked to a temporary file first, deleted
/// when it has been read.
/// </summary>
/// <remarks>
/// Every file either yields its document or is skipped with a reason. The limits (<see cref="ArchiveLimits"/>) count
/// the bytes actually unpacked, never the sizes the archive declares: a file larger than
/// <see cref="ArchiveLimits.MaxEntryBytes"/> is skipped; more files than <see cref="ArchiveLimits.MaxEntries"/>, more
/// bytes in all than <see cref="ArchiveLimits.MaxTotalBytes"/> or a file that unpacks to more than
/// <see cref="ArchiveLimits.MaxRatio"/> times its packed size stops the whole archive with an
/// <see cref="InputException"/>, whenever it is found.
/// </remarks>
public static class TrainingArchive
{
    /// <summary>
    /// The files of the zip in <paramref name="archive"/> (seekable: a file on disk, not a network stream), read lazily
    /// in the archive's order: each is read when the enumeration reaches it.
    /// </summary>
    /// <exception cref="InputException">
    /// at once: the zip is a document (a spreadsheet, say) rather than an archive of files; when enumerating: the archive
    /// is not a readable zip, or it is over a limit that stops it (see the remarks).
    /// </exception>
    public static IEnumerable<ArchiveEntry> Read(
        string displayName, Stream archive, ArchiveLimits? limits = null, ReadOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(archive);
        if (!archive.CanSeek)
        {
            throw new ArgumentException("An archive is read from a seekable stream (a file).", nameof(archive));
        }

        var start = archive.Position;
        var looks = FormatSniffer.Sniff(archive).Looks;
        archive.Position = start;
        return looks is null
            ? new ArchiveReader(displayName, limits ?? ArchiveLimits.Default, options ?? ReadOptions.Default, progress, cancellation).Read(archive)
            : throw TrainingFiles.NotTraining(displayName, looks);
    }

    /// <summary>
    /// Every training file of the archive merged into one document, for the auditor. Files that are not training files
    /// are passed over; any other file that cannot be read is an error, as a single file's would be.
    /// </summary>
    internal static List<(string Name, TrainingDocument Document)> ReadAll(string displayName, Stream archive, ReadOptions options)
    {
        var documents = new List<(string, TrainingDocument)>();
        foreach (var entry in Read(displayName, archive, options.Archives, options, cancellation: options.Budget?.Cancellation ?? default))
        {
            switch (entry)
            {
                case { Document: { } document }:
                    documents.Add((entry.Name, document));
                    break;
                case { Skipped: SkipReason.NotTrainingFile or SkipReason.NotAnActivity }:
                    break;
                default:
                    throw entry.AsError(displayName);
            }
        }

        return documents.Count > 0 ? documents : throw new InputException(displayName, "is a zip with no training files") { Hint = TrainingFiles.WhatItReads };
    }
}
