using System.Text.RegularExpressions;

namespace RunLift.Training;

/// <summary>
/// The words for kinds of run. <see cref="Name"/> is each kind's one word, which routines, plans, reports, the API,
/// the command line and the pages all write and read. <see cref="Named"/> finds the kind a recorded run's title says
/// (a track's name, an activity's notes, an exercise's name): watches and apps record runs, not their purpose, so the
/// name is the first place it is said; one table for every reader of runs.
/// </summary>
public static partial class RunKinds
{
    private static readonly Dictionary<RunKind, string> Names = new()
    {
        [RunKind.Rest] = "rest",
        [RunKind.Easy] = "easy",
        [RunKind.Recovery] = "recovery",
        [RunKind.Long] = "long",
        [RunKind.Intervals] = "intervals",
        [RunKind.Tempo] = "tempo",
        [RunKind.Threshold] = "threshold",
        [RunKind.Hills] = "hills",
        [RunKind.Fartlek] = "fartlek",
        [RunKind.RacePace] = "race-pace",
        [RunKind.Race] = "race",
    };

    /// <summary>Every kind, in the order files and messages list them: rest, easy, recovery, long, intervals, ..., race-pace, race.</summary>
    public static IReadOnlyList<RunKind> All { get; } = [.. Names.Keys];

    /// <summary>The kinds a run can be: all but rest (a run entered in the app, a day of the running week).</summary>
    public static IReadOnlyList<RunKind> OfRuns { get; } = [.. All.Where(k => k != RunKind.Rest)];

    /// <summary>The kinds that make a run a key run whatever its length (<c>--key-run</c>): long, intervals, ..., race.</summary>
    public static IReadOnlyList<RunKind> Key { get; } = [.. All.Where(k => new Run(k).IsKey)];

    /// <summary>The kind's word: <c>intervals</c>, <c>race-pace</c>, <c>long</c>.</summary>
    public static string Name(this RunKind kind) => Names[kind];

    /// <summary>
    /// The kind whose word <paramref name="name"/> is, in any case; false for anything else. (A run's title, which may
    /// say its kind among other words, is <see cref="Named"/>'s.)
    /// </summary>
    public static bool TryParse(string? name, out RunKind kind)
    {
        foreach (var (candidate, word) in Names)
        {
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// The kind the first keyword in <paramref name="text"/> names (whole words, any case; hyphens, underscores and
    /// punctuation separate words): <c>interval(s)</c> (or <c>repeats</c>, <c>reps</c>, <c>VO2</c>, <c>VO2max</c>,
    /// <c>track</c>, <c>speed work</c>, <c>speedwork</c>, <c>yasso</c>, <c>ladder</c>, <c>pyramid</c>, <c>workout</c>, or
    /// a set of repeats like <c>6x800</c>, <c>5 x 1k</c>, <c>10×400m</c>), <c>tempo</c> (or <c>progression</c>),
    /// <c>threshold</c> (or <c>cruise</c>, <c>lactate</c>), <c>hill(s)</c>, <c>fartlek</c>, <c>race pace</c> (or
    /// <c>marathon pace</c>, <c>MP</c>), <c>race</c> (or <c>parkrun</c>), <c>long run</c> (or <c>LR</c>, <c>LSR</c>),
    /// <c>recovery</c>, <c>easy</c> (or <c>shakeout</c>, <c>jog</c>: they yield to a long-run word, "Easy LSR" is a
    /// long run); null when it names none.
    /// </summary>
    public static RunKind? Named(string? text) => Match(text)?.Kind;

    /// <summary>The kind <see cref="Named"/> finds and the words that named it, as written; null when none does.</summary>
    public static (RunKind Kind, string Words)? Match(string? text)
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

        // "Easy" says the effort, a long run the purpose: an easy long run ("Easy LSR") is a long run.
        if (match.Groups["easy"].Success)
        {
            for (var next = match.NextMatch(); next.Success; next = next.NextMatch())
            {
                if (next.Groups["long"].Success)
                {
                    return (RunKind.Long, next.Value);
                }
            }
        }

        // The earliest keyword wins: a title leads with what the run was ("Long run with a tempo finish").
        var groups = match.Groups;
        var kind = groups["pace"].Success ? RunKind.RacePace
            : groups["race"].Success ? RunKind.Race
            : groups["intervals"].Success ? RunKind.Intervals
            : groups["tempo"].Success ? RunKind.Tempo
            : groups["threshold"].Success ? RunKind.Threshold
            : groups["hills"].Success ? RunKind.Hills
            : groups["fartlek"].Success ? RunKind.Fartlek
            : groups["long"].Success ? RunKind.Long
            : groups["recovery"].Success ? RunKind.Recovery
            : RunKind.Easy;
        return (kind, match.Value);
    }

    // Letters and digits make words; anything else separates them, so "Track_Intervals" and "race-pace" match.
    // "Workout" says a quality session without saying which: counted as intervals, the commonest. A set of repeats is
    // two or more of a distance or time ("6x800", "5 x 1k", "10×400m", "3x10min"); "2x" alone is not one.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])
        (?:(?<pace>race[\s_-]*pace|(?:half[\s_-]*)?marathon[\s_-]*pace|mp)|(?<race>race|parkrun)
          |(?<intervals>intervals?|repeats|reps|vo2(?:[\s_-]*max)?|track|speed[\s_-]*work|speed[\s_-]+session|yassos?|ladder|pyramid|workout
             |(?:[2-9]|[1-9]\d)[\s]*[x×][\s]*\d+(?:[.,]\d+)?[\s]*(?:m|k|km|mi|miles?|min|mins|s|sec|'|")?)
          |(?<tempo>tempo|progression)|(?<threshold>threshold|cruise|lactate)|(?<hills>hills?)|(?<fartlek>fartlek)|(?<long>long[\s_-]+run|lsr|lr)
          |(?<recovery>recovery)|(?<easy>easy|shake[\s_-]*out|jog))
        (?![\p{L}\p{N}])
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Keyword();
}
