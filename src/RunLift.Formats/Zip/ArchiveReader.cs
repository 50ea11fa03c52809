using System.IO.Compression;

namespace RunLift.Formats.Zip;

/// <summary>One pass over an archive (see <see cref="TrainingArchive"/>): the counts that the limits and the progress need.</summary>
internal sealed class ArchiveReader(
    string displayName, ArchiveLimits limits, ReadOptions options, IProgress<ImportProgress>? progress, CancellationToken cancellation) : IDisposable
{
    private const int HeadBytes = 8192;

    private readonly ArchiveLimits limits = limits;
    private readonly CancellationToken cancellation = cancellation;

    // One set of buffers for every file: files come one at a time, and buffers of large files would otherwise pile up
    // on the large object heap until a full collection.
    private readonly byte[] head = new byte[HeadBytes];
    private readonly byte[] chunk = new byte[Unpacking.ChunkBytes];
    private readonly MemoryStream content = new();
    private int entries;
    private int done;
    private int total;
    private long unpacked;
    private long temporary;

    /// <summary>The files of the archive, read as the enumeration reaches them; disposes the reader when it ends.</summary>
    public IEnumerable<ArchiveEntry> Read(Stream archive)
    {
        using (this)
        {
            using var zip = Open(archive) ?? throw new InputException(displayName, "is not a readable zip archive");
            total = Files(zip).Count();
            foreach (var entry in Entries(zip, archive.Length, "", 0))
            {
                yield return entry;
            }
        }
    }

    public void Dispose() => content.Dispose();

    /// <summary>Stops when the caller cancels, or (as an <see cref="InputException"/>) when the read's time is up.</summary>
    private void ThrowIfStopped()
    {
        options.Budget?.ThrowIfStopped(displayName);
        cancellation.ThrowIfCancellationRequested();
    }

    private static IEnumerable<ZipArchiveEntry> Files(ZipArchive zip) => zip.Entries.Where(e => !e.FullName.EndsWith('/'));

    private IEnumerable<ArchiveEntry> Entries(ZipArchive zip, long archiveLength, string prefix, int depth)
    {
        foreach (var file in Files(zip))
        {
            ThrowIfStopped();
            var name = prefix + file.FullName;
            if (++entries > limits.MaxEntries)
            {
                throw TooMany();
            }

            var (entry, nested) = Inspect(file, name, Math.Clamp(file.CompressedLength, 1, Math.Max(archiveLength, 1)), depth);
            if (nested is null)
            {
                yield return Done(entry!);
                continue;
            }

            using (nested)
            {
                using var inner = Open(nested);
                if (inner is null)
                {
                    yield return Done(ArchiveEntry.Skip(name, TrainingFileFormat.Zip, SkipReason.Unreadable, "is not a readable zip archive"));
                    continue;
                }

                // The archive's files take its place in the count.
                total += Files(inner).Count() - 1;
                foreach (var innerEntry in Entries(inner, nested.Length, name + "/", depth + 1))
                {
                    yield return innerEntry;
                }
            }
        }
    }

    private ArchiveEntry Done(ArchiveEntry entry)
    {
        done++;
        progress?.Report(new ImportProgress(displayName, done, total, unpacked));
        return entry;
    }

    /// <summary>
    /// Opens a zip after checking what its end record declares: reading the directory costs memory in proportion to
    /// it, so a directory over the limits is refused before it is read. Null when it is not a readable zip.
    /// </summary>
    private ZipArchive? Open(Stream archive)
    {
        try
        {
            if (ZipDirectory.Read(archive) is not { } directory)
            {
                return null;
            }

            if (directory.Entries < 0 || directory.Entries > limits.MaxEntries - entries)
            {
                throw TooMany();
            }

            if (directory.Bytes < 0 || directory.Bytes > Math.Max(directory.Entries, 1) * limits.MaxDirectoryBytesPerEntry)
            {
                throw Stop($"has a directory larger than {limits.MaxDirectoryBytesPerEntry:N0} bytes per file, which no real archive needs");
            }

            archive.Position = 0;
            var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            _ = zip.Entries.Count;
            return zip;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    /// <summary>One file: its document, why it is skipped, or (for a zip inside) a temporary file holding it.</summary>
    private (ArchiveEntry? Entry, Stream? Nested) Inspect(ZipArchiveEntry file, string name, long packed, int depth)
    {
        if (file.IsEncrypted)
        {
            return (ArchiveEntry.Skip(name, null, SkipReason.Encrypted, "is encrypted"), null);
        }

        Stream source;
        try
        {
            source = file.Open();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return (ArchiveEntry.Skip(name, null, SkipReason.Unreadable, "cannot be unpacked: " + e.Message), null);
        }

        using (source)
        {
            var unpacking = new Unpacking(this, source, name, packed);
            try
            {
                var length = unpacking.ReadAtMost(head);
                var format = FormatSniffer.Sniff(new MemoryStream(head, 0, length, writable: false)).Format;
                if (format == TrainingFileFormat.Zip)
                {
                    return depth >= limits.MaxNesting
                        ? (ArchiveEntry.Skip(name, format, SkipReason.OverLimit, $"is an archive inside an archive nested {depth} deep: archives are opened {limits.MaxNesting} deep"), null)
                        : (null, unpacking.ToTemporaryFile(head.AsSpan(0, length)));
                }

                if (format == TrainingFileFormat.Routine && !IsRoutineName(name))
                {
                    return (ArchiveEntry.Skip(name, null, SkipReason.NotTrainingFile, IsStravaFile(name) ? StravaFileSkipped : "is not a training file"), null);
                }

                var tooLarge = $"unpacks to more than {limits.MaxEntryBytes:N0} bytes (the limit for one file)";
                if (file.Length > limits.MaxEntryBytes)
                {
                    return (ArchiveEntry.Skip(name, format, SkipReason.OverLimit, tooLarge), null);
                }

                if (!unpacking.ToMemory(head.AsSpan(0, length), limits.MaxEntryBytes))
                {
                    return (ArchiveEntry.Skip(name, format, SkipReason.OverLimit, tooLarge), null);
                }

                try
                {
                    var document = TrainingFiles.Read(name, content, format == TrainingFileFormat.Strava ? options with { Companions = path => Companion(file, path) } : options);
                    return format == TrainingFileFormat.Fit && document.Sessions.Count > 0 && !document.IsDated
                        ? (ArchiveEntry.Skip(name, format, SkipReason.NotAnActivity, "is a FIT workout: what to do, not what was done"), null)
                        : (new ArchiveEntry(name, format, document), null);
                }
                catch (InputException e) when (e.HoldsNoTraining)
                {
                    return (ArchiveEntry.Skip(name, format, SkipReason.NotAnActivity, e.Reason), null);
                }
                catch (InputException e) when (e.Limit is { PerFile: true })
                {
                    return (ArchiveEntry.Skip(name, format, SkipReason.OverLimit, e.Reason), null);
                }
                catch (InputException e) when (e.Limit is not null)
                {
                    // A limit of the whole read stops the archive: said of the file inside it that went over.
                    throw new InputException($"{displayName}/{e.File}", e.Line, e.Column, e.Reason, e) { Limit = e.Limit };
                }
                catch (InputException e) when (e.Limit is null)
                {
                    var detail = e.Line > 0 ? $"{e.Line}:{e.Column}: {e.Reason}" : e.Reason;
                    return (new ArchiveEntry(name, format, null, SkipReason.Unreadable, detail, e), null);
                }
            }
            catch (DamagedException e)
            {
                return (ArchiveEntry.Skip(name, null, SkipReason.Unreadable, "is damaged: " + e.InnerException!.Message), null);
            }
        }
    }

    /// <summary>Routine documents are recognised by content only as "not a CSV export"; in an archive, their name says it too.</summary>
    private static bool IsRoutineName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    // A Strava export keeps each activity's recording gzipped under activities/; the activities themselves are read
    // from its activities.csv, which lists them all (reading both would count every run twice).
    private const string StravaFileSkipped = "is a Strava activity's recording: the activities are read from activities.csv";

    private static bool IsStravaFile(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
        && (name.StartsWith("activities/", StringComparison.OrdinalIgnoreCase) || name.Contains("/activities/", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The file <paramref name="path"/> names, relative to <paramref name="file"/>'s folder in the same archive (a Strava
    /// activity's recording), unpacked under the archive's limits; null when the archive has no such file or it is too
    /// large for one file.
    /// </summary>
    private MemoryStream? Companion(ZipArchiveEntry file, string path)
    {
        var folder = file.FullName[..(file.FullName.LastIndexOf('/') + 1)];
        if (file.Archive.GetEntry(folder + path) is not { IsEncrypted: false } companion)
        {
            return null;
        }

        try
        {
            using var source = companion.Open();
            return new Unpacking(this, source, companion.FullName, Math.Max(companion.CompressedLength, 1)).ToNewMemory(limits.MaxEntryBytes);
        }
        catch (DamagedException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private InputException Stop(string reason, ReadLimit? limit = null) => new(displayName, reason) { Limit = limit };

    private InputException TooMany() =>
        Stop($"holds more than {limits.MaxEntries:N0} files (the limit), counting those of the archives inside it", new ReadLimit("files in an archive", limits.MaxEntries));

    /// <summary>Reading a file's unpacked bytes, counting them against the limits as they come.</summary>
    private sealed class Unpacking(ArchiveReader reader, Stream source, string name, long packed)
    {
        public const int ChunkBytes = 81_920;

        private long bytes;

        public int ReadAtMost(Span<byte> buffer)
        {
            var length = 0;
            int read;
            while (length < buffer.Length && (read = Read(buffer[length..])) > 0)
            {
                length += read;
            }

            return length;
        }

        /// <summary>The whole file in the reader's buffer, at its start; false when it is larger than <paramref name="maxBytes"/>.</summary>
        public bool ToMemory(ReadOnlySpan<byte> head, long maxBytes)
        {
            var content = reader.content;
            content.SetLength(0);
            content.Write(head);
            int read;
            while ((read = Read(reader.chunk)) > 0)
            {
                if (content.Length + read > maxBytes)
                {
                    return false;
                }

                content.Write(reader.chunk, 0, read);
            }

            content.Position = 0;
            return true;
        }

        /// <summary>The whole file in a buffer of its own; null when it is larger than <paramref name="maxBytes"/>.</summary>
        public MemoryStream? ToNewMemory(long maxBytes)
        {
            var copy = new MemoryStream();
            int read;
            while ((read = Read(reader.chunk)) > 0)
            {
                if (copy.Length + read > maxBytes)
                {
                    copy.Dispose();
                    return null;
                }

                copy.Write(reader.chunk, 0, read);
            }

            copy.Position = 0;
            return copy;
        }

        /// <summary>The whole file in a temporary file that is deleted when closed (an archive must be seekable to be read).</summary>
        public FileStream ToTemporaryFile(ReadOnlySpan<byte> head)
        {
            var path = Path.Combine(Path.GetTempPath(), $"runlift-{Guid.NewGuid():N}.zip");
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkBytes, FileOptions.DeleteOnClose);
            try
            {
                file.Write(head);
                int read;
                while ((read = Read(reader.chunk, countsInTotal: false)) > 0)
                {
                    reader.temporary += read;
                    if (reader.temporary > reader.limits.MaxTemporaryBytes)
                    {
                        throw reader.Stop(
                            $"holds archives that unpack to more than {reader.limits.MaxTemporaryBytes:N0} bytes in all (the limit)",
                            new ReadLimit("bytes of archives inside an archive", reader.limits.MaxTemporaryBytes));
                    }

                    file.Write(reader.chunk, 0, read);
                }

                file.Position = 0;
                return file;
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Reads unpacked bytes. A file's bytes count towards the archive's total; an archive inside is only a container
        /// (its files count when they are read), but it may not unpack to more than the total either.
        /// </summary>
        private int Read(Span<byte> buffer, bool countsInTotal = true)
        {
            reader.ThrowIfStopped();
            int read;
            try
            {
                read = source.Read(buffer);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new DamagedException(e);
            }

            bytes += read;
            var limits = reader.limits;
            if (countsInTotal)
            {
                reader.unpacked += read;
            }

            if ((countsInTotal ? reader.unpacked : bytes) > limits.MaxTotalBytes)
            {
                throw reader.Stop($"unpacks to more than {limits.MaxTotalBytes:N0} bytes (the limit for an archive)", new ReadLimit("bytes unpacked", limits.MaxTotalBytes));
            }

            if (bytes > limits.RatioFromBytes && bytes > packed * limits.MaxRatio)
            {
                throw reader.Stop(
                    $"{name} unpacks to more than {limits.MaxRatio:N0} times its packed size, as zip bombs do",
                    new ReadLimit("times its packed size a file may unpack to", (long)limits.MaxRatio));
            }

            return read;
        }
    }

    /// <summary>A file whose packed data is damaged: it is skipped, the archive goes on.</summary>
    private sealed class DamagedException(Exception inner) : Exception(inner.Message, inner);
}
