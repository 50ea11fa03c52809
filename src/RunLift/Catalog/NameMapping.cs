using System.Collections.Frozen;

namespace RunLift.Catalog;

/// <summary>
/// A user's own readings of their exercise names ("Their Name" → a catalog entry), from <c>--names FILE</c> or the web
/// app's mapping picker. It is asked before anything else, so a user corrects a wrong reading once and for all.
/// Names match ignoring case and punctuation, as the catalog's exact match does.
/// </summary>
public sealed class NameMapping
{
    private readonly FrozenDictionary<string, Exercise> _byPlainName;

    /// <summary>A mapping of written names to catalog entries; where a name is given twice, the last one wins.</summary>
    public NameMapping(IEnumerable<KeyValuePair<string, Exercise>> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var byPlain = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        foreach (var (name, exercise) in names)
        {
            var key = ExerciseName.Plain(name);
            if (key.Length > 0)
            {
                byPlain[key] = exercise;
            }
        }

        _byPlainName = byPlain.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No mapping.</summary>
    public static NameMapping Empty { get; } = new([]);

    /// <summary>How many names it maps.</summary>
    public int Count => _byPlainName.Count;

    /// <summary>The key names match by: <c>Flat DB Bench</c>, <c>flat db bench</c> and <c>Flat-DB-Bench</c> are one name.</summary>
    public static string KeyOf(string writtenName) => ExerciseName.Plain(writtenName ?? string.Empty);

    /// <summary>This mapping with <paramref name="overrides"/>' names added, theirs winning where both map a name.</summary>
    public NameMapping With(NameMapping overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return this;
        }

        return new NameMapping(_byPlainName.Concat(overrides._byPlainName));
    }

    /// <summary>The entry the user mapped <paramref name="writtenName"/> to, or null.</summary>
    public Exercise? Find(string writtenName) => _byPlainName.GetValueOrDefault(ExerciseName.Plain(writtenName ?? string.Empty));
}
