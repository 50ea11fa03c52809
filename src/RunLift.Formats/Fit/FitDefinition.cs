namespace RunLift.Formats.Fit;

/// <summary>
/// One field of a definition message: where its bytes lie in each data message, and its base type's value size,
/// invalid value and count, worked out once here rather than for every value read.
/// </summary>
internal readonly record struct FitFieldDefinition(byte Number, byte Size, FitBaseType Type, int Offset)
{
    public byte ElementSize { get; } = (byte)FitBaseTypes.SizeOf(Type);

    public ulong Invalid { get; } = FitBaseTypes.InvalidOf(Type);

    /// <summary>How many values the field holds (a string is one).</summary>
    public int Count { get; } = Type == FitBaseType.String ? 1 : Size / FitBaseTypes.SizeOf(Type);
}

/// <summary>One developer field of a definition message.</summary>
internal readonly record struct FitDeveloperFieldDefinition(byte Number, byte Size, byte DeveloperDataIndex, int Offset);

/// <summary>
/// The layout a local message type has since its last definition message. The decoder keeps one per local type and
/// refills it on every redefinition, so a file that redefines often allocates nothing new.
/// </summary>
internal sealed class FitDefinition
{
    private readonly byte[] indexByNumber = new byte[256];
    private FitFieldDefinition[] fields = new FitFieldDefinition[16];
    private FitDeveloperFieldDefinition[] developerFields = [];
    private FitFieldDefinition[] developerLayouts = [];
    private FitFieldDescription?[] developerDescriptions = [];
    private int describedVersion = -1;

    public bool IsDefined { get; private set; }

    public ushort GlobalNumber { get; private set; }

    public bool BigEndian { get; private set; }

    public int FieldCount { get; private set; }

    public int DeveloperFieldCount { get; private set; }

    /// <summary>The size of each data message's content, developer fields included.</summary>
    public int Size { get; private set; }

    /// <summary>The index of a usable timestamp field (253, four bytes), or -1.</summary>
    public int TimestampIndex { get; private set; } = -1;

    public ReadOnlySpan<FitFieldDefinition> Fields => fields.AsSpan(0, FieldCount);

    public ReadOnlySpan<FitDeveloperFieldDefinition> DeveloperFields => developerFields.AsSpan(0, DeveloperFieldCount);

    public void Clear()
    {
        if (IsDefined)
        {
            foreach (var field in Fields)
            {
                indexByNumber[field.Number] = 0;
            }
        }

        IsDefined = false;
        describedVersion = -1;
        FieldCount = 0;
        DeveloperFieldCount = 0;
        Size = 0;
        TimestampIndex = -1;
    }

    /// <summary>Starts a new layout; <paramref name="fieldCount"/> is at most 255, so the buffers stay small.</summary>
    public void Begin(ushort globalNumber, bool bigEndian, int fieldCount)
    {
        Clear();
        GlobalNumber = globalNumber;
        BigEndian = bigEndian;
        if (fields.Length < fieldCount)
        {
            fields = new FitFieldDefinition[Math.Max(fieldCount, fields.Length * 2)];
        }

        IsDefined = true;
    }

    /// <summary>
    /// Adds a field. A size that is not a whole number of its base type's values makes the field raw bytes, which is
    /// what it then is: nothing in it can be read as that type.
    /// </summary>
    public void Add(byte number, byte size, byte baseType)
    {
        var type = FitBaseTypes.FromByte(baseType);
        if (size % FitBaseTypes.SizeOf(type) != 0)
        {
            type = FitBaseType.Byte;
        }

        fields[FieldCount] = new FitFieldDefinition(number, size, type, Size);
        indexByNumber[number] = (byte)(FieldCount + 1);
        if (number == FitProfile.Common.Timestamp)
        {
            TimestampIndex = size == 4 && type is FitBaseType.UInt32 ? FieldCount : -1;
        }

        FieldCount++;
        Size += size;
    }

    public void BeginDeveloperFields(int count)
    {
        if (developerFields.Length < count)
        {
            developerFields = new FitDeveloperFieldDefinition[Math.Max(count, 8)];
            developerLayouts = new FitFieldDefinition[developerFields.Length];
            developerDescriptions = new FitFieldDescription?[developerFields.Length];
        }
    }

    public void AddDeveloperField(byte number, byte size, byte developerDataIndex)
    {
        developerFields[DeveloperFieldCount++] = new FitDeveloperFieldDefinition(number, size, developerDataIndex, Size);
        Size += size;
    }

    /// <summary>
    /// Developer field <paramref name="index"/>'s layout, typed by its field_description (raw bytes without one, or when
    /// its size does not fit that type), and the description. Worked out again only after a new description arrives.
    /// </summary>
    public (FitFieldDefinition Layout, FitFieldDescription? Description) DeveloperField(int index, FitDeveloperFields described)
    {
        if (describedVersion != described.Version)
        {
            for (var i = 0; i < DeveloperFieldCount; i++)
            {
                var field = developerFields[i];
                var description = described.Find(field.DeveloperDataIndex, field.Number);
                var type = description?.Type ?? FitBaseType.Byte;
                if (field.Size % FitBaseTypes.SizeOf(type) != 0)
                {
                    type = FitBaseType.Byte;
                }

                developerLayouts[i] = new FitFieldDefinition(field.Number, field.Size, type, field.Offset);
                developerDescriptions[i] = description;
            }

            describedVersion = described.Version;
        }

        return (developerLayouts[index], developerDescriptions[index]);
    }

    /// <summary>The index of field <paramref name="number"/>, or -1 when the messages do not carry it.</summary>
    public int IndexOf(byte number) => indexByNumber[number] - 1;
}
