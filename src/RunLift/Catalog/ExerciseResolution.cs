namespace RunLift.Catalog;

/// <summary>How a written exercise name was read (the report's <c>resolvedBy</c>, formats.md).</summary>
public enum MatchKind
{
    /// <summary>The entry's own name or id, ignoring case and punctuation.</summary>
    Exact,

    /// <summary>One of the entry's aliases, also after normalising abbreviations, plurals, equipment, word order and other languages.</summary>
    Alias,

    /// <summary>The app's own category: Garmin's exercise codes and candidate list, or an app's Cardio category.</summary>
    Category,

    /// <summary>The closest catalog name, close enough to be trusted and of the movement class the name's words imply.</summary>
    Fuzzy,

    /// <summary>Not in the catalog, but its words say what kind of movement it is (counted by keywords, RL001).</summary>
    Keyword,

    /// <summary>The user's own name mapping (<c>--names FILE</c> or the web app's).</summary>
    Mapping,

    /// <summary>Not in the catalog and its words say nothing: counted toward no rule (RL001).</summary>
    Unknown,
}

/// <summary>The catalog's answer for a written exercise name.</summary>
/// <param name="WrittenName">The name as written.</param>
/// <param name="Exercise">
/// The catalog entry; for <see cref="MatchKind.Keyword"/>, <see cref="MatchKind.Unknown"/> and a category without an
/// entry, an entry classified from the words and the category, with an id starting <c>unknown:</c>.
/// </param>
/// <param name="Match">How it was read.</param>
public sealed record ExerciseResolution(string WrittenName, Exercise Exercise, MatchKind Match)
{
    /// <summary>The prefix of the ids of entries the catalog does not hold.</summary>
    public const string UnknownIdPrefix = "unknown:";

    /// <summary>
    /// The unstable device the name says the exercise is done on (<c>BOSU Squat</c> → <c>bosu</c>), or the
    /// entry's own device; null when stable.
    /// </summary>
    public string? UnstableDevice { get; init; }

    /// <summary>For names without an entry: the closest catalog entries, best first.</summary>
    public IReadOnlyList<Exercise> Closest { get; init; } = [];

    /// <summary>True when the name was read as a catalog entry.</summary>
    public bool IsKnown => !Exercise.Id.StartsWith(UnknownIdPrefix, StringComparison.Ordinal);

    /// <summary>The catalog id, or null when the name has no entry.</summary>
    public string? CatalogId => IsKnown ? Exercise.Id : null;

    /// <summary>
    /// Conditioning (walking, running, a bike, a rower...), never strength sets: whether the catalog lists it or its
    /// words or the app's category say so.
    /// </summary>
    public bool IsConditioning => Exercise.Pattern == MovementPattern.Cardio;
}
