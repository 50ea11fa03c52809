namespace RunLift.Data.Plans;

/// <summary>A plan the athlete saved: the request it was made from and the plan as the planner made it.</summary>
public sealed class SavedPlan : IVersioned
{
    /// <inheritdoc/>
    public int Version { get; set; } = 1;

    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose plan it is.</summary>
    public required string AccountId { get; set; }

    /// <summary>The plan's name.</summary>
    public required string Name { get; set; }

    /// <summary>The first day of the plan.</summary>
    public DateOnly Start { get; set; }

    /// <summary>The last day of the plan.</summary>
    public DateOnly End { get; set; }

    /// <summary>The plan request, as the YAML document <c>runlift plan</c> reads: regenerating runs it again.</summary>
    public required string RequestYaml { get; set; }

    /// <summary>The plan, as the JSON document <c>runlift plan --format json</c> writes.</summary>
    public required string PlanJson { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it was last generated (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
}
