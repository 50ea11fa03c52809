using RunLift.Formats.Fit;

namespace RunLift.Formats.Tests.Fit;

/// <summary>One decoded message, copied out of the decoder's view: field number → values (null where invalid).</summary>
internal sealed record DecodedMessage(ushort Number, uint? Timestamp, IReadOnlyDictionary<byte, DecodedField> Fields, IReadOnlyList<DecodedDeveloperField> DeveloperFields)
{
    public object? this[byte number] => Fields.TryGetValue(number, out var field) ? field.First : null;
}

/// <summary>A field's values: integers as long (unsigned 64-bit as ulong), floats as double, a string as string.</summary>
internal sealed record DecodedField(FitBaseType Type, int Size, IReadOnlyList<object?> Values)
{
    public object? First => Values.Count > 0 ? Values[0] : null;
}

internal sealed record DecodedDeveloperField(byte DeveloperDataIndex, byte Number, string? Name, DecodedField Field);

/// <summary>A visitor that keeps every message, for tests (the product's visitors keep only what they read).</summary>
internal sealed class FitMessages : IFitVisitor
{
    public List<DecodedMessage> Messages { get; } = [];

    public FitDecodeSummary Summary { get; private set; } = new(0, []);

    public static FitMessages Decode(byte[] bytes, FitDecodeOptions? options = null, string name = "test.fit")
    {
        var messages = new FitMessages();
        messages.Summary = new FitDecoder().Decode(bytes, name, options ?? FitDecodeOptions.Default, messages);
        return messages;
    }

    public IEnumerable<DecodedMessage> Of(ushort number) => Messages.Where(m => m.Number == number);

    public void OnMessage(in FitMessage message)
    {
        var fields = new Dictionary<byte, DecodedField>();
        for (var i = 0; i < message.FieldCount; i++)
        {
            var field = message.FieldAt(i);
            if (field.HasValue)
            {
                fields[field.Number] = Copy(field);
            }
        }

        var developer = new List<DecodedDeveloperField>();
        for (var i = 0; i < message.DeveloperFieldCount; i++)
        {
            var field = message.DeveloperFieldAt(i);
            if (field.Field.HasValue)
            {
                developer.Add(new DecodedDeveloperField(field.DeveloperDataIndex, field.Field.Number, field.Description?.Name, Copy(field.Field)));
            }
        }

        Messages.Add(new DecodedMessage(message.Number, message.Timestamp, fields, developer));
    }

    private static DecodedField Copy(FitField field)
    {
        if (field.Type == FitBaseType.String)
        {
            return new DecodedField(field.Type, field.Bytes.Length, [field.GetString()]);
        }

        var values = new object?[field.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (field.Type is FitBaseType.UInt64 or FitBaseType.UInt64Z)
            {
                values[i] = field.Raw(i) == FitBaseTypes.InvalidOf(field.Type) ? null : field.Raw(i);
            }
            else if (field.Type is FitBaseType.Float32 or FitBaseType.Float64)
            {
                values[i] = field.TryGetDouble(i, out var d) ? d : null;
            }
            else
            {
                values[i] = field.TryGetInteger(i, out var v) ? v : null;
            }
        }

        return new DecodedField(field.Type, field.Bytes.Length, values);
    }
}
