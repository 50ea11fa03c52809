using System.Buffers;
using System.Buffers.Binary;

namespace RunLift.Formats.Fit;

/// <summary>
/// Writes a FIT file: a 14-byte header with its CRC, the messages, the file CRC. Every message goes out as a data
/// record after the definition of its layout (little-endian); a layout written before is reused while it holds one
/// of the 16 local message types, so a file of many messages of few kinds carries few definitions.
/// </summary>
internal sealed class FitWriter
{
    /// <summary>Protocol 1.0: nothing written needs 2.0 (developer fields, 64-bit types), and every device reads 1.0.</summary>
    public const byte ProtocolVersion = 0x10;

    /// <summary>The profile the messages follow (21.217), as Garmin's SDK writes it: major × 1000 + minor.</summary>
    public const ushort ProfileVersion = 21217;

    private const int HeaderSize = 14;
    private const int LocalTypes = 16;

    private readonly ArrayBufferWriter<byte> _records = new();
    private readonly (ushort Number, FitFieldLayout[] Fields)?[] _locals = new (ushort, FitFieldLayout[])?[LocalTypes];
    private int _nextLocal;

    /// <summary>Appends <paramref name="message"/>, after its definition when its layout holds no local type.</summary>
    public void Write(FitWriterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var local = LocalOf(message);
        if (local < 0)
        {
            local = _nextLocal;
            _nextLocal = (_nextLocal + 1) % LocalTypes;
            _locals[local] = (message.Number, message.Fields.ToArray());
            Define((byte)local, message);
        }

        var span = _records.GetSpan(1 + message.Content.Length);
        span[0] = (byte)local;
        message.Content.CopyTo(span[1..]);
        _records.Advance(1 + message.Content.Length);
    }

    /// <summary>The whole file: header, the records written so far, CRC.</summary>
    public byte[] ToArray()
    {
        var records = _records.WrittenSpan;
        var file = new byte[HeaderSize + records.Length + 2];
        var header = file.AsSpan(0, HeaderSize);
        header[0] = HeaderSize;
        header[1] = ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)records.Length);
        ".FIT"u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], FitCrc.Compute(header[..12]));
        records.CopyTo(file.AsSpan(HeaderSize));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(HeaderSize + records.Length), FitCrc.Compute(file.AsSpan(0, HeaderSize + records.Length)));
        return file;
    }

    private int LocalOf(FitWriterMessage message)
    {
        for (var i = 0; i < LocalTypes; i++)
        {
            if (_locals[i] is { } defined && defined.Number == message.Number && message.Fields.SequenceEqual(defined.Fields))
            {
                return i;
            }
        }

        return -1;
    }

    private void Define(byte local, FitWriterMessage message)
    {
        var fields = message.Fields;
        var span = _records.GetSpan(6 + (3 * fields.Length));
        span[0] = (byte)(0x40 | local);
        span[1] = 0; // reserved
        span[2] = 0; // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(span[3..], message.Number);
        span[5] = (byte)fields.Length;
        for (var i = 0; i < fields.Length; i++)
        {
            span[6 + (3 * i)] = fields[i].Number;
            span[7 + (3 * i)] = fields[i].Size;
            span[8 + (3 * i)] = (byte)fields[i].Type;
        }

        _records.Advance(6 + (3 * fields.Length));
    }
}
