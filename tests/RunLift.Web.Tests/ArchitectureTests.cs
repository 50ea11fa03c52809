using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RunLift.Testing;

namespace RunLift.Web.Tests;

/// <summary>
/// docs/architecture.md stays true to the code: its picture of the projects is their references, and every type or
/// member it names in backticks exists.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.PathOf("docs/architecture.md"));

    // The assemblies the document describes: the layers and these tests (the CLI's code is named by file, not by type).
    private static readonly Assembly[] Layers =
    [
        typeof(RunLift.Planning.Planner).Assembly, typeof(RunLift.Formats.InputException).Assembly,
        typeof(RunLift.Data.AppDbContext).Assembly, typeof(Program).Assembly, typeof(ArchitectureTests).Assembly,
    ];

    [Fact]
    public void DependencyPicture_IsTheProjectsReferences()
    {
        var drawn = PictureEdge().Matches(Picture()).Select(m => $"{m.Groups["from"].Value} --> {m.Groups["to"].Value}").Order(StringComparer.Ordinal);

        var referenced = Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
                .Select(reference => $"{Short(project)} --> {Short(reference.Attribute("Include")!.Value)}"))
            .Order(StringComparer.Ordinal);

        drawn.ShouldBe(referenced);
    }

    [Fact]
    public void EveryTypeAndMemberTheDocumentNames_Exists()
    {
        var types = Layers.SelectMany(a => a.GetTypes()).Where(t => !t.Name.Contains('<', StringComparison.Ordinal))
            .ToLookup(t => t.Name.Split('`')[0], StringComparer.Ordinal);
        var named = CodeSpan().Matches(Document).Select(m => m.Groups["name"].Value).Where(n => TypeLike().IsMatch(n)).Distinct().ToList();

        named.ShouldNotBeEmpty();
        named.Where(name => !Exists(types, name)).ShouldBeEmpty("names in docs/architecture.md that the code does not have");
    }

    private static bool Exists(ILookup<string, Type> types, string name)
    {
        var parts = name.Split('.');
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        return parts.Length == 1
            ? types.Contains(parts[0])
            : types[parts[0]].Any(t => t.GetMember(parts[1], Any).Length > 0 || t.GetNestedType(parts[1], Any) is not null);
    }

    private static string Picture()
    {
        var start = Document.IndexOf("```mermaid", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/architecture.md draws the projects in a mermaid block");
        return Document[start..Document.IndexOf("```", start + 10, StringComparison.Ordinal)];
    }

    /// <summary>A project's node in the picture: its name without "RunLift.", dots as underscores ("Data_Sqlite"); the domain is "RunLift".</summary>
    private static string Short(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/'));
        return name == "RunLift" ? name : name["RunLift.".Length..].Replace('.', '_');
    }

    [GeneratedRegex(@"(?<from>\w+)(\[[^\]]*\])?\s*-->\s*(?<to>\w+)")]
    private static partial Regex PictureEdge();

    [GeneratedRegex(@"`(?<name>[^`\s]+)`")]
    private static partial Regex CodeSpan();

    // A type ("SessionMeasures") or a type's member ("OneRepMax.EstimateOf"); not a file (Plans.cs), a path or a word in capitals.
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)?$")]
    private static partial Regex TypeLike();
}
