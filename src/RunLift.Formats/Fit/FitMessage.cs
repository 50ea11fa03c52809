namespace RunLift.Formats.Fit;

/// <summary>
/// One data message, valid only during the visitor's call: its fields are read from the file's bytes on demand,
/// so visiting a message allocates nothing.
/// </summary>
internal readonly ref struct FitMessage
{
    private readonly ReadOnlySpan<byte> content;
    private readonly FitDefinition definition;
    private readonly FitDeveloperFields developer;

    public FitMessage(ReadOnlySpan<byte> content, FitDefinition definition, FitDeveloperFields developer, uint? timestamp, int offset)
    {
        this.content = content;
        this.definition = definition;
        this.developer = developer;
        Timestamp = timestamp;
        Offset = offset;
    }

    /// <summary>The global message number (<see cref="FitProfile.Messages"/>).</summary>
    public ushort Number => definition.GlobalNumber;

    /// <summary>The message's timestamp: its field 253, or the one a compressed-timestamp header gave it.</summary>
    public uint? Timestamp { get; }

    /// <summary>Where the message's record header is in the input, for errors.</summary>
    public int Offset { get; }

    public int FieldCount => definition.FieldCount;

    public int DeveloperFieldCount => definition.DeveloperFieldCount;

    public FitField FieldAt(int index)
    {
        return new FitField(definition.Fields[index], content, definition.BigEndian);
    }

    public bool TryGetField(byte number, out FitField field)
    {
        var index = definition.IndexOf(number);
        field = index < 0 ? default : FieldAt(index);
        return index >= 0;
    }

    /// <summary>
    /// Developer field <paramref name="index"/>: read as the base type its field_description gives, or as raw bytes when
    /// no description came before it (or its size does not fit that type).
    /// </summary>
    public FitDeveloperField DeveloperFieldAt(int index)
    {
        var (layout, description) = definition.DeveloperField(index, developer);
        return new FitDeveloperField(definition.DeveloperFields[index].DeveloperDataIndex, description, new FitField(layout, content, definition.BigEndian));
    }

    /// <summary>The first value of field <paramref name="number"/> as an integer, or null when absent or invalid.</summary>
    public long? Integer(byte number) => TryGetField(number, out var field) && field.TryGetInteger(0, out var value) ? value : null;

    /// <summary>The first value of field <paramref name="number"/> as an unsigned 32-bit integer, or null.</summary>
    public uint? UInt32(byte number) => Integer(number) is { } value and >= 0 and <= uint.MaxValue ? (uint)value : null;

    /// <summary>The first value of field <paramref name="number"/> as an unsigned 16-bit integer, or null.</summary>
    public ushort? UInt16(byte number) => Integer(number) is { } value and >= 0 and <= ushort.MaxValue ? (ushort)value : null;

    /// <summary>
    /// The values of array field <paramref name="number"/> as unsigned 16-bit integers, null where a value is invalid
    /// (positions matter: a set's categories and names pair up), at most <paramref name="limit"/> of them.
    /// </summary>
    public ushort?[] UInt16Values(byte number, int limit)
    {
        if (!TryGetField(number, out var field))
        {
            return [];
        }

        var values = new ushort?[Math.Min(field.Count, limit)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = field.TryGetInteger(i, out var value) && value is >= 0 and <= ushort.MaxValue ? (ushort)value : null;
        }

        return values;
    }

    /// <summary>The first value of field <paramref name="number"/> as a byte (enums), or null.</summary>
    public byte? Byte(byte number) => Integer(number) is { } value and >= 0 and <= byte.MaxValue ? (byte)value : null;

    /// <summary>The text of string field <paramref name="number"/>, or null.</summary>
    public string? String(byte number) => TryGetField(number, out var field) ? field.GetString() : null;
}

/// <summary>A developer field of a data message, with the description that names it (null when none came first).</summary>
internal readonly ref struct FitDeveloperField
{
    public FitDeveloperField(byte developerDataIndex, FitFieldDescription? description, FitField field)
    {
        DeveloperDataIndex = developerDataIndex;
        Description = description;
        Field = field;
    }

    public byte DeveloperDataIndex { get; }

    public FitFieldDescription? Description { get; }

    public FitField Field { get; }
}
