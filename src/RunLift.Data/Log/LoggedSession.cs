using RunLift.Training;

namespace RunLift.Data.Log;

/// <summary>A strength session the athlete did (logged by hand, from a plan, or imported).</summary>
public sealed class LoggedSession : IVersioned, IDated
{
    /// <inheritdoc/>
    public int Version { get; set; } = 1;

    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose session it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>The day it was done.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The Monday of the ISO week of <see cref="Date"/>: weekly progress is grouped on it in SQL.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>When it started (UTC), when the source says.</summary>
    public DateTime? StartedAt { get; set; }

    /// <summary>The session's name ("Strength A", "Leg day").</summary>
    public string Name { get; set; } = "";

    /// <summary>How long it took.</summary>
    public int? DurationMinutes { get; set; }

    /// <summary>Session RPE (1–10): with the minutes, the session's strength load.</summary>
    public double? SessionRpe { get; set; }

    /// <summary>The training phase the athlete declared for it, if any.</summary>
    public TrainingPhase? Phase { get; set; }

    /// <summary>Where it came from.</summary>
    public LogSource Source { get; set; }

    /// <summary>The plan it was done from, if any.</summary>
    public long? PlanId { get; set; }

    /// <summary>The import that added it, if any.</summary>
    public long? ImportId { get; set; }

    /// <summary>
    /// What identifies an imported session across exports (source, start, name): unique per athlete, so that
    /// importing the same workouts again adds nothing. Null for sessions logged by hand.
    /// </summary>
    public string? ImportKey { get; set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The auditor's estimate of its length in seconds (<see cref="Progress.SessionMeasures"/>), stored when the sets are written.</summary>
    public int? EstimatedSeconds { get; set; }

    /// <summary>The mean RPE of its working sets, which stands for a session RPE not recorded; null when none has an RPE.</summary>
    public double? MeanWorkingRpe { get; set; }

    /// <summary>Reps × kilograms over its working sets, stored when the sets are written.</summary>
    public double? VolumeKg { get; set; }

    /// <summary>Pain the athlete felt in or after the session, 0–10, when they checked in.</summary>
    public int? Pain { get; set; }

    /// <summary>Where it hurt, when they said (their rehab site, usually): pain of 4 or more there holds that site's progression.</summary>
    public InjurySite? PainSite { get; set; }

    /// <summary>When the athlete last checked in after the session (UTC); null when they have not.</summary>
    public DateTime? CheckedInAt { get; set; }

    /// <summary>The sets, in the order done.</summary>
    public List<LoggedSet> Sets { get; set; } = [];
}

/// <summary>Where a logged session or run came from.</summary>
public enum LogSource
{
    /// <summary>Entered by hand.</summary>
    Manual,

    /// <summary>Logged from a planned session.</summary>
    Plan,

    /// <summary>Imported from a Hevy export.</summary>
    Hevy,

    /// <summary>Imported from a Strong export.</summary>
    Strong,

    /// <summary>Imported from a routine or log document.</summary>
    Document,

    /// <summary>Imported from a device file (FIT, GPX, TCX).</summary>
    Device,

    /// <summary>Imported from a FitNotes export.</summary>
    FitNotes,

    /// <summary>Imported from a Strava export.</summary>
    Strava,
}
