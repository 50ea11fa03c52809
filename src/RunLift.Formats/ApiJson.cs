using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunLift.Formats;

/// <summary>
/// The JSON of the web API, which the data export and <c>runlift catalog --format json</c> write too: camelCase names
/// and kebab-case enum values (<c>race-pace</c>, <c>isolation-upper</c>), so that a word is the same in every JSON
/// RunLift answers with. (The documents it stores, plans and audit reports, have their own writers.)
/// </summary>
public static class ApiJson
{
    /// <summary>As the API writes it: compact.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>For a person at a terminal: indented, with names like "Farmer's Carry" left unescaped.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Gives <paramref name="options"/> (the web's defaults, as ASP.NET Core makes them) the API's enum values.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        if (indented)
        {
            options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        }

        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
