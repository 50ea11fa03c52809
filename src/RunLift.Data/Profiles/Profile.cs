using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Data.Profiles;

/// <summary>Everything the planner and auditor need to know about an athlete, one per account.</summary>
public sealed class Profile : IVersioned
{
    /// <inheritdoc/>
    public int Version { get; set; } = 1;

    /// <summary>The account this profile belongs to (also the key).</summary>
    public required string AccountId { get; set; }

    /// <summary>Lifting experience.</summary>
    public Experience Experience { get; set; } = Experience.Novice;

    /// <summary>Bodyweight in kilograms, whatever unit the athlete shows.</summary>
    public double? BodyweightKg { get; set; }

    /// <summary>The unit loads are shown and entered in.</summary>
    public MassUnit Units { get; set; } = MassUnit.Kilograms;

    /// <summary>Coming back from an injury: the planner starts lighter and avoids impact.</summary>
    public bool Rehab { get; set; }

    /// <summary>Where the athlete is injured, when known; kept while rehab is off, and used by the planner only while it is on.</summary>
    public InjurySite? Injury { get; set; }

    /// <summary>
    /// The athlete's IANA time zone (<c>Pacific/Auckland</c>): their "today" and weeks are dates there. Null until the
    /// browser reports it at sign-in or the athlete sets it; meanwhile the app reads their days in UTC.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>The athlete's highest heart rate (beats per minute), when they know it: runs with a heart rate are then loaded by it.</summary>
    public int? MaxHeartRate { get; set; }

    /// <summary>The longest session the athlete can fit in.</summary>
    public int MaxSessionMinutes { get; set; } = PlanRequest.DefaultSessionMinutes;

    /// <summary>Strength sessions wanted per week; null lets the planner choose.</summary>
    public int? SessionsPerWeek { get; set; }

    /// <summary>The equipment the athlete can use.</summary>
    public List<Equipment> Equipment { get; set; } = [.. EquipmentSets.FullGym];

    /// <summary>Known one-rep maxes.</summary>
    public List<ProfileMax> Maxes { get; set; } = [];

    /// <summary>The usual running week.</summary>
    public List<WeeklyRun> RunningWeek { get; set; } = [];

    /// <summary>When the profile was last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A known one-rep max: the exercise as the catalog names it and the load in kilograms.</summary>
public sealed class ProfileMax
{
    /// <summary>The exercise (catalog id or a name the catalog resolves).</summary>
    public required string Exercise { get; set; }

    /// <summary>The one-rep max in kilograms.</summary>
    public double OneRepMaxKg { get; set; }
}

/// <summary>A run in the athlete's usual week.</summary>
public sealed class WeeklyRun
{
    /// <summary>The day of the week.</summary>
    public DayOfWeek Day { get; set; }

    /// <summary>What kind of run it is.</summary>
    public RunKind Kind { get; set; }

    /// <summary>How long it usually takes, when known.</summary>
    public int? Minutes { get; set; }

    /// <summary>When in the day: <c>am</c>, <c>pm</c> or <c>HH:mm</c>; null when it does not matter.</summary>
    public string? Time { get; set; }
}
