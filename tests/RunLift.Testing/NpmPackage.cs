using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace RunLift.Testing;

/// <summary>
/// An npm package that tests run on Node (Garmin's FIT SDK, Redocly's CLI), installed at test time into a cache
/// folder outside the repository (<c>$XDG_CACHE_HOME/runlift-tests</c> or <c>~/.cache/runlift-tests</c>), once,
/// under a file lock that parallel test processes share: nothing is committed, and licences that forbid
/// redistribution are respected. Without node or npm the tests that need it are skipped, and fail under CI=true,
/// like the shared fixtures.
/// </summary>
/// <param name="name">The package, as npm names it (<c>@redocly/cli</c>).</param>
/// <param name="version">The exact version installed.</param>
/// <param name="folderName">The cache folder's name, one per package and version.</param>
/// <param name="overrideVariable">An environment variable that, when set, names the install folder instead of the cache.</param>
public sealed class NpmPackage(string name, string version, string folderName, string? overrideVariable = null)
{
    private readonly Lazy<string> installed = new(() => Install(name, version, Folder(folderName, overrideVariable)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The folder holding <c>node_modules/NAME</c>, installed on first use. Skips the test (fails under CI=true)
    /// when node or npm is missing or npm cannot install the package.
    /// </summary>
    public string InstallFolder => installed.Value;

    /// <summary>The package's own folder (<c>node_modules/NAME</c>), installed on first use.</summary>
    public string PackageFolder => Path.Combine(InstallFolder, "node_modules", name);

    /// <summary>Runs a program to its end within <paramref name="timeout"/> (fails the test past it): its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Execute(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
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

    private static string Folder(string folderName, string? overrideVariable) =>
        overrideVariable is not null && Environment.GetEnvironmentVariable(overrideVariable) is { Length: > 0 } overridden
            ? overridden
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                    ? cache
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "runlift-tests",
                folderName);

    private static string Install(string name, string version, string folder)
    {
        var node = FindOnPath("node");
        var npm = FindOnPath("npm");
        if (node is null || npm is null)
        {
            Unavailable($"node and npm are needed to run {name} (missing: {(node is null ? "node" : "npm")}; apt-get install nodejs npm)");
        }

        var marker = Path.Combine(folder, ".installed-" + version);
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
            var start = new ProcessStartInfo(npm) { WorkingDirectory = folder };
            foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--no-save", name + "@" + version })
            {
                start.ArgumentList.Add(argument);
            }

            var (exitCode, _, error) = Execute(start, TimeSpan.FromMinutes(5));
            if (exitCode != 0 || !File.Exists(Path.Combine(folder, "node_modules", name, "package.json")))
            {
                Unavailable($"npm could not install {name}@{version} into {folder} (exit {exitCode}): {error}");
            }

            File.WriteAllText(marker, version + "\n");
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

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
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
