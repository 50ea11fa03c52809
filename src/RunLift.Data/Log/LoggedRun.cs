using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>A run the athlete did.</summary>
public sealed class LoggedRun : IVersioned, IDated
{
    /// <inheritdoc/>
    public int Version { get; set; } = 1;

    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose run it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>The day it was run.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The Monday of the ISO week of <see cref="Date"/>.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>When it started (UTC), when the source says.</summary>
    public DateTime? StartedAt { get; set; }

    /// <summary>Easy, long, intervals, race...</summary>
    public RunKind Kind { get; set; }

    /// <summary>
    /// How <see cref="Kind"/> was decided, as <see cref="RunKindBasis.ToString"/> writes it (<c>laps: 6 fast laps ...</c>);
    /// null for runs stored before the app said so.
    /// </summary>
    public string? KindBasis { get; set; }

    /// <summary>Moving time in seconds.</summary>
    public int DurationSeconds { get; set; }

    /// <summary>Distance in metres, when known.</summary>
    public double? DistanceMeters { get; set; }

    /// <summary>Average heart rate, when recorded.</summary>
    public int? AverageHeartRate { get; set; }

    /// <summary>Where it came from.</summary>
    public LogSource Source { get; set; }

    /// <summary>The import that added it, if any.</summary>
    public long? ImportId { get; set; }

    /// <summary>What identifies an imported run across exports; unique per athlete; null when logged by hand.</summary>
    public string? ImportKey { get; set; }
}
