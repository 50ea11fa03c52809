using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunLift.Catalog;

/// <summary>The JSON shape of exercises.json (formats.md §5): camelCase fields, kebab-case enum values.</summary>
internal static class CatalogJson
{
    public static IReadOnlyList<Exercise> Read(Stream stream) =>
        JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.ListExercise)
        ?? throw new InvalidDataException("The exercise catalog is empty.");

    /// <summary>One entry per line, so that a change to the catalog reads as a one-line diff.</summary>
    public static string Write(IEnumerable<Exercise> exercises) =>
        "[\n" + string.Join(",\n", exercises.Select(e => "  " + JsonSerializer.Serialize(e, CatalogJsonContext.Default.Exercise))) + "\n]\n";
}

// Source-generated so that the catalog loads in trimmed and AOT-compiled hosts, where reflection-based JSON is off.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(KebabCaseEnumConverter<MovementPattern>), typeof(KebabCaseEnumConverter<Mechanic>), typeof(KebabCaseEnumConverter<BodyRegion>)])]
[JsonSerializable(typeof(List<Exercise>))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;

internal sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
