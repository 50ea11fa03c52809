using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunLift.Formats.Plans;
using RunLift.Formats.Reports;

namespace RunLift.Formats;

/// <summary>
/// How the JSON documents RunLift writes and stores (audit reports, formats.md §3; plans, §4) are written and read:
/// indented, camelCase, absent rather than null, and read strictly, so that a document that lacks a required field or
/// holds a null where the writer never writes one is refused instead of read half.
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
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PlanJsonDocument))]
[JsonSerializable(typeof(ReportJsonDocument))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
