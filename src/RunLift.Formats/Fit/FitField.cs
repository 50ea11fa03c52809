using System.Buffers.Binary;
using System.Text;

namespace RunLift.Formats.Fit;

/// <summary>
/// One field of a data message: its bytes, read on demand as its base type. An array holds several values; a value
/// equal to its base type's invalid value is absent (for raw bytes, only when every byte is 0xFF).
/// </summary>
internal readonly ref struct FitField
{
    private readonly bool bigEndian;
    private readonly byte size;
    private readonly ulong invalid;
    private readonly int count;

    /// <summary>The field <paramref name="definition"/> lays out in a message's <paramref name="content"/>.</summary>
    public FitField(FitFieldDefinition definition, ReadOnlySpan<byte> content, bool bigEndian)
    {
        Number = definition.Number;
        Type = definition.Type;
        Bytes = content.Slice(definition.Offset, definition.Size);
        this.bigEndian = bigEndian;
        size = definition.ElementSize;
        invalid = definition.Invalid;
        count = definition.Count;
    }

    public byte Number { get; }

    public FitBaseType Type { get; }

    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>How many values the field holds (a string is one value).</summary>
    public int Count => count;

    /// <summary>True when the field holds at least one value that is not its base type's invalid value.</summary>
    public bool HasValue
    {
        get
        {
            if (Type == FitBaseType.String)
            {
                return Bytes.Length > 0 && Bytes[0] != 0;
            }

            if (Type == FitBaseType.Byte)
            {
                return Bytes.ContainsAnyExcept((byte)0xFF);
            }

            for (var i = 0; i < count; i++)
            {
                if (Raw(i) != invalid)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Value <paramref name="index"/> as an integer, when the field is an integer type (enums and raw bytes included)
    /// and the value is valid. Unsigned 64-bit values above <see cref="long.MaxValue"/> do not fit and read as absent.
    /// </summary>
    public bool TryGetInteger(int index, out long value)
    {
        value = 0;
        if (Type is FitBaseType.String or FitBaseType.Float32 or FitBaseType.Float64 || (uint)index >= (uint)count)
        {
            return false;
        }

        var raw = Raw(index);
        if (raw == invalid && (Type != FitBaseType.Byte || !Bytes.ContainsAnyExcept((byte)0xFF)))
        {
            return false;
        }

        value = Type switch
        {
            FitBaseType.SInt8 => (sbyte)raw,
            FitBaseType.SInt16 => (short)raw,
            FitBaseType.SInt32 => (int)raw,
            _ => (long)raw,
        };
        return Type is not (FitBaseType.UInt64 or FitBaseType.UInt64Z) || raw <= long.MaxValue;
    }

    /// <summary>Value <paramref name="index"/> as a number of any numeric type, when valid.</summary>
    public bool TryGetDouble(int index, out double value)
    {
        if (Type is FitBaseType.Float32 or FitBaseType.Float64)
        {
            value = 0;
            if ((uint)index >= (uint)count)
            {
                return false;
            }

            var raw = Raw(index);
            value = Type == FitBaseType.Float32 ? BitConverter.UInt32BitsToSingle((uint)raw) : BitConverter.UInt64BitsToDouble(raw);
            return raw != invalid;
        }

        var valid = TryGetInteger(index, out var integer);
        value = integer;
        return valid;
    }

    /// <summary>
    /// The text of a string field: UTF-8 up to the first NUL within the field's size; bytes that are not UTF-8 are
    /// dropped. Null when empty.
    /// </summary>
    public string? GetString()
    {
        if (Type != FitBaseType.String)
        {
            return null;
        }

        var end = Bytes.IndexOf((byte)0);
        var text = Bytes[..(end < 0 ? Bytes.Length : end)];
        return text.IsEmpty ? null : Encoding.UTF8.GetString(text).Replace("\uFFFD", "", StringComparison.Ordinal) is { Length: > 0 } s ? s : null;
    }

    /// <summary>The raw bits of value <paramref name="index"/>, in the field's byte order.</summary>
    public ulong Raw(int index)
    {
        var bytes = Bytes.Slice(index * size, size);
        return size switch
        {
            1 => bytes[0],
            2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        };
    }
}
