namespace RunLift.Auditing;

/// <summary>What identifies a rule: its stable id and name (principles.md), the mistake it belongs to, and the research behind it.</summary>
/// <param name="Id">Stable id, e.g. <c>RL103</c>.</param>
/// <param name="Name">Stable name, e.g. <c>isolation-share</c>.</param>
/// <param name="Mistake">The mistake or rule family.</param>
/// <param name="Reference">The evidence behind the rule, for finding texts.</param>
public sealed record AuditRuleInfo(string Id, string Name, Mistake Mistake, string Reference);
