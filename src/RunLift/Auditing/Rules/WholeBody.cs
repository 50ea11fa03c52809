using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>RL401: every week covers squat or single-leg, hinge, push or pull, calves and core (a log's partial weeks are not judged).</summary>
internal sealed class MovementCoverage : AuditRule
{
    private sealed record Gap(string What, Severity Severity, MovementPattern[] Patterns, string Fix);

    private static readonly Gap[] Gaps =
    [
        new("squat or single-leg", Severity.Warning, [MovementPattern.Squat, MovementPattern.SingleLeg],
            "Add a squat (back, front or goblet squat) or a single-leg lift (Bulgarian split squat, step-up)."),
        new("hinge", Severity.Warning, [MovementPattern.Hinge],
            "Add a hinge: deadlift, Romanian deadlift, hip thrust or single-leg Romanian deadlift."),
        new("push or pull", Severity.Warning, [MovementPattern.Push, MovementPattern.Pull],
            "Add upper-body work that arm swing and posture need: a push (push-up, overhead press) and a pull (row, pull-up)."),
        new("calf/soleus", Severity.Info, [MovementPattern.Calf],
            "Add calf and soleus raises (straight- and bent-knee): the calves take the biggest load in running."),
        new("core/anti-rotation", Severity.Info, [MovementPattern.Core],
            "Add core work that resists movement: Pallof press, side plank, dead bug."),
    ];

    public override AuditRuleInfo Info { get; } = new("RL401", "movement-coverage", Mistake.WholeBody,
        "Programmes that improved running economy trained the whole lower body with compound lifts 2–3 times a week (Blagrove 2018).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        Gaps.SelectMany(gap => From(Info, training, week =>
                week.Partial || !week.Sessions.Any(s => s.IsStrength) || week.Count((e, _) => gap.Patterns.Contains(e.Exercise.Pattern)) > 0
                    ? null
                    : new WeekVerdict(gap.Severity, 1, []),
            v => $"No {gap.What} work in the week", gap.Fix));
}
