using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using RunLift.Testing;

namespace RunLift.Formats.Tests.Fit;

/// <summary>
/// Garmin's own FIT decoder (the npm package <c>@garmin/fitsdk</c>), run on Node, as an independent reading to
/// check ours against. Its licence does not allow redistribution, so it is installed at test time into a cache
/// folder outside the repository (<see cref="NpmPackage"/>); without node or npm the tests that need it are
/// skipped, and fail under CI=true, like the shared fixtures.
/// </summary>
internal static class GarminSdk
{
    /// <summary>The version installed: the profile our own constants come from.</summary>
    public const string Version = "21.217.0";

    // RUNLIFT_FITSDK names an install folder (the one holding node_modules/@garmin/fitsdk) instead of the cache.
    private static readonly NpmPackage Sdk = new("@garmin/fitsdk", Version, "fitsdk-" + Version, "RUNLIFT_FITSDK");
    private static readonly ConcurrentDictionary<(string, bool), GarminSdkDecoding> Decoded = new();

    /// <summary>
    /// Decodes <paramref name="fitFile"/> with the SDK. Raw by default: values as stored (no scale or offset, enums
    /// as numbers, date_time as FIT seconds, no sub-fields or expanded components, unknown fields under their
    /// number); <paramref name="readable"/> uses the SDK's defaults (scaled values, enum names, ISO dates).
    /// Skips the test (fails under CI=true) when node or npm is missing.
    /// </summary>
    public static GarminSdkDecoding Decode(string fitFile, bool readable = false) =>
        Decoded.GetOrAdd((Path.GetFullPath(fitFile), readable), key => Run(key.Item1, key.Item2));

    private static GarminSdkDecoding Run(string fitFile, bool readable)
    {
        var folder = Sdk.InstallFolder;
        var script = Path.Combine(AppContext.BaseDirectory, "Fit", "garmin-sdk-decode.mjs");
        var start = new ProcessStartInfo("node");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(fitFile);
        if (readable)
        {
            start.ArgumentList.Add("--readable");
        }

        start.Environment["RUNLIFT_FITSDK"] = folder;
        var (exitCode, output, error) = NpmPackage.Execute(start, TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"node {script} {fitFile} exited with {exitCode}: {error}");
        return new GarminSdkDecoding(JsonDocument.Parse(output).RootElement.Clone());
    }
}

/// <summary>What Garmin's SDK decoded from one file (the JSON garmin-sdk-decode.mjs prints).</summary>
internal sealed class GarminSdkDecoding(JsonElement root)
{
    /// <summary>The whole output: <c>profileVersion</c>, <c>errors</c>, <c>messages</c>, <c>fields</c>.</summary>
    public JsonElement Root { get; } = root;

    /// <summary>The SDK's errors (a CRC error, say); empty when it read the whole file.</summary>
    public IReadOnlyList<string> Errors => [.. Root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The SDK's message keys: <c>fileIdMesgs</c>, <c>setMesgs</c>, ... and numbers for messages it does not know.</summary>
    public IEnumerable<string> MessageKeys => Root.GetProperty("messages").EnumerateObject().Select(p => p.Name);

    /// <summary>
    /// The messages under <paramref name="key"/> (<c>setMesgs</c>, or a number for a message outside the SDK's profile),
    /// each an object of field name (or number) to value, with <c>developerFields</c> when it has any; empty when absent.
    /// </summary>
    public IReadOnlyList<JsonElement> Messages(string key) =>
        Root.GetProperty("messages").TryGetProperty(key, out var list) ? [.. list.EnumerateArray()] : [];

    /// <summary>The global message number of <paramref name="key"/>.</summary>
    public int MessageNumber(string key) =>
        int.TryParse(key, out var number) ? number : Root.GetProperty("fields").GetProperty(key).GetProperty("num").GetInt32();

    /// <summary>True when the SDK's profile declares field <paramref name="number"/> of <paramref name="key"/>'s messages an array.</summary>
    public bool IsArray(string key, int number) =>
        Root.GetProperty("fields").TryGetProperty(key, out var message)
        && message.GetProperty("arrays").EnumerateArray().Any(n => n.GetInt32() == number);

    /// <summary>The field number behind <paramref name="name"/> in <paramref name="key"/>'s messages (a number stays itself).</summary>
    public int FieldNumber(string key, string name) =>
        int.TryParse(name, out var number) ? number : Root.GetProperty("fields").GetProperty(key).GetProperty("fields").GetProperty(name).GetInt32();
}
