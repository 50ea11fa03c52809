using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using RunLift.English;
using RunLift.Training;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>RL201: light weights for high reps build nothing running does not already build.</summary>
internal sealed class HighRepLightLoad : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL201", "high-rep-light-load", Mistake.EnduranceLifting,
        "Heavy (≥ 80–90 % 1RM) work improves running economy more than light work (Llanos-Lagos 2024); masters runners improved 6.2 % with heavy lifting and not with endurance-style lifting (Piacentini 2013).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["warning"] = 30, ["error"] = 50, ["new-lifter-weeks"] = 4,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var strength = week.Count((e, _) => e.Exercise.IsStrength);
            var light = week.Count((_, s) => s.LightHighRep);
            var percent = Percent(light, strength);
            if (Exceeds(percent, t["warning"], t["error"]) is not { } severity)
            {
                return null;
            }

            // Moderate loads for higher reps are how a new lifter learns the patterns: at most a suggestion then.
            var learning = week.Sessions.Any(s => s.Phase == TrainingPhase.Adaptation)
                || (training.Athlete.Experience == Experience.New && (!training.IsLog || week.WeeksIntoLog < t["new-lifter-weeks"]));
            return new WeekVerdict(learning ? Severity.Info : severity, percent,
                [.. week.Sessions.SelectMany(s => s.Exercises
                    .Select(e => (Exercise: e, Sets: e.Count(set => set.LightHighRep)))
                    .Where(x => x.Sets > 0)
                    .Select(x => s.ToEvidence(x.Exercise.Name, x.Sets)))]);
        },
        v => $"{v.Value:0}% of your strength sets are light or high-rep (13+ reps or ≤ 60% of your max; limit {t["warning"]:0}%)",
        "Lift heavy: 3–5 sets of 3–6 reps at 80–90% of your max (RPE 7–8) with 2–4 minutes' rest. Running already trains endurance.");
}

/// <summary>RL202: heavy sets need 2–4 minutes' rest, and main lifts are not circuit exercises.</summary>
internal sealed class IncompleteRecovery : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL202", "incomplete-recovery", Mistake.EnduranceLifting,
        "Rest 3–5 minutes between sets of 1–6RM loads (ACSM 2009 position stand).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["rest-seconds"] = 120 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var shortRest = From(Info, training, week =>
        {
            var evidence = week.Sessions.SelectMany(s => s.Exercises
                .Select(e => (Exercise: e, Sets: e.Count(set => set.Heavy && set.Set.Rest?.TotalSeconds < t["rest-seconds"])))
                .Where(x => x.Sets > 0)
                .Select(x => s.ToEvidence(x.Exercise.Name, x.Sets, $"rest {x.Exercise.Sets.Where(set => set.Heavy).Min(set => set.Set.Rest)?.TotalSeconds:0} s"))).ToList();
            return evidence.Count == 0 ? null : new WeekVerdict(Severity.Warning, evidence.Count, evidence);
        },
        v => $"Heavy sets with less than {t["rest-seconds"]:0} s of rest",
        "Rest 2–4 minutes after heavy sets, so that every set is done at full strength.");

        var circuits = From(Info, training, week =>
        {
            var evidence = week.Sessions.SelectMany(s => s.Exercises
                .Where(e => e.Exercise.IsMainLowerBody && e.Entry.Superset is { } group
                    && s.Exercises.Any(other => other != e && other.Entry.Superset == group))
                .Select(e => s.ToEvidence(e.Name, e.WorkingVolume, $"in superset {e.Entry.Superset}"))).ToList();
            return evidence.Count == 0 ? null : new WeekVerdict(Severity.Warning, evidence.Count, evidence);
        },
        v => "Main lower-body lifts are done as a circuit or superset",
        "Do squats, hinges and single-leg lifts as straight sets with full rest; pair only accessories or upper-body work.");
        return shortRest.Concat(circuits);
    }
}

/// <summary>RL203: without heavy lower-body sets, lifting does not make a runner stronger.</summary>
internal sealed class NoHeavyStrength : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL203", "no-heavy-strength", Mistake.EnduranceLifting,
        "Half squats 4 × 4RM three times a week for 8 weeks improved economy 5 % and 1RM 33 % (Støren 2008).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["min-weeks"] = 2 };

    /// <summary>Every strength session is declared taper or off-season: light by design.</summary>
    public static bool WindowIsEasyPhases(AnalysedTraining training) =>
        training.Sessions.Where(s => s.IsStrength).All(s => s.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason);

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        // Judged on whole weeks: an export's last days, or the first of a log, say nothing of what is missing.
        var weeks = training.WholeWeeks;
        var sessions = weeks.SelectMany(w => w.Sessions).ToList();
        if ((training.IsLog && weeks.Count < t["min-weeks"]) || !sessions.Any(s => s.IsStrength)
            || training.Sessions.Any(s => s.Count((e, set) => e.Exercise.IsMainLowerBody && set.Heavy) > 0))
        {
            yield break;
        }

        // Moderate loads are intended while learning the lifts, and light work is the point of a taper or an off-season.
        var intended = training.Phase == TrainingPhase.Adaptation || training.Sessions.Any(s => s.Phase == TrainingPhase.Adaptation)
            || training.Athlete.Experience == Experience.New || WindowIsEasyPhases(training);
        var lowerBody = sessions.SelectMany(s => s.Exercises.Where(e => e.Exercise.IsMainLowerBody && e.WorkingVolume > 0)
            .Select(e => s.ToEvidence(e.Name, e.WorkingVolume, "not heavy (no load ≥ 80% of max, or ≤ 6 reps at RPE ≥ 7)")));
        yield return Finding(intended ? Severity.Info : Severity.Warning,
            $"No heavy lower-body sets{(training.IsLog ? $" in the last {Plural.Count(weeks.Count, "whole week")}" : "")}: no squat, hinge or single-leg set at ≥ 80% of your max or ≤ 6 reps at RPE 7+.",
            "Add a heavy squat or hinge twice a week: 3–5 sets of 3–6 reps at 80–90% of your max (or RPE 8), with 2–4 minutes' rest. Write the load (@ 85%, @ RPE 8) so it can be checked.")
            with { Evidence = [.. lowerBody.Take(MaxEvidence)] };
    }
}

/// <summary>RL204: explosive work trains the rate of force development that running economy and the finishing kick need.</summary>
internal sealed class NoExplosiveWork : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL204", "no-explosive-work", Mistake.EnduranceLifting,
        "Plyometric and explosive training improve running economy alongside heavy lifting (Blagrove 2018; Eihara 2022).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var weeks = training.WholeWeeks;
        if (!weeks.SelectMany(w => w.Sessions).Any(s => s.IsStrength)
            || training.Sessions.Any(s => s.Exercises.Any(e => e.WorkingVolume > 0 && (e.Exercise.Explosive
                || e.Exercise.Pattern is MovementPattern.Plyometric or MovementPattern.Olympic))))
        {
            yield break;
        }

        var experienced = training.Athlete.Experience is Experience.Intermediate or Experience.Advanced
            && !NoHeavyStrength.WindowIsEasyPhases(training);
        yield return Finding(experienced ? Severity.Warning : Severity.Info,
            $"No plyometric, Olympic or ballistic exercise{(training.IsLog ? $" in the last {Plural.Count(weeks.Count, "whole week")}" : " in the week")}.",
            experienced
                ? "Add explosive work early in a session: 60–100 foot contacts of pogo hops, bounds or box jumps, or 3 × 3–5 hang power cleans or jump squats."
                : "Once the main lifts are learned, add low-level jumps early in a session: pogo hops, box jumps, 40–60 foot contacts.");
    }
}
