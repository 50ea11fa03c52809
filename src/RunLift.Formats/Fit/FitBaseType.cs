namespace RunLift.Formats.Fit;

/// <summary>The FIT base types, by the number a field definition carries (bit 7 set = multi-byte, endian-sensitive).</summary>
internal enum FitBaseType : byte
{
    /// <summary>An enum value in one byte (invalid 0xFF).</summary>
    Enum = 0x00,

    /// <summary>Signed 8-bit (invalid 0x7F).</summary>
    SInt8 = 0x01,

    /// <summary>Unsigned 8-bit (invalid 0xFF).</summary>
    UInt8 = 0x02,

    /// <summary>Signed 16-bit (invalid 0x7FFF).</summary>
    SInt16 = 0x83,

    /// <summary>Unsigned 16-bit (invalid 0xFFFF).</summary>
    UInt16 = 0x84,

    /// <summary>Signed 32-bit (invalid 0x7FFFFFFF).</summary>
    SInt32 = 0x85,

    /// <summary>Unsigned 32-bit (invalid 0xFFFFFFFF).</summary>
    UInt32 = 0x86,

    /// <summary>A null-terminated UTF-8 string (invalid when empty).</summary>
    String = 0x07,

    /// <summary>IEEE 754 single (invalid: all bits set).</summary>
    Float32 = 0x88,

    /// <summary>IEEE 754 double (invalid: all bits set).</summary>
    Float64 = 0x89,

    /// <summary>Unsigned 8-bit where 0 is invalid.</summary>
    UInt8Z = 0x0A,

    /// <summary>Unsigned 16-bit where 0 is invalid.</summary>
    UInt16Z = 0x8B,

    /// <summary>Unsigned 32-bit where 0 is invalid.</summary>
    UInt32Z = 0x8C,

    /// <summary>Raw bytes (invalid when every byte is 0xFF).</summary>
    Byte = 0x0D,

    /// <summary>Signed 64-bit (invalid 0x7FFFFFFFFFFFFFFF).</summary>
    SInt64 = 0x8E,

    /// <summary>Unsigned 64-bit (invalid 0xFFFFFFFFFFFFFFFF).</summary>
    UInt64 = 0x8F,

    /// <summary>Unsigned 64-bit where 0 is invalid.</summary>
    UInt64Z = 0x90,
}

/// <summary>Sizes and invalid values of the base types.</summary>
internal static class FitBaseTypes
{
    /// <summary>The size in bytes of one value of <paramref name="type"/>; 0 for a number no FIT version defines.</summary>
    public static int SizeOf(FitBaseType type) => type switch
    {
        FitBaseType.Enum or FitBaseType.SInt8 or FitBaseType.UInt8 or FitBaseType.String or FitBaseType.UInt8Z or FitBaseType.Byte => 1,
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16Z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.UInt32Z or FitBaseType.Float32 => 4,
        FitBaseType.Float64 or FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64Z => 8,
        _ => 0,
    };

    /// <summary>The raw bits that mean "no value" for <paramref name="type"/> (strings: the empty string, not used here).</summary>
    public static ulong InvalidOf(FitBaseType type) => type switch
    {
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.SInt32 => 0x7FFFFFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => 0xFFFFFFFF,
        FitBaseType.Float64 or FitBaseType.UInt64 => ulong.MaxValue,
        FitBaseType.SInt64 => long.MaxValue,
        FitBaseType.UInt8Z or FitBaseType.UInt16Z or FitBaseType.UInt32Z or FitBaseType.UInt64Z or FitBaseType.String => 0,
        _ => 0xFF,
    };

    /// <summary>
    /// The base type a definition's type byte names. Writers set bit 7 on multi-byte types and some leave it off;
    /// the low five bits alone identify the type, so they are what is read.
    /// </summary>
    public static FitBaseType FromByte(byte value) => (value & 0x1F) switch
    {
        0x00 => FitBaseType.Enum,
        0x01 => FitBaseType.SInt8,
        0x02 => FitBaseType.UInt8,
        0x03 => FitBaseType.SInt16,
        0x04 => FitBaseType.UInt16,
        0x05 => FitBaseType.SInt32,
        0x06 => FitBaseType.UInt32,
        0x07 => FitBaseType.String,
        0x08 => FitBaseType.Float32,
        0x09 => FitBaseType.Float64,
        0x0A => FitBaseType.UInt8Z,
        0x0B => FitBaseType.UInt16Z,
        0x0C => FitBaseType.UInt32Z,
        0x0D => FitBaseType.Byte,
        0x0E => FitBaseType.SInt64,
        0x0F => FitBaseType.UInt64,
        0x10 => FitBaseType.UInt64Z,
        _ => FitBaseType.Byte, // an unknown type: its bytes are kept, never interpreted
    };
}
