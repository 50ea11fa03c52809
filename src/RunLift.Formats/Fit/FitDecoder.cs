using System.Buffers.Binary;

namespace RunLift.Formats.Fit;

/// <summary>Receives each data message a <see cref="FitDecoder"/> reads, in file order.</summary>
internal interface IFitVisitor
{
    void OnMessage(in FitMessage message);
}

/// <summary>What decoding said besides the messages: how many chained files there were, and any CRC warnings.</summary>
internal sealed record FitDecodeSummary(int Files, IReadOnlyList<string> Warnings);

/// <summary>
/// Decodes the FIT protocol: 12- and 14-byte headers with their CRCs, normal and compressed-timestamp record
/// headers, definitions in either byte order, developer fields and chained files. RunLift has its own codec because
/// no C# FIT library is available to it; Garmin's JavaScript SDK checks it in the tests.
/// <para>
/// It works on the bytes in place: messages reach the visitor as views over the input, definitions are kept in
/// buffers reused across redefinitions, and nothing is allocated from a size the file claims. Every problem is an
/// <see cref="InputException"/> naming the byte offset. One decoder can read many files, one at a time.
/// </para>
/// </summary>
internal sealed class FitDecoder
{
    private const int MaxLocalTypes = 16;

    private readonly FitDefinition[] definitions = new FitDefinition[MaxLocalTypes];
    private readonly FitDeveloperFields developerFields = new();

    public FitDecoder()
    {
        for (var i = 0; i < definitions.Length; i++)
        {
            definitions[i] = new FitDefinition();
        }
    }

    /// <summary>Decodes <paramref name="input"/>, one FIT file or several back to back, passing every data message to <paramref name="visitor"/>.</summary>
    /// <exception cref="InputException">the input is not FIT, is truncated or damaged, or (unless told to ignore it) fails its CRC.</exception>
    public FitDecodeSummary Decode<TVisitor>(ReadOnlySpan<byte> input, string file, FitDecodeOptions options, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        if (input.IsEmpty)
        {
            throw new InputException(file, "is empty, not a FIT file");
        }

        List<string>? warnings = null;
        var position = 0;
        var files = 0;
        while (position < input.Length)
        {
            position = DecodeFile(input, position, file, options, visitor, ref warnings);
            files++;
        }

        return new FitDecodeSummary(files, warnings ?? (IReadOnlyList<string>)[]);
    }

    private int DecodeFile<TVisitor>(ReadOnlySpan<byte> input, int start, string file, FitDecodeOptions options, TVisitor visitor, ref List<string>? warnings)
        where TVisitor : IFitVisitor
    {
        var headerSize = input[start];
        if (headerSize is not (12 or 14))
        {
            throw Fail(
                file,
                start,
                start == 0
                    ? $"a FIT header is 12 or 14 bytes long, not {headerSize}"
                    : $"expected another FIT file after the previous one's CRC (a header of 12 or 14 bytes), found a byte {headerSize}");
        }

        if (input.Length - start < headerSize)
        {
            throw Fail(file, input.Length, start == 0 ? "the file ends inside its FIT header" : "the file ends inside the header of a chained FIT file");
        }

        if (!input.Slice(start + 8, 4).SequenceEqual(".FIT"u8))
        {
            throw Fail(file, start + 8, "expected the FIT signature \".FIT\"");
        }

        var protocol = input[start + 1];
        if (protocol >> 4 > 2)
        {
            throw Fail(file, start + 1, $"FIT protocol {protocol >> 4}.{protocol & 0xF} is newer than this reader knows (1.x and 2.x)");
        }

        if (headerSize == 14)
        {
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(input.Slice(start + 12, 2));
            if (stored != 0 && stored != FitCrc.Compute(input.Slice(start, 12)))
            {
                CrcMismatch(file, start + 12, $"the header's CRC is 0x{stored:X4}, but its bytes give 0x{FitCrc.Compute(input.Slice(start, 12)):X4}", options, ref warnings);
            }
        }

        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(input.Slice(start + 4, 4));
        var dataStart = start + headerSize;
        if (dataSize > (uint)(input.Length - dataStart) || input.Length - dataStart - (int)dataSize < 2)
        {
            throw Fail(file, input.Length, $"the file ends before the {dataSize} bytes of records and the CRC its header announces (it is cut short)");
        }

        var dataEnd = dataStart + (int)dataSize;
        var crc = BinaryPrimitives.ReadUInt16LittleEndian(input.Slice(dataEnd, 2));
        var computed = FitCrc.Compute(input[start..dataEnd]);
        if (crc != computed)
        {
            CrcMismatch(file, dataEnd, $"the file's CRC is 0x{crc:X4}, but its content gives 0x{computed:X4}", options, ref warnings);
        }

        foreach (var definition in definitions)
        {
            definition.Clear();
        }

        developerFields.Clear();
        DecodeRecords(input, dataStart, dataEnd, file, visitor);
        return dataEnd + 2;
    }

    private void DecodeRecords<TVisitor>(ReadOnlySpan<byte> input, int position, int end, string file, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        uint lastTimestamp = 0;
        while (position < end)
        {
            var header = input[position];
            if ((header & 0x80) != 0)
            {
                var offset = (uint)(header & 0x1F);
                var timestamp = (lastTimestamp & ~0x1Fu) + offset;
                if (offset < (lastTimestamp & 0x1F))
                {
                    timestamp += 0x20;
                }

                lastTimestamp = timestamp;
                position = DecodeData(input, position, end, (header >> 5) & 0x3, timestamp, file, visitor, ref lastTimestamp);
            }
            else if ((header & 0x40) != 0)
            {
                position = DecodeDefinition(input, position, end, header, file);
            }
            else
            {
                position = DecodeData(input, position, end, header & 0xF, null, file, visitor, ref lastTimestamp);
            }
        }
    }

    private int DecodeDefinition(ReadOnlySpan<byte> input, int position, int end, byte header, string file)
    {
        if (end - position < 6)
        {
            throw Fail(file, position, $"a definition message runs past the end of the records at byte {end}");
        }

        var architecture = input[position + 2];
        if (architecture > 1)
        {
            throw Fail(file, position + 2, $"a definition's architecture is 0 (little-endian) or 1 (big-endian), not {architecture}");
        }

        var bigEndian = architecture == 1;
        var global = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(input.Slice(position + 3, 2))
            : BinaryPrimitives.ReadUInt16LittleEndian(input.Slice(position + 3, 2));
        int fieldCount = input[position + 5];
        var fieldsEnd = position + 6 + (3 * fieldCount);
        var hasDeveloperFields = (header & 0x20) != 0;
        if (fieldsEnd + (hasDeveloperFields ? 1 : 0) > end)
        {
            throw Fail(file, position, $"a definition message of {fieldCount} fields runs past the end of the records at byte {end}");
        }

        var developerCount = hasDeveloperFields ? input[fieldsEnd] : 0;
        var next = hasDeveloperFields ? fieldsEnd + 1 + (3 * developerCount) : fieldsEnd;
        if (next > end)
        {
            throw Fail(file, position, $"a definition message of {developerCount} developer fields runs past the end of the records at byte {end}");
        }

        var definition = definitions[header & 0xF];
        definition.Begin(global, bigEndian, fieldCount);
        for (var field = position + 6; field < fieldsEnd; field += 3)
        {
            definition.Add(input[field], input[field + 1], input[field + 2]);
        }

        if (hasDeveloperFields)
        {
            definition.BeginDeveloperFields(developerCount);
            for (var field = fieldsEnd + 1; field < next; field += 3)
            {
                definition.AddDeveloperField(input[field], input[field + 1], input[field + 2]);
            }
        }

        return next;
    }

    private int DecodeData<TVisitor>(
        ReadOnlySpan<byte> input, int position, int end, int localType, uint? timestamp, string file, TVisitor visitor, ref uint lastTimestamp)
        where TVisitor : IFitVisitor
    {
        var definition = definitions[localType];
        if (!definition.IsDefined)
        {
            throw Fail(file, position, $"a data message of local type {localType}, which no definition message has defined");
        }

        var size = definition.Size;
        if (end - position - 1 < size)
        {
            throw Fail(file, position, $"a message {definition.GlobalNumber} of {size} bytes runs past the end of the records at byte {end}");
        }

        var content = input.Slice(position + 1, size);
        if (definition.TimestampIndex >= 0)
        {
            var field = definition.Fields[definition.TimestampIndex];
            var value = definition.BigEndian
                ? BinaryPrimitives.ReadUInt32BigEndian(content.Slice(field.Offset, 4))
                : BinaryPrimitives.ReadUInt32LittleEndian(content.Slice(field.Offset, 4));
            if (value != uint.MaxValue)
            {
                timestamp = value;
                lastTimestamp = value;
            }
        }

        var message = new FitMessage(content, definition, developerFields, timestamp, position);
        if (definition.GlobalNumber == FitProfile.Messages.FieldDescription)
        {
            developerFields.Describe(message);
        }

        visitor.OnMessage(message);
        return position + 1 + size;
    }

    private static void CrcMismatch(string file, int offset, string reason, FitDecodeOptions options, ref List<string>? warnings)
    {
        if (!options.IgnoreCrc)
        {
            throw Fail(file, offset, reason + ": the file is damaged");
        }

        (warnings ??= []).Add($"at byte {offset}: {reason}; read anyway, so its values may be wrong");
    }

    private static InputException Fail(string file, int offset, string reason) => new(file, 0, 0, $"at byte {offset}: {reason}");
}
