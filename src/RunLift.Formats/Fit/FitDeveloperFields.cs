namespace RunLift.Formats.Fit;

/// <summary>A developer field's name, type and units, from a field_description message.</summary>
internal sealed record FitFieldDescription(byte DeveloperDataIndex, byte Number, FitBaseType Type, string? Name, string? Units);

/// <summary>
/// The developer fields described so far in one FIT file (developer_data_id + field_description messages), so that
/// later data messages can read their developer fields by type.
/// </summary>
internal sealed class FitDeveloperFields
{
    private readonly Dictionary<int, FitFieldDescription> descriptions = [];

    /// <summary>Changes whenever a description is added or the descriptions are cleared, so definitions know to look again.</summary>
    public int Version { get; private set; }

    public void Clear()
    {
        descriptions.Clear();
        Version++;
    }

    public FitFieldDescription? Find(byte developerDataIndex, byte number) =>
        descriptions.Count == 0 ? null : descriptions.GetValueOrDefault((developerDataIndex << 8) | number);

    /// <summary>
    /// Records the description in <paramref name="message"/> (a field_description). One without its index, number or
    /// base type describes nothing and is left out.
    /// </summary>
    public void Describe(in FitMessage message)
    {
        if (message.Byte(FitProfile.FieldDescription.DeveloperDataIndex) is not { } index
            || message.Byte(FitProfile.FieldDescription.FieldDefinitionNumber) is not { } number
            || message.Byte(FitProfile.FieldDescription.BaseType) is not { } baseType)
        {
            return;
        }

        descriptions[(index << 8) | number] = new FitFieldDescription(
            index,
            number,
            FitBaseTypes.FromByte(baseType),
            message.String(FitProfile.FieldDescription.FieldName),
            message.String(FitProfile.FieldDescription.Units));
        Version++;
    }
}
