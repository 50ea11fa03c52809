using System.Text.Json;
using Microsoft.Playwright;
using RunLift.Testing;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// Deque's axe-core, the accessibility rules engine, run on a page: the npm package installed at test time into the
/// tests' cache outside the repository (<see cref="NpmPackage"/>; nothing of it is committed) and evaluated in the
/// page through the DevTools protocol, which the app's content security policy does not govern. Without node or npm
/// the tests that need it are skipped, and fail under CI=true.
/// </summary>
internal static class Axe
{
    /// <summary>The version installed.</summary>
    public const string Version = "4.11.0";

    // RUNLIFT_AXE names an install folder (the one holding node_modules/axe-core) instead of the cache.
    private static readonly NpmPackage Package = new("axe-core", Version, "axe-core-" + Version, "RUNLIFT_AXE");
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(Package.PackageFolder, "axe.min.js")));

    // Every rule axe runs by default (WCAG 2.0–2.2 A and AA, and its best practices), the serious and critical
    // violations kept, each with the elements it found.
    private const string Run = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ')),
                    summary: v.nodes[0]?.failureSummary ?? '',
                    html: (v.nodes[0]?.html ?? '').slice(0, 300),
                }));
        }
        """;

    /// <summary>The serious and critical violations axe finds on <paramref name="page"/> as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.Deserialize<List<AxeViolation>>(JsonSerializerOptions.Web)!;
    }

    /// <summary>
    /// Fails, naming <paramref name="where"/>, when axe finds any serious or critical violation on
    /// <paramref name="page"/>: each with its rule, impact, what it asks for and the elements that break it.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var violations = await SeriousViolationsAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core {Version} on {where}: {violations.Count} serious or critical violation(s)\n"
                + string.Join("\n", violations.Select(v => v.ToString())));
        }
    }
}

/// <summary>
/// One rule axe found broken: its id, impact and help text, the CSS selectors of the elements breaking it, and what is
/// wrong with the first of them (axe's own words: "Element has insufficient color contrast of 3.9 …") and its markup.
/// </summary>
internal sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets, string Summary, string Html)
{
    // At most a few elements each: enough to find them, short enough to read.
    public override string ToString() =>
        $"- {Id} ({Impact}): {Help}; {Targets.Count} element(s): {string.Join(" | ", Targets.Take(5))}{(Targets.Count > 5 ? " | …" : "")}; the first, {Html}: {Summary.ReplaceLineEndings(" ")}";
}
