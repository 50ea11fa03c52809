using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunLift.Formats.Plans;
using RunLift.Formats.Reports;

namespace RunLift.Formats;

/// <summary>
/// How the JSON documents RunLift writes and stores (audit reports, formats.md §3; plans, §4) are written and read:
/// indented, camelCase, absent rather than null. Reading is lenient about missing fields, which read as their
/// defaults (an older document lacks the newer ones), and strict about the rest: a value of the wrong type, or a null
/// where the writer never writes one, is a <see cref="JsonException"/>.
/// </summary>
internal static class DocumentJson
{
    /// <summary>The types to write and read with; names like "Farmer's Carry" stay readable (the output is a file, not HTML).</summary>
    public static DocumentJsonContext Context { get; } = new(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

// Source-generated: reflection-free, and the written shape is fixed when this builds.
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PlanJsonDocument))]
[JsonSerializable(typeof(ReportJsonDocument))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
