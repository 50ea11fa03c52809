using RunLift.Training;

namespace RunLift.Catalog;

/// <summary>How one exercise name of an input was read (the report's and the import preview's <c>exercises</c>).</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Id">The catalog id it was read as; null when the catalog holds no entry for it.</param>
/// <param name="Pattern">The movement pattern it counts as (from the entry, its words or the app's category); null when nothing says.</param>
/// <param name="ResolvedBy">How it was read.</param>
/// <param name="Sets">Its working sets (per-side sets count twice).</param>
public sealed record ExerciseReading(string Name, string? Id, MovementPattern? Pattern, MatchKind ResolvedBy, int Sets)
{
    /// <summary>How each name of <paramref name="entries"/> is read, in the order first seen, with its working sets.</summary>
    public static IReadOnlyList<ExerciseReading> Of(IEnumerable<ExerciseEntry> entries, ExerciseCatalog catalog, NameMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var readings = new Dictionary<string, (ExerciseResolution Resolution, int Sets)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            var sets = entry.Sets.Where(s => s.IsWorking).Sum(s => s.PerSide ? 2 : 1);
            if (readings.TryGetValue(entry.Name, out var seen))
            {
                readings[entry.Name] = (seen.Resolution, seen.Sets + sets);
                continue;
            }

            readings[entry.Name] = (catalog.Resolve(entry.Name, new NameHints(entry.Category, entry.CatalogId), mapping), sets);
            order.Add(entry.Name);
        }

        return [.. order.Select(name =>
        {
            var (resolution, sets) = readings[name];
            return new ExerciseReading(name, resolution.CatalogId, resolution.Match == MatchKind.Unknown ? null : resolution.Exercise.Pattern, resolution.Match, sets);
        })];
    }
}
