using System.Buffers.Binary;

namespace RunLift.Formats.Zip;

/// <summary>
/// What a zip's end-of-central-directory record (or its Zip64 record) declares: how many files and how large the
/// directory is. Read before the archive is opened, because opening reads the whole directory into memory.
/// </summary>
internal readonly record struct ZipDirectory(long Entries, long Bytes)
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndSize = 22;

    /// <summary>The declaration, or null when the end record cannot be found (not a zip, or damaged).</summary>
    public static ZipDirectory? Read(Stream archive)
    {
        var length = archive.Length;
        var tail = new byte[(int)Math.Min(length, EndSize + ushort.MaxValue + 20)];
        archive.Position = length - tail.Length;
        archive.ReadExactly(tail);

        // The end record is followed only by its comment: search backwards for its signature.
        for (var at = tail.Length - EndSize; at >= 0; at--)
        {
            var span = tail.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(span) != EndSignature || at + EndSize + BinaryPrimitives.ReadUInt16LittleEndian(span[20..]) > tail.Length)
            {
                continue;
            }

            long entries = BinaryPrimitives.ReadUInt16LittleEndian(span[10..]);
            long bytes = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
            if ((entries == ushort.MaxValue || bytes == uint.MaxValue) && Zip64(archive, length - tail.Length + at) is { } large)
            {
                return large;
            }

            return new ZipDirectory(entries, bytes);
        }

        return null;
    }

    /// <summary>The Zip64 end record, found through the locator just before the end record.</summary>
    private static ZipDirectory? Zip64(Stream archive, long end)
    {
        if (end < 20)
        {
            return null;
        }

        Span<byte> locator = stackalloc byte[20];
        archive.Position = end - 20;
        archive.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }

        var offset = BinaryPrimitives.ReadInt64LittleEndian(locator[8..]);
        Span<byte> record = stackalloc byte[56];
        if (offset < 0 || offset > archive.Length - record.Length)
        {
            return null;
        }

        archive.Position = offset;
        archive.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
        {
            return null;
        }

        return new ZipDirectory(BinaryPrimitives.ReadInt64LittleEndian(record[32..]), BinaryPrimitives.ReadInt64LittleEndian(record[40..]));
    }
}
