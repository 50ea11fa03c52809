namespace RunLift.Formats.Zip;

/// <summary>
/// What an archive may unpack to: limits against zip bombs and oversized files, enforced on the bytes actually
/// inflated, never on the sizes the archive claims. The defaults fit a Garmin Connect bulk export of many years.
/// </summary>
public sealed record ArchiveLimits
{
    /// <summary>The defaults.</summary>
    public static ArchiveLimits Default { get; } = new();

    /// <summary>Files in the archive, nested archives' files included; more stops the whole archive.</summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>The largest file, unpacked; a larger one is skipped (a nested archive is not a file: its files are).</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>All files together, unpacked; more stops the whole archive.</summary>
    public long MaxTotalBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// How many times its packed size a file larger than <see cref="RatioFromBytes"/> may unpack to; more stops the
    /// whole archive. Training files pack 2 to 20 times; zip bombs a thousand.
    /// </summary>
    public double MaxRatio { get; init; } = 100;

    /// <summary>The unpacked size from which <see cref="MaxRatio"/> applies (small files pack unevenly).</summary>
    public long RatioFromBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Bytes of the archives inside the archive, unpacked to temporary files to be read (a zip must be seekable): all of
    /// them together. A Garmin export's inner zips take about the size of the export.
    /// </summary>
    public long MaxTemporaryBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How deep archives inside the archive are opened: 1 reads the zips a Garmin export holds, and no deeper.</summary>
    public int MaxNesting { get; init; } = 1;

    /// <summary>
    /// The archive's directory, per file it declares: a larger directory is refused before it is read, since
    /// reading it costs memory (real names and metadata take a few hundred bytes).
    /// </summary>
    public int MaxDirectoryBytesPerEntry { get; init; } = 1024;
}
