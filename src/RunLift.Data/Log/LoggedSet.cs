using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>One set of one exercise in a logged session.</summary>
public sealed class LoggedSet
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>The session it belongs to.</summary>
    public long SessionId { get; set; }

    /// <summary>Its place in the session, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The exercise as the athlete or their app named it.</summary>
    public required string ExerciseName { get; set; }

    /// <summary>The catalog id the name resolved to when it was logged; null when it did not resolve.</summary>
    public string? ExerciseId { get; set; }

    /// <summary>Working, warm-up or drop set.</summary>
    public SetKind Kind { get; set; }

    /// <summary>Reps done.</summary>
    public int? Reps { get; set; }

    /// <summary>The load in kilograms (whatever unit the athlete shows); null for bodyweight or timed work.</summary>
    public double? LoadKg { get; set; }

    /// <summary>Bodyweight exercise (the load, if any, is added to it).</summary>
    public bool Bodyweight { get; set; }

    /// <summary>RPE (1–10), when recorded.</summary>
    public double? Rpe { get; set; }

    /// <summary>Time under work for timed sets, in seconds.</summary>
    public int? DurationSeconds { get; set; }

    /// <summary>Distance for carries and sled work, in metres.</summary>
    public double? DistanceMeters { get; set; }

    /// <summary>The rest taken after the set, in seconds.</summary>
    public int? RestSeconds { get; set; }

    /// <summary>Each side done separately (per-leg, per-arm).</summary>
    public bool PerSide { get; set; }

    /// <summary>Taken to failure.</summary>
    public bool ToFailure { get; set; }

    /// <summary>The 1RM the set stands for (<see cref="Progress.OneRepMax.EstimateOf"/>), stored when it is written; null where it says none.</summary>
    public double? EstimatedOneRepMaxKg { get; set; }
}
