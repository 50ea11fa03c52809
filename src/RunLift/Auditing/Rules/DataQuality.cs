using RunLift.Auditing.Analysis;
using static RunLift.Auditing.WeeklyFindings;

namespace RunLift.Auditing.Rules;

/// <summary>RL001: an exercise the catalog cannot resolve; it is still counted by keyword heuristics.</summary>
internal sealed class UnknownExercise : AuditRule
{
    public override AuditRuleInfo Info { get; } = new("RL001", "unknown-exercise", Mistake.Data,
        "Findings are only as good as the classification of each exercise.");

    public override IReadOnlyDictionary<string, double> Defaults { get; } = new Dictionary<string, double>();

    public override IEnumerable<Finding> Evaluate(AnalysedTraining training, RuleThresholds t) =>
        training.Sessions
            .SelectMany(s => s.Exercises.Where(e => !e.Resolution.IsKnown).Select(e => (Session: s, Exercise: e)))
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
                        ? $"If it is one of {string.Join(", ", closest)}, write that name (or search with `runlift catalog`)."
                        : "Write a catalog name (search with `runlift catalog`).")
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
                $"{evidence.Sum(e => e.Sets)} working set{(evidence.Sum(e => e.Sets) == 1 ? " has" : "s have")} no reps, duration or distance, so they were counted without them.",
                "Record the reps (or the time or distance) of every working set.")
                with { Evidence = [.. evidence.Take(MaxEvidence)] };
        }
    }
}
