using RunLift.Auditing.Analysis;
using RunLift.Auditing.Rules;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Auditing;

/// <summary>Audits a routine or log against the rules of principles.md.</summary>
/// <param name="catalog">The catalog names are resolved against.</param>
public sealed class Auditor(ExerciseCatalog catalog)
{
    internal static readonly IReadOnlyList<AuditRule> Rules =
    [
        new UnknownExercise(), new IncompleteSet(), new ImplausibleRecord(),
        new LiftingFrequency(), new SessionLengthRule(), new IsolationShare(), new TrainingToFailure(), new BodyPartSplit(),
        new HighRepLightLoad(), new IncompleteRecovery(), new NoHeavyStrength(), new NoExplosiveWork(),
        new UnstableMainLift(), new UnstableShare(),
        new MovementCoverage(),
        new HeavyBeforeKeyRun(), new RaceProximity(), new StrengthLoadSpike(), new LiftBeforeKeyRun(), new WeeklyLiftingTime(),
    ];

    /// <summary>Every rule, with its thresholds' defaults: for listings and for validating config files.</summary>
    public static IReadOnlyList<(AuditRuleInfo Rule, IReadOnlyDictionary<string, double> Thresholds)> RuleCatalog { get; } =
        [.. Rules.Select(r => (r.Info, r.Defaults))];

    /// <summary>Audits <paramref name="document"/>. Never throws for odd training data.</summary>
    public AuditReport Audit(TrainingDocument document, AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new AuditOptions();
        var training = new TrainingAnalyzer(catalog, options.Names).Analyse(document, options);
        var findings = Rules
            .Where(rule => options.Settings.IsEnabled(rule.Info.Id))
            .SelectMany(rule => rule.Evaluate(training, options.Settings.For(rule.Info.Id, rule.Defaults)))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ToList();
        var summary = new AuditSummary(
            findings.Count(f => f.Severity == Severity.Error),
            findings.Count(f => f.Severity == Severity.Warning),
            findings.Count(f => f.Severity == Severity.Info),
            training.Sessions.Count(s => s.IsStrength),
            training.Sessions.Sum(s => s.WorkingVolume))
        {
            Runs = document.Runs.Concat(document.RunningWeek).Count(r => r.Kind != RunKind.Rest),
            KeyRuns = document.Runs.Concat(document.RunningWeek).Count(r => r.IsKey),
            CrossTraining = document.CrossTraining.Count,
            CrossTrainingMinutes = (int)Math.Round(document.CrossTraining.Sum(c => c.Duration.TotalMinutes)),
        };
        return new AuditReport(document.Sources, training.Window, summary, findings)
        {
            Exercises = ExerciseReading.Of(training.Sessions.SelectMany(s => s.Exercises).Select(e => e.Entry), catalog, options.Names),
        };
    }
}
