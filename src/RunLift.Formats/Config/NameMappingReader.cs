using RunLift.Catalog;
using RunLift.Formats.Routines;

namespace RunLift.Formats.Config;

/// <summary>
/// Reads a user's exercise name mapping (<c>--names FILE</c>): a YAML mapping of the names their app writes to catalog
/// ids, for names RunLift reads wrongly or not at all.
/// <code>
/// Zercher Lunge Thing: reverse-lunge
/// "Flat DB Bench": dumbbell-bench-press
/// </code>
/// </summary>
public static class NameMappingReader
{
    /// <summary>Reads the mapping file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">unreadable, not a YAML mapping, or naming an id the catalog does not hold.</exception>
    public static NameMapping Read(string path, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(path, $"cannot read the name mapping: {e.Message}");
        }

        return Parse(path, text, catalog);
    }

    /// <summary>Reads a mapping file's <paramref name="text"/>; <paramref name="file"/> names it in errors.</summary>
    public static NameMapping Parse(string file, string text, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var yaml = new Yaml(file);
        if (yaml.Load(text) is not { } root)
        {
            return NameMapping.Empty;
        }

        var names = new List<KeyValuePair<string, Exercise>>();
        foreach (var (keyNode, value) in yaml.Mapping(root, "the name mapping (Their Name: catalog-id)").Children)
        {
            var name = yaml.Text(keyNode, "an exercise name");
            var id = yaml.Text(value, $"the catalog id for '{name}'");
            if (catalog.FindById(id) is not { } exercise)
            {
                var closest = catalog.Search(id.Replace('-', ' '), 3).Select(e => e.Id);
                throw yaml.Error(value, $"'{id}' is not a catalog id; closest: {string.Join(", ", closest)} (runlift catalog QUERY lists them)");
            }

            names.Add(new(name, exercise));
        }

        return new NameMapping(names);
    }
}
