using System.Collections.Frozen;
using RunLift.Catalog;

namespace RunLift.Auditing;

/// <summary>
/// A user's changes to the rules: rules switched off and thresholds changed (from a config file).
/// Thresholds not mentioned keep principles.md's defaults.
/// </summary>
public sealed record AuditSettings
{
    /// <summary>The defaults: every rule on, every threshold as in principles.md.</summary>
    public static AuditSettings Default { get; } = new();

    /// <summary>Ids of the rules switched off.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Changed thresholds, by rule id and threshold name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Thresholds { get; init; } =
        FrozenDictionary<string, IReadOnlyDictionary<string, double>>.Empty;

    /// <summary>Whether <paramref name="ruleId"/> runs.</summary>
    public bool IsEnabled(string ruleId) => !Disabled.Contains(ruleId);

    /// <summary>The thresholds for a rule: its defaults, overridden by the user's values.</summary>
    internal RuleThresholds For(string ruleId, IReadOnlyDictionary<string, double> defaults) =>
        new(defaults, Thresholds.GetValueOrDefault(ruleId));
}

/// <summary>A rule's thresholds as the rule sees them.</summary>
internal readonly struct RuleThresholds(IReadOnlyDictionary<string, double> defaults, IReadOnlyDictionary<string, double>? overrides)
{
    public double this[string name] =>
        overrides is not null && overrides.TryGetValue(name, out var value) ? value
        : defaults.TryGetValue(name, out var fallback) ? fallback
        : throw new KeyNotFoundException($"No threshold named '{name}'.");
}

/// <summary>What to audit and how.</summary>
public sealed record AuditOptions
{
    /// <summary>Default number of weeks with training judged in a log.</summary>
    public const int DefaultWeeks = 8;

    /// <summary>Judge only training on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>How many of the most recent weeks with training to judge in a log.</summary>
    public int Weeks { get; init; } = DefaultWeeks;

    /// <summary>Rules switched off and thresholds changed.</summary>
    public AuditSettings Settings { get; init; } = AuditSettings.Default;

    /// <summary>
    /// The athlete's today: a recorded session or run dated after it cannot be true and is left out (RL003). A
    /// planned session (one with a phase, as a plan's are) is not a record. Null: dates are not checked.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>The user's own readings of their exercise names, asked before the catalog.</summary>
    public NameMapping Names { get; init; } = NameMapping.Empty;
}
