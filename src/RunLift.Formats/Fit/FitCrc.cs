namespace RunLift.Formats.Fit;

/// <summary>
/// The FIT CRC-16 (polynomial 0xA001, processed a nibble at a time as the FIT protocol defines it). It guards the
/// 14-byte header's first 12 bytes and, at the end of a file, the header and all its records.
/// </summary>
internal static class FitCrc
{
    private static ReadOnlySpan<ushort> Table =>
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    /// <summary>The CRC of <paramref name="bytes"/>, continuing from <paramref name="crc"/> (0 to start).</summary>
    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        var table = Table;
        foreach (var b in bytes)
        {
            var tmp = table[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ table[b & 0xF]);
            tmp = table[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ table[(b >> 4) & 0xF]);
        }

        return crc;
    }
}
