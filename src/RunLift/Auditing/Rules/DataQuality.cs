using RunLift.Auditing.Analysis;
using RunLift.English;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>
/// RL001: an exercise the catalog cannot resolve; it is still counted by keyword heuristics. Conditioning (walking, a
/// bike, a rower) needs no entry: it is understood, not unknown.
/// </summary>
internal sealed class UnknownExercise : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL001", "unknown-exercise", Mistake.Data,
        "Findings are only as good as the classification of each exercise.");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        training.Sessions
            .SelectMany(s => s.Exercises.Where(e => !e.Resolution.IsKnown && !e.Resolution.IsConditioning).Select(e => (Session: s, Exercise: e)))
            .GroupBy(x => x.Exercise.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var resolution = g.First().Exercise.Resolution;
                var closest = resolution.Closest.Select(e => e.Name).ToList();
                var counted = resolution.Exercise.Unstable is { } device
                    ? $"{Describe(resolution.Exercise)} on a {device}"
                    : Describe(resolution.Exercise);
                return Finding(Severity.Info,
                    $"'{g.Key}' is not in the catalog; it was counted as {counted} from its name.",
                    closest.Count > 0
                        ? $"If it is one of {string.Join(", ", closest)}, write that name or map yours to it once (`--names FILE`, or the picker in the web app's import)."
                        : "Write a catalog name (search with `runlift catalog`) or map yours to one once (`--names FILE`, or the picker in the web app's import).")
                    with { Evidence = [.. g.DistinctBy(x => x.Session).Take(MaxEvidence).Select(x => x.Session.ToEvidence(x.Exercise.Name, x.Exercise.WorkingVolume))] };
            });

    private static string Describe(Catalog.Exercise exercise) =>
        $"{exercise.Mechanic.ToString().ToLowerInvariant()} {exercise.Pattern} work ({exercise.Region.ToString().ToLowerInvariant()})";
}

/// <summary>RL002: a working set with neither reps nor a duration or distance cannot be judged.</summary>
internal sealed class IncompleteSet : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL002", "incomplete-set", Mistake.Data,
        "Volume, intensity and session length are worked out from reps, durations and loads.");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var evidence = training.Sessions.SelectMany(s => s.Exercises
                .Select(e => (Exercise: e, Sets: e.Count(set => set.Set is { Reps: null or 0, Duration: null, Distance: null, Amrap: false })))
                .Where(x => x.Sets > 0)
                .Select(x => s.ToEvidence(x.Exercise.Name, x.Sets)))
            .ToList();
        if (evidence.Count > 0)
        {
            yield return Finding(Severity.Info,
                $"{Plural.Count(evidence.Sum(e => e.Sets ?? 0), "working set has", "working sets have")} no reps, duration or distance, so they were counted without them.",
                "Record the reps (or the time or distance) of every working set.")
                with { Evidence = [.. evidence.Take(MaxEvidence)] };
        }
    }
}

/// <summary>RL003: what a log cannot mean (a timer left running, a load no one lifts) is not judged as if it were true.</summary>
internal sealed class ImplausibleRecord : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL003", "implausible-record", Mistake.Data,
        "A timer left running or a mistyped load would otherwise be judged as training.");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t)
    {
        var sessions = training.Sessions.Where(s => s.ImplausibleDuration is not null).ToList();
        if (sessions.Count > 0)
        {
            yield return Finding(Severity.Info,
                $"{Plural.Count(sessions.Count, "session")} recorded far longer than {(sessions.Count == 1 ? "its" : "their")} sets could take (a timer left running?): judged by the estimated length instead.",
                "Stop the workout timer when you finish, or correct the session's end time in the app.")
                with { Evidence = [.. sessions.Take(MaxEvidence).Select(s => s.ToEvidence(detail: $"recorded {s.ImplausibleDuration!.Value.TotalMinutes:0} min; estimated {s.Duration.TotalMinutes:0} min"))] };
        }

        if (training.FutureRecords is { Count: > 0 } future)
        {
            yield return Finding(Severity.Info,
                $"{Plural.Count(future.Count, "session or run", "sessions and runs")} dated after today: left out, as no one has done them yet.",
                "Correct the date (a phone's clock or a typed year may have gone wrong).")
                with { Evidence = [.. future.Take(MaxEvidence).Select(f => new Evidence(f.What) { Date = f.Date, Detail = "dated in the future" })] };
        }

        var sets = training.Sessions.SelectMany(s => s.Exercises
                .Select(e => (Exercise: e, Sets: e.Sets.Count(set => set.IsWorking && Plausibility.IsImpossible(set.Set))))
                .Where(x => x.Sets > 0)
                .Select(x => s.ToEvidence(x.Exercise.Name, x.Sets, "a load over 1,000 kg or over 200 reps")))
            .ToList();
        if (sets.Count > 0)
        {
            yield return Finding(Severity.Info,
                $"{Plural.Count(sets.Sum(e => e.Sets ?? 0), "set")} with a load or rep count no one lifts: left out of maxes and load.",
                "Correct the load or the reps (a unit or a digit may have gone wrong).")
                with { Evidence = [.. sets.Take(MaxEvidence)] };
        }
    }
}
