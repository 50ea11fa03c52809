using System.Buffers.Binary;

namespace RunLift.Formats.Fit;

/// <summary>
/// The FIT CRC-16 (polynomial 0xA001, reflected, starting from 0; the FIT protocol defines it a nibble at a time). It
/// guards the 14-byte header's first 12 bytes and, at the end of a file, the header and all its records.
/// </summary>
internal static class FitCrc
{
    // Eight tables of 256 entries ("slicing by eight"): eight bytes per step instead of one nibble, since every byte of
    // a file passes through here before it is decoded. Built from the protocol's nibble table.
    private static readonly ushort[] Tables = BuildTables();

    /// <summary>The CRC of <paramref name="bytes"/>, continuing from <paramref name="crc"/> (0 to start).</summary>
    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        var tables = Tables.AsSpan();
        uint value = crc;
        while (bytes.Length >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(bytes) ^ value;
            value = (uint)(tables[(7 * 256) + (int)(word & 0xFF)]
                ^ tables[(6 * 256) + (int)((word >> 8) & 0xFF)]
                ^ tables[(5 * 256) + (int)((word >> 16) & 0xFF)]
                ^ tables[(4 * 256) + (int)((word >> 24) & 0xFF)]
                ^ tables[(3 * 256) + (int)((word >> 32) & 0xFF)]
                ^ tables[(2 * 256) + (int)((word >> 40) & 0xFF)]
                ^ tables[256 + (int)((word >> 48) & 0xFF)]
                ^ tables[(int)(word >> 56)]);
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            value = (value >> 8) ^ tables[(int)((value ^ b) & 0xFF)];
        }

        return (ushort)value;
    }

    private static ushort[] BuildTables()
    {
        ReadOnlySpan<ushort> nibbles =
        [
            0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
            0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
        ];
        var tables = new ushort[8 * 256];
        for (var b = 0; b < 256; b++)
        {
            ushort crc = 0;
            foreach (var nibble in new[] { b & 0xF, b >> 4 })
            {
                var tmp = nibbles[crc & 0xF];
                crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ nibbles[nibble]);
            }

            tables[b] = crc;
        }

        for (var i = 256; i < tables.Length; i++)
        {
            var previous = tables[i - 256];
            tables[i] = (ushort)((previous >> 8) ^ tables[previous & 0xFF]);
        }

        return tables;
    }
}
