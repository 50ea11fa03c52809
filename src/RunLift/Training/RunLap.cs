namespace RunLift.Training;

/// <summary>What a lap was for, when the watch says (the steps of a structured workout).</summary>
public enum LapIntensity
{
    /// <summary>A work step (FIT active or interval, TCX Active).</summary>
    Work,

    /// <summary>A rest or recovery step (FIT rest or recovery, TCX Resting).</summary>
    Rest,

    /// <summary>The warm-up.</summary>
    WarmUp,

    /// <summary>The cool-down.</summary>
    CoolDown,
}

/// <summary>A lap of a recorded run: the lap button or the watch's auto lap cut a run into these.</summary>
/// <param name="Duration">The lap's timer time (pauses left out).</param>
public readonly record struct RunLap(TimeSpan Duration)
{
    /// <summary>The distance covered, when recorded; none (or zero) for a lap stood still.</summary>
    public Distance? Distance { get; init; }

    /// <summary>Average heart rate in beats per minute, when recorded.</summary>
    public int? AverageHeartRate { get; init; }

    /// <summary>What the lap was for, when the watch says.</summary>
    public LapIntensity? Intensity { get; init; }

    /// <summary>Metres per second; zero for a lap without distance (a rest stood still), null for a lap of no time.</summary>
    internal double? Speed => Duration > TimeSpan.Zero ? (Distance?.Meters ?? 0) / Duration.TotalSeconds : null;
}
