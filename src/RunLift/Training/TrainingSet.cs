namespace RunLift.Training;

/// <summary>Whether a set counts toward training volume.</summary>
public enum SetKind
{
    /// <summary>A working set.</summary>
    Working,

    /// <summary>A warm-up set: kept, never counted as a working set.</summary>
    Warmup,

    /// <summary>A drop set: a working set done straight after another with less load.</summary>
    Drop,
}

/// <summary>
/// One set, either prescribed (a routine or plan) or performed (a log). Every part is optional because
/// people and apps record sets very differently; the auditor asks only for what a rule needs.
/// </summary>
public sealed record TrainingSet
{
    /// <summary>Working, warm-up or drop set.</summary>
    public SetKind Kind { get; init; } = SetKind.Working;

    /// <summary>Reps done, or the low end of a prescribed range.</summary>
    public int? Reps { get; init; }

    /// <summary>The high end of a prescribed rep range (<c>3x8-10</c>), when one was given.</summary>
    public int? RepsMax { get; init; }

    /// <summary>As many reps as possible.</summary>
    public bool Amrap { get; init; }

    /// <summary>A timed set's length (a plank, a carry), or the recorded length of the set.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>A distance covered (carries, bounds, sled pushes).</summary>
    public Distance? Distance { get; init; }

    /// <summary>
    /// The external load. For bodyweight sets (<see cref="Bodyweight"/>) it is the load added to the body,
    /// or the assistance removed from it when <see cref="Assisted"/> is set.
    /// </summary>
    public Load? Load { get; init; }

    /// <summary>The body is the load (<c>bw</c>, <c>bw+10kg</c>, <c>bw-20kg</c>).</summary>
    public bool Bodyweight { get; init; }

    /// <summary>With <see cref="Bodyweight"/>: <see cref="Load"/> is assistance (a band or machine), not added load.</summary>
    public bool Assisted { get; init; }

    /// <summary>A load prescribed as a percentage of the lifter's 1RM (80 means 80 %).</summary>
    public double? PercentOneRepMax { get; init; }

    /// <summary>Rating of perceived exertion.</summary>
    public Rpe? Rpe { get; init; }

    /// <summary>Reps in reserve.</summary>
    public int? RepsInReserve { get; init; }

    /// <summary>Rest taken or prescribed after the set.</summary>
    public TimeSpan? Rest { get; init; }

    /// <summary>Taken to failure (written as "to failure", or a Hevy <c>failure</c> set).</summary>
    public bool ToFailure { get; init; }

    /// <summary>Done once per side (<c>/side</c>, <c>/leg</c>, <c>each</c>): counts twice for volume.</summary>
    public bool PerSide { get; init; }

    /// <summary>True when the set counts toward training volume (not a warm-up).</summary>
    public bool IsWorking => Kind != SetKind.Warmup;
}
