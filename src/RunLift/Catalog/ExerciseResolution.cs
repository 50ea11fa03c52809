namespace RunLift.Catalog;

/// <summary>How a written exercise name was matched to the catalog.</summary>
public enum MatchKind
{
    /// <summary>The name or an alias, ignoring case and punctuation.</summary>
    Exact,

    /// <summary>After normalising abbreviations, plurals, equipment in parentheses and word order.</summary>
    Normalized,

    /// <summary>The closest catalog name, close enough to be trusted.</summary>
    Fuzzy,

    /// <summary>Not in the catalog: classified by keywords only (RL001).</summary>
    Unknown,
}

/// <summary>The catalog's answer for a written exercise name.</summary>
/// <param name="WrittenName">The name as written.</param>
/// <param name="Exercise">
/// The catalog entry; for <see cref="MatchKind.Unknown"/> an entry classified from keywords, with an id
/// starting <c>unknown:</c>.
/// </param>
/// <param name="Match">How it matched.</param>
public sealed record ExerciseResolution(string WrittenName, Exercise Exercise, MatchKind Match)
{
    /// <summary>
    /// The unstable device the name says the exercise is done on (<c>BOSU Squat</c> → <c>bosu</c>), or the
    /// entry's own device; null when stable.
    /// </summary>
    public string? UnstableDevice { get; init; }

    /// <summary>For unknown names: the closest catalog entries, best first.</summary>
    public IReadOnlyList<Exercise> Closest { get; init; } = [];

    /// <summary>True when the name matched a catalog entry.</summary>
    public bool IsKnown => Match != MatchKind.Unknown;
}
