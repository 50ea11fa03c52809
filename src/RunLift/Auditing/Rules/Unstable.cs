using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>RL301: main lifts on a BOSU, wobble board or swiss ball cut the force a lifter can produce.</summary>
internal sealed class UnstableMainLift : AuditRule
{
    private const string Evidence = "Swiss-ball chest press force −59.6 % (Anderson & Behm 2004); squats on inflatable discs: peak force −45.6 %, rate of force development −40.5 % (McBride 2006). Fine for rehab and accessories (Behm 2010).";

    public override AuditRuleInfo Info { get; } = new("RL301", "unstable-main-lift", Mistake.UnstableSurface, Evidence);

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public static bool IsMainLift(Exercise exercise) => exercise.Pattern is MovementPattern.Squat or MovementPattern.Hinge
        or MovementPattern.SingleLeg or MovementPattern.Push or MovementPattern.Pull or MovementPattern.Olympic;

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var culprits = week.Sessions.SelectMany(s => s.Exercises
                .Where(e => e.Unstable is not null && IsMainLift(e.Exercise) && e.WorkingVolume > 0)
                .Select(e => (Session: s, Exercise: e))).ToList();
            if (culprits.Count == 0)
            {
                return null;
            }

            return new WeekVerdict(training.Athlete.Rehab ? Severity.Info : Severity.Error, culprits.Count,
                [.. culprits.Select(c => c.Session.ToEvidence(c.Exercise.Name, c.Exercise.WorkingVolume, $"on a {c.Exercise.Unstable}"))])
            {
                // The stable version of the same lift is the first swap, when the name resolved to one.
                Swaps = [.. culprits.Select(c => SwapFor(c.Exercise, training,
                    c.Exercise.Exercise.Unstable is null && c.Exercise.Resolution.IsKnown ? [c.Exercise.Exercise.Name] : null)).OfType<Swap>()],
            };
        },
        v => training.Athlete.Rehab
            ? $"{v.Value} main lift{(v.Value == 1 ? " is" : "s are")} done on an unstable surface: fine while rehabilitating, but move back to stable ground for strength"
            : $"{v.Value} main lift{(v.Value == 1 ? " is" : "s are")} done on an unstable surface, which cuts the force you can produce by 40–60%",
        "Do squats, hinges, presses and rows on stable ground with real load; keep balance work as a short accessory.");
}

/// <summary>RL302: too much of the week on unstable devices, accessories included.</summary>
internal sealed class UnstableShare : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL302", "unstable-share", Mistake.UnstableSurface,
        "Unstable-surface training is not a primary mode for strength or power (Behm 2010, CSEP position stand).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["warning"] = 20 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var percent = Percent(week.Count((e, _) => e.Unstable is not null), week.WorkingVolume);
            if (percent <= t["warning"])
            {
                return null;
            }

            return new WeekVerdict(training.Athlete.Rehab ? Severity.Info : Severity.Warning, percent,
                [.. week.Sessions.SelectMany(s => s.Exercises.Where(e => e.Unstable is not null && e.WorkingVolume > 0)
                    .Select(e => s.ToEvidence(e.Name, e.WorkingVolume, $"on a {e.Unstable}")))]);
        },
        v => $"{v.Value:0}% of your working sets use an unstable device (limit {t["warning"]:0}%)",
        "Move most of the work to stable ground; a few sets of balance or single-leg stability work are enough.");
}
