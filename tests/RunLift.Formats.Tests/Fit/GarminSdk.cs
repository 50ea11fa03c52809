using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RunLift.Formats.Tests.Fit;

/// <summary>
/// Garmin's own FIT decoder (the npm package <c>@garmin/fitsdk</c>), run on Node, as an independent reading to
/// check ours against. Its licence does not allow redistribution, so it is installed at test time into a cache
/// folder outside the repository (<c>$XDG_CACHE_HOME/runlift-tests</c> or <c>~/.cache/runlift-tests</c>), once,
/// under a file lock that parallel test processes share. Without node or npm the tests that need it are skipped,
/// and fail under CI=true, like the shared fixtures.
/// </summary>
internal static class GarminSdk
{
    /// <summary>The version installed: the profile our own constants come from.</summary>
    public const string Version = "21.217.0";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<(string, bool), GarminSdkDecoding> Decoded = new();

    /// <summary>The folder holding <c>node_modules/@garmin/fitsdk</c> (RUNLIFT_FITSDK overrides the cache).</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("RUNLIFT_FITSDK") is { Length: > 0 } overridden
            ? overridden
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                    ? cache
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "runlift-tests",
                "fitsdk-" + Version);

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
        var folder = Installed.Value;
        var script = Path.Combine(AppContext.BaseDirectory, "Fit", "garmin-sdk-decode.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(fitFile);
        if (readable)
        {
            start.ArgumentList.Add("--readable");
        }

        start.Environment["RUNLIFT_FITSDK"] = folder;
        var (exitCode, output, error) = Execute(start, TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"node {script} {fitFile} exited with {exitCode}: {error}");
        return new GarminSdkDecoding(JsonDocument.Parse(output).RootElement.Clone());
    }

    private static string Install()
    {
        var node = FindOnPath("node");
        var npm = FindOnPath("npm");
        if (node is null || npm is null)
        {
            Unavailable($"node and npm are needed to run Garmin's FIT SDK (missing: {(node is null ? "node" : "npm")}; apt-get install nodejs npm)");
        }

        var folder = Folder;
        var marker = Path.Combine(folder, ".installed-" + Version);
        if (File.Exists(marker))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        using (Lock(Path.Combine(folder, ".lock")))
        {
            if (File.Exists(marker))
            {
                return folder;
            }

            File.WriteAllText(Path.Combine(folder, "package.json"), "{ \"private\": true }\n");
            var start = new ProcessStartInfo(npm) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--no-save", "@garmin/fitsdk@" + Version })
            {
                start.ArgumentList.Add(argument);
            }

            var (exitCode, _, error) = Execute(start, TimeSpan.FromMinutes(5));
            if (exitCode != 0 || !File.Exists(Path.Combine(folder, "node_modules", "@garmin", "fitsdk", "package.json")))
            {
                Unavailable($"npm could not install @garmin/fitsdk@{Version} into {folder} (exit {exitCode}): {error}");
            }

            File.WriteAllText(marker, Version + "\n");
        }

        return folder;
    }

    // .NET takes an advisory lock for FileShare.None on Unix, so a second test process waits here.
    private static FileStream Lock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(5))
            {
                Thread.Sleep(200);
            }
        }
    }

    private static (int ExitCode, string Output, string Error) Execute(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    [DoesNotReturn]
    private static void Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + ", and CI=true requires it.");
        }

        Assert.Skip(reason + ".");
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
