using System.Diagnostics;
using System.Text.Json;
using RunLift.Testing;

namespace RunLift.Web.Tests.OpenApi;

/// <summary>
/// Redocly's CLI (the npm package <c>@redocly/cli</c>), linting an OpenAPI document with the repository's
/// <c>redocly.yaml</c>. Installed at test time outside the repository (<see cref="NpmPackage"/>): skipped without
/// node or npm, failing under CI=true.
/// </summary>
internal static class Redocly
{
    /// <summary>The version installed; 1.34.20 is the one to fall back to if this one stops installing.</summary>
    public const string Version = "2.77.0";

    private static readonly NpmPackage Cli = new("@redocly/cli", Version, "redocly-cli-" + Version);

    /// <summary>Every problem <c>redocly lint</c> finds in <paramref name="document"/>, errors and warnings alike.</summary>
    public static IReadOnlyList<RedoclyProblem> Lint(string document)
    {
        var start = new ProcessStartInfo("node");
        foreach (var argument in new[]
        {
            Path.Combine(Cli.PackageFolder, "bin", "cli.js"), "lint", document,
            "--config", RepositoryFiles.PathOf("redocly.yaml"), "--format", "json", "--max-problems", "10000",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing leaves the machine: no usage data, no check for a newer version.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        var (exitCode, output, error) = NpmPackage.Execute(start, TimeSpan.FromMinutes(2));

        // Exit code 1 is "problems found", which the JSON lists; anything else, or no JSON, is the linter failing.
        Assert.True(exitCode is 0 or 1 && output.TrimStart().StartsWith('{'), $"redocly lint exited with {exitCode}: {error}");
        using var report = JsonDocument.Parse(output);
        return
        [
            .. report.RootElement.GetProperty("problems").EnumerateArray().Select(p => new RedoclyProblem(
                p.GetProperty("ruleId").GetString()!,
                p.GetProperty("severity").GetString()!,
                p.GetProperty("location")[0].GetProperty("pointer").GetString()!,
                p.GetProperty("message").GetString()!)),
        ];
    }
}

/// <summary>One problem Redocly found: its rule, <c>error</c> or <c>warn</c>, where (a JSON pointer) and what.</summary>
internal sealed record RedoclyProblem(string RuleId, string Severity, string Pointer, string Message)
{
    public override string ToString() => $"{Severity} {RuleId} at {Pointer}: {Message}";
}
