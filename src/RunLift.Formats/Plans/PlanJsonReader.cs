using System.Text.Json;

namespace RunLift.Formats.Plans;

/// <summary>Reads back the JSON plan <see cref="PlanJsonWriter"/> writes (a saved plan, <c>runlift plan --format json</c>).</summary>
public static class PlanJsonReader
{
    /// <summary>The plan in <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The text is not a plan document: not a JSON object, or a field of the wrong type or null where it cannot be.</exception>
    public static PlanJsonDocument Read(string json) =>
        JsonSerializer.Deserialize(json, DocumentJson.Context.PlanJsonDocument)
        ?? throw new JsonException("The plan document is null.");
}
