namespace RunLift.Training;

/// <summary>
/// A strength session: on a weekday (a weekly routine) or on a date (a log or plan).
/// </summary>
public sealed record TrainingSession
{
    /// <summary>The session's name ("Strength A", "Push // Hypertrophy").</summary>
    public string Name { get; init; } = "";

    /// <summary>The weekday, for a weekly routine.</summary>
    public DayOfWeek? Day { get; init; }

    /// <summary>The date, for a log or plan.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>When in the day it starts, when known.</summary>
    public TimeOfDay? Time { get; init; }

    /// <summary>The plan phase this session belongs to, when declared.</summary>
    public TrainingPhase? Phase { get; init; }

    /// <summary>Recorded or intended length; estimated by the auditor when absent.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The exercises, in order.</summary>
    public IReadOnlyList<ExerciseEntry> Exercises { get; init; } = [];
}
