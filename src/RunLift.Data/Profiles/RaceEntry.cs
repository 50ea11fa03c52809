using RunLift.Training;

namespace RunLift.Data.Profiles;

/// <summary>A race on the athlete's calendar.</summary>
public sealed class RaceEntry
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose race it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>Race day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The race's name, if the athlete gave one.</summary>
    public string? Name { get; set; }

    /// <summary>The race distance in metres.</summary>
    public double DistanceMeters { get; set; }

    /// <summary>A (the goal), B or C.</summary>
    public RacePriority Priority { get; set; }
}
