namespace RunLift.Training;

/// <summary>What decided a run's kind, in the order the decision is taken: the first that says wins.</summary>
public enum RunKindSource
{
    /// <summary>The athlete typed the kind (a routine's or log's dated run, a run entered in the app, a key-run mark).</summary>
    Typed,

    /// <summary>The app that recorded the run marked it (Strava's workout type).</summary>
    Marker,

    /// <summary>A word of the run's name or description (tempo, parkrun, LR, 6x800...).</summary>
    Name,

    /// <summary>The laps: a structured workout's work and rest steps, or fast laps alternating with slow ones.</summary>
    Laps,

    /// <summary>A sustained pace or heart rate well above the runner's usual easy runs.</summary>
    Effort,

    /// <summary>The run lasted 90 minutes or more.</summary>
    Duration,

    /// <summary>Nothing said otherwise: an easy run.</summary>
    Default,
}

/// <summary>How a run's kind was decided, in words a runner can check ("6 fast laps at 3:50/km alternating with recoveries at 6:10/km").</summary>
/// <param name="Source">What decided it.</param>
/// <param name="Detail">What it saw, for a person.</param>
public sealed record RunKindBasis(RunKindSource Source, string Detail)
{
    /// <summary>The kind as the athlete wrote it with the run (a routine, a log, the app's run form).</summary>
    public static RunKindBasis Typed { get; } = new(RunKindSource.Typed, "the kind written with the run");

    /// <summary>The one word for <see cref="Source"/>, as reports and the API write it.</summary>
    public string SourceName => NameOf(Source);

    /// <summary>The word for <paramref name="source"/>: typed, marker, name, laps, effort, duration, default.</summary>
    public static string NameOf(RunKindSource source) => source.ToString().ToLowerInvariant();

    /// <summary>
    /// The basis <see cref="ToString"/> wrote (<c>laps: 6 fast laps ...</c>), or null for text that is not one
    /// (null, empty, or an unknown source word).
    /// </summary>
    public static RunKindBasis? Parse(string? text)
    {
        var colon = text?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        if (colon <= 0)
        {
            return null;
        }

        var word = text![..colon];
        foreach (var source in Enum.GetValues<RunKindSource>())
        {
            if (NameOf(source) == word)
            {
                return new RunKindBasis(source, text[(colon + 2)..]);
            }
        }

        return null;
    }

    /// <summary><c>source: detail</c>, e.g. <c>name: 'tempo' in the name</c>.</summary>
    public override string ToString() => $"{SourceName}: {Detail}";
}
