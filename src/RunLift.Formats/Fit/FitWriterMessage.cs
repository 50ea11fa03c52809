using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace RunLift.Formats.Fit;

/// <summary>
/// One data message to write: its global number and its fields in order, each with its base type and size.
/// A field left without a value (null) is written as its type's invalid value, so that messages of one kind keep
/// one layout and share one definition.
/// </summary>
internal sealed class FitWriterMessage(ushort number)
{
    private readonly List<FitFieldLayout> _fields = [];
    private readonly ArrayBufferWriter<byte> _content = new();

    /// <summary>The global message number.</summary>
    public ushort Number { get; } = number;

    /// <summary>The fields' numbers, sizes and base types, in order: what a definition message declares.</summary>
    public ReadOnlySpan<FitFieldLayout> Fields => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_fields);

    /// <summary>The fields' bytes, little-endian, in order.</summary>
    public ReadOnlySpan<byte> Content => _content.WrittenSpan;

    /// <summary>Adds an integer field of <paramref name="type"/> (an enum, a signed or unsigned integer, a z-type or a byte).</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// the value does not fit the type, or is the type's invalid value (a reader would take it for no value).
    /// </exception>
    public FitWriterMessage Integer(byte field, FitBaseType type, long? value)
    {
        var size = FitBaseTypes.SizeOf(type);
        if (size == 0 || type is FitBaseType.String or FitBaseType.Float32 or FitBaseType.Float64)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not an integer base type.");
        }

        var invalid = FitBaseTypes.InvalidOf(type);
        ulong raw;
        if (value is long v)
        {
            var (min, max) = RangeOf(type);
            raw = unchecked((ulong)v);
            if (v < min || v > max || (raw & Mask(size)) == invalid)
            {
                throw new ArgumentOutOfRangeException(nameof(value), v, $"Field {field} of message {Number} cannot hold {v} as {type}.");
            }
        }
        else
        {
            raw = invalid;
        }

        Add(field, (byte)size, type);
        var span = _content.GetSpan(8);
        BinaryPrimitives.WriteUInt64LittleEndian(span, raw);
        _content.Advance(size);
        return this;
    }

    /// <summary>
    /// Adds a string field of <paramref name="size"/> bytes: the UTF-8 text, cut at a character boundary to leave
    /// room for its terminating zero, then zero-padded. Null or empty is the invalid (empty) string.
    /// </summary>
    public FitWriterMessage String(byte field, string? value, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, byte.MaxValue);
        Add(field, (byte)size, FitBaseType.String);
        var span = _content.GetSpan(size)[..size];
        span.Clear();
        Encoding.UTF8.GetBytes(Fit(value ?? string.Empty, size - 1), span);
        _content.Advance(size);
        return this;
    }

    /// <summary>The longest start of <paramref name="text"/> whose UTF-8 takes at most <paramref name="bytes"/> bytes, whole characters only.</summary>
    public static string Fit(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes)
        {
            return text;
        }

        var length = 0;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > bytes)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return text[..length];
    }

    private void Add(byte field, byte size, FitBaseType type)
    {
        if (_fields.Exists(f => f.Number == field))
        {
            throw new ArgumentException($"Message {Number} already has field {field}.", nameof(field));
        }

        if (_fields.Count == byte.MaxValue)
        {
            throw new InvalidOperationException($"Message {Number} cannot have more than {byte.MaxValue} fields.");
        }

        _fields.Add(new FitFieldLayout(field, size, type));
    }

    private static ulong Mask(int size) => size == 8 ? ulong.MaxValue : (1UL << (size * 8)) - 1;

    private static (long Min, long Max) RangeOf(FitBaseType type) => type switch
    {
        FitBaseType.SInt8 => (sbyte.MinValue, sbyte.MaxValue),
        FitBaseType.SInt16 => (short.MinValue, short.MaxValue),
        FitBaseType.SInt32 => (int.MinValue, int.MaxValue),
        FitBaseType.SInt64 => (long.MinValue, long.MaxValue),
        FitBaseType.UInt16 or FitBaseType.UInt16Z => (0, ushort.MaxValue),
        FitBaseType.UInt32 or FitBaseType.UInt32Z => (0, uint.MaxValue),
        FitBaseType.UInt64 or FitBaseType.UInt64Z => (0, long.MaxValue),
        _ => (0, byte.MaxValue),
    };
}

/// <summary>A field as a definition message declares it.</summary>
internal readonly record struct FitFieldLayout(byte Number, byte Size, FitBaseType Type);
