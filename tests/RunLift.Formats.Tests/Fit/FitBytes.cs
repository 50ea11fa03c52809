using System.Buffers.Binary;
using RunLift.Formats.Fit;

namespace RunLift.Formats.Tests.Fit;

/// <summary>Builds small FIT files byte by byte, for the cases no fixture has (big-endian, bad CRCs, chained files...).</summary>
internal sealed class FitBytes
{
    private readonly List<byte> records = [];

    /// <summary>A definition message: fields as (number, size, base type).</summary>
    public FitBytes Define(int local, ushort global, params (byte Number, byte Size, byte Type)[] fields) =>
        Define(local, global, bigEndian: false, fields, []);

    /// <summary>A definition message with its byte order and developer fields as (number, size, developer data index).</summary>
    public FitBytes Define(int local, ushort global, bool bigEndian, (byte Number, byte Size, byte Type)[] fields, (byte Number, byte Size, byte Index)[] developer)
    {
        records.Add((byte)(0x40 | (developer.Length > 0 ? 0x20 : 0) | local));
        records.Add(0);
        records.Add(bigEndian ? (byte)1 : (byte)0);
        var number = new byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(number, global);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(number, global);
        }

        records.AddRange(number);
        records.Add((byte)fields.Length);
        foreach (var (n, size, type) in fields)
        {
            records.AddRange([n, size, type]);
        }

        if (developer.Length > 0)
        {
            records.Add((byte)developer.Length);
            foreach (var (n, size, index) in developer)
            {
                records.AddRange([n, size, index]);
            }
        }

        return this;
    }

    /// <summary>A data message with a normal header.</summary>
    public FitBytes Data(int local, params byte[] content)
    {
        records.Add((byte)local);
        records.AddRange(content);
        return this;
    }

    /// <summary>A data message with a compressed-timestamp header.</summary>
    public FitBytes Compressed(int local, int offset, params byte[] content)
    {
        records.Add((byte)(0x80 | (local << 5) | offset));
        records.AddRange(content);
        return this;
    }

    /// <summary>The file: header (12 or 14 bytes), records, CRC. A header CRC of null writes the right one.</summary>
    public byte[] Build(int headerSize = 14, ushort? headerCrc = null, ushort? fileCrc = null, byte protocol = 0x20)
    {
        var file = new byte[headerSize + records.Count + 2];
        file[0] = (byte)headerSize;
        file[1] = protocol;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 21217);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)records.Count);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (headerSize == 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), headerCrc ?? FitCrc.Compute(file.AsSpan(0, 12)));
        }

        records.CopyTo(file, headerSize);
        var end = headerSize + records.Count;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(end), fileCrc ?? FitCrc.Compute(file.AsSpan(0, end)));
        return file;
    }

    public static byte[] U16(ushort value) => BitConverter.GetBytes(value);

    public static byte[] U32(uint value) => BitConverter.GetBytes(value);
}
