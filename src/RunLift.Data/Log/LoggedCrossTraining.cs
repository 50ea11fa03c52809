namespace RunLift.Data.Log;

/// <summary>
/// Training the athlete did that is neither a run nor lifting (a ride, a swim, a hike): kept for the week's load, never
/// judged as running or lifting.
/// </summary>
public sealed class LoggedCrossTraining : IDated
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>The day it was done.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The Monday of the ISO week of <see cref="Date"/>.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>When it started (the athlete's wall clock, marked UTC as the log's times are), when the source says.</summary>
    public DateTime? StartedAt { get; set; }

    /// <summary>The sport in the source's words (<c>Ride</c>, <c>cycling</c>).</summary>
    public required string Sport { get; set; }

    /// <summary>Its title in the source, when it has one.</summary>
    public string? Name { get; set; }

    /// <summary>Moving time in seconds.</summary>
    public int DurationSeconds { get; set; }

    /// <summary>Distance in metres, when known.</summary>
    public double? DistanceMeters { get; set; }

    /// <summary>Average heart rate, when recorded.</summary>
    public int? AverageHeartRate { get; set; }

    /// <summary>Where it came from.</summary>
    public LogSource Source { get; set; }

    /// <summary>The import that added it.</summary>
    public long? ImportId { get; set; }

    /// <summary>What identifies it across exports (<c>strava|cross|2024-03-01T07:12|Ride</c>); unique per athlete.</summary>
    public string? ImportKey { get; set; }
}
