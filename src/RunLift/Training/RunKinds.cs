using System.Text.RegularExpressions;

namespace RunLift.Training;

/// <summary>
/// What kind of run a recorded run was, from the words its file gives it (a track's name, an activity's notes, an
/// exercise's name): watches and apps record runs, not their purpose, so the name is the only place it is said.
/// One table for every reader of runs.
/// </summary>
public static partial class RunKinds
{
    /// <summary>
    /// The kind the first keyword in <paramref name="text"/> names (whole words, any case; hyphens, underscores and
    /// punctuation separate words): <c>interval(s)</c> (or <c>repeats</c>, <c>VO2max</c>, <c>track</c>), <c>tempo</c>, <c>threshold</c>,
    /// <c>hill(s)</c>, <c>fartlek</c>, <c>race pace</c> (or <c>marathon pace</c>, <c>MP</c>), <c>race</c> (or <c>parkrun</c>),
    /// <c>long run</c> (or <c>LR</c>, <c>LSR</c>), <c>recovery</c>; null when it names none.
    /// </summary>
    public static RunKind? Named(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = Keyword().Match(text);
        if (!match.Success)
        {
            return null;
        }

        // The earliest keyword wins: a title leads with what the run was ("Long run with a tempo finish").
        var groups = match.Groups;
        return groups["pace"].Success ? RunKind.RacePace
            : groups["race"].Success ? RunKind.Race
            : groups["intervals"].Success ? RunKind.Intervals
            : groups["tempo"].Success ? RunKind.Tempo
            : groups["threshold"].Success ? RunKind.Threshold
            : groups["hills"].Success ? RunKind.Hills
            : groups["fartlek"].Success ? RunKind.Fartlek
            : groups["long"].Success ? RunKind.Long
            : RunKind.Recovery;
    }

    /// <summary>The kind the first of <paramref name="texts"/> that names one names; <see cref="RunKind.Easy"/> when none does.</summary>
    public static RunKind Of(params ReadOnlySpan<string?> texts)
    {
        foreach (var text in texts)
        {
            if (Named(text) is { } kind)
            {
                return kind;
            }
        }

        return RunKind.Easy;
    }

    // Letters and digits make words; anything else separates them, so "Track_Intervals" and "race-pace" match.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])
        (?:(?<pace>race[\s_-]*pace|(?:half[\s_-]*)?marathon[\s_-]*pace|mp)|(?<race>race|parkrun)|(?<intervals>intervals?|repeats|vo2[\s_-]*max|track)
          |(?<tempo>tempo)|(?<threshold>threshold)|(?<hills>hills?)|(?<fartlek>fartlek)|(?<long>long[\s_-]+run|lsr|lr)|(?<recovery>recovery))
        (?![\p{L}\p{N}])
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Keyword();
}
