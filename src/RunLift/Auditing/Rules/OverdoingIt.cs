using RunLift.Auditing.Analysis;
using RunLift.Training;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>
/// How a key run is named in findings: "intervals on Wed" or "tempo on 2026-12-08"; a run whose kind was not typed says
/// how it was decided: "tempo on 2026-12-08 (effort: 24 min of laps at 4:05/km, ...)".
/// </summary>
internal static class KeyRunText
{
    public static string Describe(TimedRun run) => Describe(run.Run);

    public static string Describe(Run run) =>
        run.Basis is { Source: not RunKindSource.Typed } basis ? $"{Named(run)} ({basis})" : Named(run);

    private static string Named(Run run)
    {
        var kind = run.Kind switch
        {
            RunKind.RacePace => "race-pace run",
            RunKind.Long => "long run",
            RunKind.Easy or RunKind.Recovery => "long run",
            var other => other.Name(),
        };
        return run.Date is { } date ? $"{kind} on {date:yyyy-MM-dd}" : run.Day is { } day ? $"{kind} on {day.ToString()[..3]}" : kind;
    }
}

/// <summary>RL501: heavy legs less than 24 h before a key run (or failure sets within 48 h) spoil the run.</summary>
internal sealed class HeavyBeforeKeyRun : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL501", "heavy-before-key-run", Mistake.OverdoingIt,
        "Lifting fatigue impairs running economy for hours to days; running first and lifting later hurts the next day's running less (Doma & Deakin 2013).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["heavy-hours"] = 24, ["failure-hours"] = 48,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var heavy = From(Info, training, week => Before(training, week, s => s.IsLowerBodyHeavy, t["heavy-hours"], Severity.Error),
            v => $"Heavy lower-body lifting less than {t["heavy-hours"]:0} h before a key run ({v.Value} time{(v.Value == 1 ? "" : "s")} in the week)",
            "Lift heavy legs on the same day as a hard run, a few hours after it, or on an easy day at least 24 h before the next key run; never the day before a long run.");
        var failure = From(Info, training, week => Before(training, week, s => s.LowerBodyFailureSets > 0, t["failure-hours"], Severity.Warning),
            v => $"Lower-body sets to failure less than {t["failure-hours"]:0} h before a key run",
            "Keep 2–3 reps in reserve on leg work in the two days before a key run.");
        return heavy.Concat(failure);
    }

    private static WeekVerdict? Before(AnalysedTraining training, AnalysedWeek week, Func<AnalysedSession, bool> which, double hours, Severity severity)
    {
        var evidence = week.Sessions.Where(which)
            .SelectMany(s => training.KeyRunsWithin(s.StartHour, hours)
                .Take(1)
                .Select(x => s.ToEvidence(detail: $"{x.Hours:0} h before the {KeyRunText.Describe(x.Run)}") with { Run = x.Run.Run }))
            .ToList();
        return evidence.Count == 0 ? null : new WeekVerdict(severity, evidence.Count, evidence);
    }
}

/// <summary>RL502: no heavy legs in the last 10 days before an A race, nothing hard in the last 96 h before any race.</summary>
internal sealed class RaceProximity : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL502", "race-proximity", Mistake.OverdoingIt,
        "Taper about 2 weeks, cutting volume 41–60 % while keeping intensity (Bosquet 2007).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["a-race-days"] = 10, ["hard-hours"] = 96, ["light-hours"] = 72,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var hard = new List<Evidence>();
        var close = new List<Evidence>();
        foreach (var session in training.Sessions.Where(s => s.IsStrength))
        {
            foreach (var race in training.Races)
            {
                var hours = race.Hour - session.StartHour;
                if (hours <= 0)
                {
                    continue;
                }

                // A race read from the log (a run marked or named a race) has no priority: only the any-race limits apply.
                var label = race.Run is { } run
                    ? $"{hours / 24:0.#} days before the {KeyRunText.Describe(run)}"
                    : $"{hours / 24:0.#} days before the {race.Race.Priority} race on {race.Race.Date:yyyy-MM-dd}";
                if (hours < t["hard-hours"] && (session.IsLowerBodyHeavy || session.LowerBodyFailureSets > 0))
                {
                    hard.Add(session.ToEvidence(detail: "heavy or to-failure leg work " + label) with { Run = race.Run });
                }
                else if (hours < t["light-hours"]
                    || (race.Race.Priority == RacePriority.A && session.IsLowerBodyHeavy && hours < t["a-race-days"] * 24))
                {
                    close.Add(session.ToEvidence(detail: label) with { Run = race.Run });
                }
            }
        }

        if (hard.Count > 0)
        {
            yield return Finding(Severity.Error, $"Heavy or to-failure leg work less than {t["hard-hours"]:0} h before a race.",
                    "Taper: the last heavy leg session goes 10 or more days before an A race; only light work (RPE ≤ 6) until 72 h out, then nothing.")
                with { Evidence = [.. hard.Take(MaxEvidence)] };
        }

        if (close.Count > 0)
        {
            yield return Finding(Severity.Warning, $"Lifting too close to a race (heavy legs within {t["a-race-days"]:0} days of an A race, or any lifting within {t["light-hours"]:0} h).",
                    "In the last 10 days keep one light session (RPE ≤ 6) at most, no later than 72 h before the race.")
                with { Evidence = [.. close.Take(MaxEvidence)] };
        }
    }
}

/// <summary>RL503: a week's strength load far above the previous four weeks'.</summary>
internal sealed class StrengthLoadSpike : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL503", "strength-load-spike", Mistake.OverdoingIt,
        "Session RPE × minutes measures training load (Foster 2001); the acute:chronic ratio predicts injury poorly (Impellizzeri 2020), so this is a warning to smooth the jump, not a forecast.");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["ratio"] = 1.5, ["weeks"] = 4 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var previous = (int)t["weeks"];

        // Weeks of taper and off-season sessions are light by design: the weeks after them are compared with the last normal week.
        var baseline = StrengthLoad.AsBaseline(training.LoadHistory, w => training.LoadHistory[w].EasyByDesign);

        // A whole week against the whole weeks before it inside the log; the first week back after a break is not a
        // spike but a restart, said as such.
        (double Ratio, double Load, double Mean, bool ByRpe)? SpikeIn(AnalysedWeek week) =>
            training.IsLog && !week.Partial && week.WeeksIntoLog - previous >= training.FirstWholeWeek
            && StrengthLoad.Spike(training.LoadHistory, week.WeeksIntoLog, previous, baseline) is { } spike && spike.Ratio > t["ratio"]
                ? spike
                : null;
        bool AfterABreak(AnalysedWeek week) =>
            week.WeeksIntoLog >= BreakWeeks && Enumerable.Range(week.WeeksIntoLog - BreakWeeks, BreakWeeks).All(w => training.LoadHistory[w].IsEmpty);

        var spikes = From(Info, training, week =>
            SpikeIn(week) is { } spike && !AfterABreak(week)
                ? new WeekVerdict(Severity.Warning, Math.Round(spike.Ratio, 2),
                    [new Evidence($"week of {week.Monday:yyyy-MM-dd}") { Detail = $"{spike.Load:0} {(spike.ByRpe ? "RPE·min" : "kg lifted")} against a {previous}-week mean of {spike.Mean:0}" }])
                : null,
        v => $"Strength load jumped to {v.Value:0.##}× the mean of the previous {previous} weeks (limit {t["ratio"]:0.##}×); the ratio predicts injury poorly, but sudden jumps are worth smoothing",
        "Raise lifting load by no more than about 10–20% a week, and add sets or load, not both.");
        var returns = From(Info, training, week =>
            SpikeIn(week) is not null && AfterABreak(week)
                ? new WeekVerdict(Severity.Info, BreakWeeks, [new Evidence($"week of {week.Monday:yyyy-MM-dd}") { Detail = $"after {BreakWeeks}+ weeks without lifting" }])
                : null,
        v => $"Back to lifting after {BreakWeeks} or more weeks without it",
        "Ease back in: the first week or two at 50–70% of your previous load, then build up.");
        return spikes.Concat(returns);
    }

    /// <summary>Weeks without lifting after which a week's load is a restart, not a spike.</summary>
    private const int BreakWeeks = 2;
}

/// <summary>RL504: lifting before a key run on the same day leaves the run on tired legs.</summary>
internal sealed class LiftBeforeKeyRun : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL504", "lift-before-key-run", Mistake.OverdoingIt,
        "Running first and lifting later hurts the next day's running less (Doma & Deakin 2013); sessions ≥ 3 h apart keep explosive strength (Schumann 2022).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var evidence = week.Sessions.Where(s => s.IsStrength && s.Source.Time is not null && !double.IsNaN(s.StartHour))
                .SelectMany(s => training.KeyRunsWithin(s.StartHour, 24 - (s.StartHour % 24))
                    .Where(x => x.Run.TimeKnown)
                    .Take(1)
                    .Select(x => s.ToEvidence(detail: $"before the {KeyRunText.Describe(x.Run)} the same day") with { Run = x.Run.Run }))
                .ToList();
            return evidence.Count == 0 ? null : new WeekVerdict(Severity.Warning, evidence.Count, evidence);
        },
        v => "Lifting before a key run on the same day",
        "Run first, and lift 3–6 hours later (or the next easy day).");
}

/// <summary>RL505: total lifting time per week.</summary>
internal sealed class WeeklyLiftingTime : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL505", "weekly-lifting-time", Mistake.OverdoingIt,
        "Two or three sessions of 30–60 minutes improved economy (Blagrove 2018); one session a week maintained strength in season (Rønnestad 2010).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["warning"] = 150, ["error"] = 240 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var sessions = week.Sessions.Where(s => s.IsStrength).ToList();
            var minutes = sessions.Sum(s => s.Duration.TotalMinutes);
            return Exceeds(minutes, t["warning"], t["error"]) is { } severity
                ? new WeekVerdict(severity, minutes, [.. sessions.Select(s => s.ToEvidence(detail: $"{s.Duration.TotalMinutes:0} min"))])
                : null;
        },
        v => $"{v.Value:0} min of lifting in a week (limit {t["warning"]:0} min)",
        "Cap lifting at about 2 hours a week: 2–3 sessions of 30–60 minutes leave the energy for running.");
}
