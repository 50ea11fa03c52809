using RunLift.Auditing.Analysis;

namespace RunLift.Auditing;

/// <summary>
/// A rule of principles.md. Rules are pure: they read the analysed training and return findings, and never
/// throw for bad training data. Adding a rule is adding one subclass (and its tests).
/// </summary>
internal abstract class AuditRule
{
    public abstract AuditRuleInfo Info { get; }

    /// <summary>The rule's thresholds and their principles.md defaults; a config file may change them.</summary>
    public abstract IReadOnlyDictionary<string, double> Defaults { get; }

    public abstract IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds thresholds);

    protected Finding Finding(Severity severity, string message, string fix) => new(Info, severity, message, fix);
}
