using System.Text.RegularExpressions;
using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>RL101: 4–6 lifting days a week is a bodybuilder's frequency; runners do best on 2–3.</summary>
internal sealed class LiftingFrequency : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL101", "lifting-frequency", Mistake.Bodybuilder,
        "2–3 sessions a week improve running economy 2–8 % (Blagrove 2018); bodybuilders train 4–7 days (Hackett 2022).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["warning"] = 4, ["error"] = 5, ["micro-session-minutes"] = 20, ["micro-week-minutes"] = 120,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var sessions = week.Sessions.Where(s => s.IsStrength).ToList();
            if (sessions.Count < t["warning"])
            {
                return null;
            }

            var microDosing = sessions.All(s => s.Duration.TotalMinutes <= t["micro-session-minutes"])
                && sessions.Sum(s => s.Duration.TotalMinutes) <= t["micro-week-minutes"];
            var severity = microDosing ? Severity.Info : sessions.Count >= t["error"] ? Severity.Error : Severity.Warning;
            return new WeekVerdict(severity, sessions.Count, [.. sessions.Select(s => s.ToEvidence(detail: $"{s.Duration.TotalMinutes:0} min"))]);
        },
        v => v.Severity == Severity.Info
            ? $"{v.Value} short strength sessions in a week: micro-dosing is fine while each stays under {t["micro-session-minutes"]} min and the week under {t["micro-week-minutes"]} min"
            : $"{v.Value} strength sessions in a week (limit {t["warning"] - 1}): that is a bodybuilder's frequency, and it eats into running recovery",
        "Lift 2–3 times a week: merge sessions into whole-body sessions of compound lifts, and give the freed days to running and recovery.");
}

/// <summary>RL102: 1½–2½ hour sessions are bodybuilding; 30–60 minutes is enough.</summary>
internal sealed class SessionLengthRule : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL102", "session-length", Mistake.Bodybuilder,
        "Runners' strength programmes that improved economy used short sessions of a few compound lifts (Blagrove 2018).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["warning"] = 75, ["error"] = 90 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var tooLong = week.Sessions.Where(s => s.IsStrength && Exceeds(s.Duration.TotalMinutes, t["warning"], t["error"]) is not null).ToList();
            if (tooLong.Count == 0)
            {
                return null;
            }

            var longest = tooLong.Max(s => s.Duration.TotalMinutes);
            return new WeekVerdict(Exceeds(longest, t["warning"], t["error"])!.Value, longest,
                [.. tooLong.OrderByDescending(s => s.Duration).Select(s => s.ToEvidence(detail: Length(s)))]);
        },
        v => $"A session lasts {v.Value:0} min (limit {t["warning"]:0} min)",
        "Keep sessions to 30–60 minutes: 4–6 compound lifts with full rest, and drop the isolation work.");

    private static string Length(AnalysedSession s) =>
        s.DurationEstimated ? $"estimated {s.Duration.TotalMinutes:0} min (reps × 4 s + rest + 5 min)" : $"{s.Duration.TotalMinutes:0} min";
}

/// <summary>RL103: isolation exercises build size, not running strength.</summary>
internal sealed class IsolationShare : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL103", "isolation-share", Mistake.Bodybuilder,
        "Compound, multi-joint lifts at heavy loads are what improve running economy (Llanos-Lagos 2024; Eihara 2022).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double> { ["warning"] = 30, ["error"] = 50 };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var isolation = week.Count((e, _) => e.Exercise.IsBodybuildingIsolation);
            var percent = Percent(isolation, week.WorkingVolume);
            if (Exceeds(percent, t["warning"], t["error"]) is not { } severity)
            {
                return null;
            }

            var culprits = week.Sessions.SelectMany(s => s.Exercises.Where(e => e.Exercise.IsBodybuildingIsolation && e.WorkingVolume > 0)
                .Select(e => (Session: s, Exercise: e))).ToList();
            return new WeekVerdict(severity, percent,
                [.. culprits.Select(c => c.Session.ToEvidence(c.Exercise.Name, c.Exercise.WorkingVolume))])
            {
                Swaps = [.. culprits.Select(c => SwapFor(c.Exercise, training)).OfType<Swap>()],
            };
        },
        v => $"{v.Value:0}% of your working sets are isolation exercises (limit {t["warning"]:0}%)",
        "Replace isolation work with compound lifts that train running muscles together; keep only runner accessories such as calf raises and Nordic curls.");
}

/// <summary>RL104: sets to failure add no strength and cost 24–48 h of recovery.</summary>
internal sealed class TrainingToFailure : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL104", "training-to-failure", Mistake.Bodybuilder,
        "Failure training brings no extra strength (Grgic 2022) and delays recovery by 24–48 h (Morán-Navarro 2017).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["warning"] = 10, ["error"] = 25, ["key-run-hours"] = 48,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        From(Info, training, week =>
        {
            var failures = week.Count((_, s) => s.Failure);
            var percent = Percent(failures, week.WorkingVolume);
            if (Exceeds(percent, t["warning"], t["error"]) is not { } severity)
            {
                return null;
            }

            var beforeKeyRuns = week.Sessions.Where(s => s.LowerBodyFailureSets > 0)
                .SelectMany(s => training.KeyRunsWithin(s.StartHour, t["key-run-hours"])
                    .Take(1)
                    .Select(x => s.ToEvidence(sets: s.LowerBodyFailureSets,
                        detail: $"lower-body sets to failure {x.Hours:0} h before a key run ({KeyRunText.Describe(x.Run)})") with { Run = x.Run.Run }));
            var culprits = week.Sessions.SelectMany(s => s.Exercises
                .Select(e => (Session: s, Exercise: e, Sets: e.Count(set => set.Failure)))
                .Where(c => c.Sets > 0)
                .Select(c => c.Session.ToEvidence(c.Exercise.Name, c.Sets)));
            return new WeekVerdict(severity, percent, [.. beforeKeyRuns.Concat(culprits)]);
        },
        v => $"{v.Value:0}% of your working sets go to failure (limit {t["warning"]:0}%)",
        "Stop every set 2–3 reps short of failure (RPE 7–8): the strength gain is the same and your next run does not pay for it.");
}

/// <summary>RL105: body-part days ("chest day", "arm day") are bodybuilding; runners need whole-body sessions.</summary>
internal sealed partial class BodyPartSplit : AuditRule
{
    private static readonly BodyRegion[] UpperRegions = [BodyRegion.Chest, BodyRegion.Back, BodyRegion.Shoulders, BodyRegion.Arms];

    public override AuditRuleInfo Info { get; } = new("RL105", "body-part-split", Mistake.Bodybuilder,
        "Split routines are the bodybuilder's way of training (Hackett 2022); runners need the whole chain trained together, 2–3 times a week (Blagrove 2018).");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>
    {
        ["region-share"] = 60, ["upper-lower-share"] = 80,
    };

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var split = From(Info, training, week => BodyPartDays(week, t), v => "Your week is split into body-part days", Fix).ToList();
        return split.Count > 0
            ? split
            : From(Info, training, week => UpperLowerSplit(week, t),
                v => "Your week is an upper/lower split: that works, but whole-body sessions suit runners better",
                "Make each session whole-body (a squat or single-leg lift, a hinge, a push, a pull, calves and core), so every session trains the legs and you lift only 2–3 times a week.");
    }

    private const string Fix = "Train the whole body every session instead: a squat or single-leg lift, a hinge, a push, a pull, calves and core, 2–3 times a week.";

    private static WeekVerdict? BodyPartDays(AnalysedWeek week, RuleThresholds t)
    {
        var days = week.Sessions
            .Select(s => (Session: s, Named: NamedRegion(s.Name), Dominant: Dominant(s, t["region-share"])))
            .Where(d => d.Named is not null || d.Dominant is not null)
            .ToList();
        var regions = days.Select(d => d.Named ?? d.Dominant!.Value.Part).Distinct().Count();
        if (!days.Any(d => d.Named is not null) && regions < 2)
        {
            return null;
        }

        return new WeekVerdict(Severity.Error, days.Count, [.. days.Select(d => d.Session.ToEvidence(detail: d.Named is not null
            ? $"named for {d.Named}"
            : $"{d.Dominant!.Value.Percent:0}% of its sets on {d.Dominant.Value.Part}"))]);
    }

    // What a session is most about: a region (chest), or a direction across regions (a pull day's back and biceps).
    private static (string Part, double Percent)? Dominant(AnalysedSession session, double share) =>
        (DominantUpperRegion(session, share), DominantDirection(session, share)) switch
        {
            ({ } region, { } direction) => direction.Percent > region.Percent ? direction : region,
            (var region, var direction) => region ?? direction,
        };

    /// <summary>
    /// The upper-body direction (push: chest, shoulders, triceps; pull: back, biceps) that takes at least
    /// <paramref name="share"/> % of a session's sets: a push/pull/legs week is a body-part split too.
    /// </summary>
    private static (string Part, double Percent)? DominantDirection(AnalysedSession session, double share)
    {
        if (session.WorkingVolume == 0)
        {
            return null;
        }

        foreach (var direction in (string[])["pushes", "pulls"])
        {
            var percent = Percent(session.Count((e, _) => Direction(e.Exercise) == direction), session.WorkingVolume);
            if (percent >= share)
            {
                return (direction, percent);
            }
        }

        return null;
    }

    private static string? Direction(Exercise exercise) => exercise switch
    {
        { Pattern: MovementPattern.Push } or { Region: BodyRegion.Chest or BodyRegion.Shoulders } => "pushes",
        { Pattern: MovementPattern.Pull } or { Region: BodyRegion.Back } => "pulls",
        { Region: BodyRegion.Arms } when exercise.Id.Contains("curl", StringComparison.Ordinal) => "pulls",
        { Region: BodyRegion.Arms } when TricepsWork().IsMatch(exercise.Id) => "pushes",
        _ => null,
    };

    private static WeekVerdict? UpperLowerSplit(AnalysedWeek week, RuleThresholds t)
    {
        var sides = week.Sessions.Where(s => s.IsStrength).Select(s => (Session: s, Side: Side(s, t["upper-lower-share"]))).ToList();
        if (sides.Count < 2 || sides.Any(x => x.Side is null) || sides.Select(x => x.Side).Distinct().Count() < 2)
        {
            return null;
        }

        return new WeekVerdict(Severity.Info, sides.Count, [.. sides.Select(x => x.Session.ToEvidence(detail: x.Side))]);
    }

    private static (string Part, double Percent)? DominantUpperRegion(AnalysedSession session, double share)
    {
        if (session.WorkingVolume == 0)
        {
            return null;
        }

        foreach (var region in UpperRegions)
        {
            var percent = Percent(session.Count((e, _) => e.Exercise.Region == region), session.WorkingVolume);
            if (percent >= share)
            {
                return (region.ToString().ToLowerInvariant(), percent);
            }
        }

        return null;
    }

    private static string? Side(AnalysedSession session, double share)
    {
        var upper = session.Count((e, _) => UpperRegions.Contains(e.Exercise.Region));
        var lower = session.Count((e, _) => e.Exercise.Region == BodyRegion.Lower);
        return upper + lower == 0 ? null
            : Percent(upper, upper + lower) >= share ? "upper body"
            : Percent(lower, upper + lower) >= share ? "lower body"
            : null;
    }

    /// <summary>"Chest", "Arms 2 Block 1", "back day", "Shoulders + abs", "Push // Hypertrophy": a session named for one upper-body part or direction (not "Pull-ups").</summary>
    private static string? NamedRegion(string name)
    {
        var match = BodyPartName().Match(name);
        return match.Success ? match.Groups["part"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^\W*(?<part>chest|arms?|back|shoulders?|bi(?:cep)?s|tri(?:cep)?s|lats|delts|pecs|forearms?|push|pull)(?=\s*(?:day\b|\d|\+|&|and\b|block\b|week\b|workout\b|session\b|[(/]|-(?!\s*ups?\b)|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyPartName();

    [GeneratedRegex("tricep|pushdown|skull|kickback|dip|extension", RegexOptions.CultureInvariant)]
    private static partial Regex TricepsWork();
}
