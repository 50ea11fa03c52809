using System.Reflection;

namespace RunLift.Web.Features.Audit;

/// <summary>An example routine from the repository's examples/ folder, built into the assembly.</summary>
/// <param name="FileName">Its file name, e.g. <c>bodybuilder-split.yaml</c>.</param>
/// <param name="Description">What it shows: its first comment.</param>
/// <param name="Content">The YAML.</param>
internal sealed record Example(string FileName, string Description, string Content)
{
    private const string Prefix = "RunLift.Web.Examples.";

    // Bad examples first: the menu is there to show what the check finds.
    private static readonly string[] Order = ["bodybuilder-split.yaml", "high-rep-circuit.yaml", "unstable-surfaces.yaml", "good-runner.yaml"];

    public static IReadOnlyList<Example> All { get; } = Load();

    public static Example Named(string fileName) => All.Single(e => e.FileName == fileName);

    private static Example[] Load()
    {
        var assembly = typeof(Example).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(e => Array.IndexOf(Order, e.FileName) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(e => e.FileName, StringComparer.Ordinal)];
    }

    private static Example Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var content = reader.ReadToEnd();
        var description = string.Join(' ', content.Split('\n')
            .TakeWhile(line => line.StartsWith('#'))
            .Select(line => line.TrimStart('#').Trim()));
        return new Example(resource[Prefix.Length..], description, content);
    }
}
