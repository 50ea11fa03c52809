using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RunLift.Testing;

namespace RunLift.Web.Tests;

/// <summary>
/// docs/architecture.md stays true to the code: its picture of the projects is their references, every type or
/// member it names in backticks exists, and the web app's features keep the pattern it describes.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.PathOf("docs/architecture.md"));

    // The assemblies the document describes: the layers and these tests (the CLI's code is named by file, not by type).
    private static readonly Assembly[] Layers =
    [
        typeof(RunLift.Planning.Planner).Assembly, typeof(RunLift.Formats.InputException).Assembly,
        typeof(RunLift.Data.AppDbContext).Assembly, typeof(Program).Assembly, typeof(ArchitectureTests).Assembly,

        // .NET's own types the document names (TimeProvider, DateTime.Now, TypedResults).
        typeof(TimeProvider).Assembly, typeof(Microsoft.AspNetCore.Http.TypedResults).Assembly,
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
        var namespaces = Layers.SelectMany(a => a.GetTypes()).Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var named = CodeSpan().Matches(Document).Select(m => m.Groups["name"].Value).Where(n => TypeLike().IsMatch(n)).Distinct().ToList();

        named.ShouldNotBeEmpty();
        named.Where(name => !Exists(types, name) && !namespaces.Contains(name)).ShouldBeEmpty("names in docs/architecture.md that the code does not have");
    }

    [Fact]
    public void NoFeatureFile_BothMapsEndpointsAndUsesTheDatabase()
    {
        var both = FeatureFiles("*.cs").Where(f => MapsEndpoints().IsMatch(f.Text) && UsesTheDatabase().IsMatch(f.Text)).Select(f => f.Path);

        both.ShouldBeEmpty("endpoint files call their feature's operations type, which alone uses the database");
    }

    [Fact]
    public void NoPage_UsesTheDatabase()
    {
        var pages = FeatureFiles("*.razor").Concat(FeatureFiles("*.razor.cs"));

        pages.Where(f => UsesTheDatabase().IsMatch(f.Text)).Select(f => f.Path).ShouldBeEmpty("pages inject their feature's operations type");
    }

    private static IEnumerable<(string Path, string Text)> FeatureFiles(string pattern)
    {
        var features = RepositoryFiles.PathOf("src/RunLift.Web/Features");
        return Directory.GetFiles(features, pattern, SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(features, path), File.ReadAllText(path)));
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

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods|Group)\(")]
    private static partial Regex MapsEndpoints();

    [GeneratedRegex(@"\b(AppDbContext|IDbContextFactory|DbSet)\b")]
    private static partial Regex UsesTheDatabase();

    [GeneratedRegex(@"`(?<name>[^`\s]+)`")]
    private static partial Regex CodeSpan();

    // A type ("SessionMeasures") or a type's member ("OneRepMax.EstimateOf"); not a file (Plans.cs), a path or a word in capitals.
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)?$")]
    private static partial Regex TypeLike();
}
