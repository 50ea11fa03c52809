using RunLift.Auditing;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Tests.Auditing;

/// <summary>Audits with the fixed test catalog and picks out one rule's findings.</summary>
internal static class Audit
{
    public static AuditReport Of(TrainingDocument document, AuditOptions? options = null) =>
        new Auditor(TestCatalog.Instance).Audit(document, options);

    public static IReadOnlyList<Finding> Rule(string id, TrainingDocument document, AuditOptions? options = null) =>
        [.. Of(document, options).Findings.Where(f => f.Rule.Id == id)];

    public static Finding Single(string id, TrainingDocument document, AuditOptions? options = null) =>
        Rule(id, document, options).ShouldHaveSingleItem();

    public static void None(string id, TrainingDocument document, AuditOptions? options = null) =>
        Rule(id, document, options).ShouldBeEmpty();
}
