namespace RunLift.Training;

/// <summary>What kind of run a day holds.</summary>
public enum RunKind
{
    /// <summary>No run.</summary>
    Rest,

    /// <summary>Easy aerobic running.</summary>
    Easy,

    /// <summary>Very easy recovery running.</summary>
    Recovery,

    /// <summary>The long run.</summary>
    Long,

    /// <summary>Interval session.</summary>
    Intervals,

    /// <summary>Tempo run.</summary>
    Tempo,

    /// <summary>Threshold run.</summary>
    Threshold,

    /// <summary>Hill repeats.</summary>
    Hills,

    /// <summary>Fartlek.</summary>
    Fartlek,

    /// <summary>Race-pace work.</summary>
    RacePace,

    /// <summary>A race.</summary>
    Race,
}

/// <summary>A run: on a weekday (the running week) or on a date (a log or plan).</summary>
/// <param name="Kind">What kind of run.</param>
public sealed record Run(RunKind Kind)
{
    /// <summary>Long runs are key runs from this length on, whatever they are called.</summary>
    public static readonly TimeSpan LongRunThreshold = TimeSpan.FromMinutes(90);

    /// <summary>The weekday, for the running week.</summary>
    public DayOfWeek? Day { get; init; }

    /// <summary>The date, for dated runs.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How long it takes, when given.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>When in the day, when given.</summary>
    public TimeOfDay? Time { get; init; }

    /// <summary>The distance covered, when recorded (a watch or app file).</summary>
    public Distance? Distance { get; init; }

    /// <summary>Average heart rate in beats per minute, when recorded.</summary>
    public int? AverageHeartRate { get; init; }

    /// <summary>The run's name or title in the file it came from, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The run's description or comment in the file it came from, when it has one: words there can say its kind too.</summary>
    public string? Notes { get; init; }

    /// <summary>The laps the watch recorded, in order; none when the file has no laps (GPX, Strava's CSV, a log).</summary>
    public IReadOnlyList<RunLap> Laps { get; init; } = [];

    /// <summary>How <see cref="Kind"/> was decided; null when nothing has decided it yet (a reader leaves it to <see cref="RunClassifier"/>).</summary>
    public RunKindBasis? Basis { get; init; }

    /// <summary>
    /// A key run: a quality run (intervals, tempo, threshold, hills, fartlek, race pace), a long run
    /// (marked long or ≥ 90 min) or a race.
    /// </summary>
    public bool IsKey => Kind switch
    {
        RunKind.Rest => false,
        RunKind.Easy or RunKind.Recovery => Duration >= LongRunThreshold,
        _ => true,
    };

    /// <summary>A long run: marked long, or any non-quality run of ≥ 90 min.</summary>
    public bool IsLong => Kind == RunKind.Long || (Kind is RunKind.Easy or RunKind.Recovery && Duration >= LongRunThreshold);
}

/// <summary>How much a race matters: A races are peaked for, B and C races get a short mini-taper.</summary>
public enum RacePriority
{
    /// <summary>The goal race.</summary>
    A,

    /// <summary>An important race.</summary>
    B,

    /// <summary>A training race.</summary>
    C,
}

/// <summary>A race on the calendar.</summary>
/// <param name="Date">Race day.</param>
/// <param name="Distance">Race distance.</param>
/// <param name="Priority">A, B or C.</param>
public sealed record Race(DateOnly Date, Distance Distance, RacePriority Priority)
{
    /// <summary>The race's name, when given.</summary>
    public string? Name { get; init; }
}
