using System.Text;
using System.Text.Json;

namespace RunLift.Testing;

/// <summary>
/// Garmin's FIT exercise categories and names from ../shared/data/fit-profile/fit-exercise-names.json, read in
/// place, spelt as Garmin's files spell them (SQUAT, BARBELL_BACK_SQUAT). The test skips when the shared folder is absent.
/// </summary>
public sealed class GarminProfile
{
    private static readonly Lazy<GarminProfile> Shared = new(() => Read(SharedFiles.Path("data/fit-profile/fit-exercise-names.json")));

    private readonly Dictionary<ushort, string> _categories;
    private readonly Dictionary<(ushort, ushort), string> _names;

    private GarminProfile(Dictionary<ushort, string> categories, Dictionary<(ushort, ushort), string> names)
    {
        _categories = categories;
        _names = names;
    }

    /// <summary>The shared profile, or a skipped test.</summary>
    public static GarminProfile Instance => Shared.Value;

    /// <summary>Every (category, name) pair of the profile.</summary>
    public IEnumerable<(ushort Category, ushort Name)> Pairs => _names.Keys;

    /// <summary>The category's name (SQUAT), or null.</summary>
    public string? CategoryName(ushort category) => _categories.GetValueOrDefault(category);

    /// <summary>The exercise's name within its category (BARBELL_BACK_SQUAT), or null.</summary>
    public string? ExerciseName(ushort category, ushort name) => _names.GetValueOrDefault((category, name));

    /// <summary>CATEGORY/NAME, or CATEGORY alone when <paramref name="name"/> is null; "?" for values the profile lacks.</summary>
    public string Describe(ushort category, ushort? name) =>
        (CategoryName(category) ?? "?") + (name is ushort n ? "/" + (ExerciseName(category, n) ?? "?") : "");

    private static GarminProfile Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var categories = new Dictionary<ushort, string>();
        var names = new Dictionary<(ushort, ushort), string>();
        var lists = json.RootElement.GetProperty("names");
        foreach (var category in json.RootElement.GetProperty("exerciseCategory").EnumerateObject())
        {
            var number = ushort.Parse(category.Name, System.Globalization.CultureInfo.InvariantCulture);
            var camel = category.Value.GetString()!;
            categories[number] = UpperSnake(camel);
            if (lists.TryGetProperty(camel + "ExerciseName", out var list))
            {
                foreach (var name in list.EnumerateObject())
                {
                    names[(number, ushort.Parse(name.Name, System.Globalization.CultureInfo.InvariantCulture))] = UpperSnake(name.Value.GetString()!);
                }
            }
        }

        return new GarminProfile(categories, names);
    }

    // barbellBackSquat -> BARBELL_BACK_SQUAT, 3WayCalfRaise -> 3_WAY_CALF_RAISE, stretch90_90 -> STRETCH_90_90.
    private static string UpperSnake(string camel)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < camel.Length; i++)
        {
            var c = camel[i];
            if (i > 0 && c != '_' && camel[i - 1] != '_'
                && ((char.IsUpper(c) && !char.IsUpper(camel[i - 1])) || char.IsDigit(c) != char.IsDigit(camel[i - 1])))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
