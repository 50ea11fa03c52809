using RunLift.Catalog;

namespace RunLift.Web.Features.Progress;

// The summary below is this schema's description in the API document, kept as it was: the queries it speaks of are
// ProgressOperations'.
/// <summary>
/// An athlete's progress week by week: estimated 1RM of the main lifts (and relative to bodyweight), working sets
/// by movement pattern, strength load beside running and cross-training time, the audit findings, and the daily
/// training load of running and lifting with fitness, fatigue and form. Everything is aggregated in
/// SQL (grouped by week, exercise or session) so that ten years of logs cost a few thousand small rows; those are
/// folded here with the catalog. The formulas are the domain's, applied when the sessions were written (LogMeasures)
/// or to what the queries sum (a run's load, by its kind and heart rate): the queries only sum and compare.
/// </summary>
internal sealed record ProgressReport(
    DateOnly From,
    DateOnly To,
    double? BodyweightKg,
    IReadOnlyList<LiftSeries> Lifts,
    IReadOnlyList<ProgressWeek> Weeks,
    IReadOnlyList<ProgressDay> Days)
{
    /// <summary>The most weeks a request may ask for (20 years); without a number, the whole log.</summary>
    public const int MaxWeeks = 1040;

    /// <summary>Nothing logged in the range: no sets, runs or audits.</summary>
    public bool IsEmpty => Weeks.All(w => w.Sessions == 0 && w.Runs == 0 && w.CrossTraining == 0 && w.Audit is null);

    /// <summary>The name of the pattern bucket for sets of exercises the catalog did not resolve.</summary>
    public const string OtherPattern = "other";

    /// <summary>
    /// The lifts whose estimated 1RM is tracked: stable, non-explosive compound squats, hinges, single-leg work,
    /// pushes and pulls (the main lifts RL301 protects, without the Olympic lifts, whose 1RM is not estimated
    /// from reps).
    /// </summary>
    public static IReadOnlySet<string> MainLifts(ExerciseCatalog catalog) =>
        catalog.Exercises
            .Where(e => e.Mechanic == Mechanic.Compound && e.Unstable is null && !e.Explosive
                && e.Pattern is MovementPattern.Squat or MovementPattern.Hinge or MovementPattern.SingleLeg
                    or MovementPattern.Push or MovementPattern.Pull)
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A pattern as the API names it (kebab-case, as formats.md §5).</summary>
    public static string PatternName(MovementPattern pattern) => pattern switch
    {
        MovementPattern.SingleLeg => "single-leg",
        MovementPattern.IsolationUpper => "isolation-upper",
        MovementPattern.IsolationLower => "isolation-lower",
        _ => pattern.ToString().ToLowerInvariant(),
    };
}

/// <summary>One main lift's estimated 1RM week by week (only the weeks it was done in).</summary>
internal sealed record LiftSeries(string ExerciseId, string Name, string Pattern, IReadOnlyList<LiftPoint> Points);

/// <summary>The week's best Epley estimate, and the estimate ÷ bodyweight when the profile has one.</summary>
internal sealed record LiftPoint(DateOnly WeekStart, double OneRepMaxKg, double? RelativeStrength);

/// <summary>
/// One ISO week: working sets in all and by movement pattern, strength sessions and minutes (recorded, or the
/// auditor's estimate), strength load (session RPE × minutes over the sessions with an RPE; the mean RPE of the
/// working sets stands in for a session RPE not recorded, as for RL503) and volume load, running, cross-training, and
/// the audit.
/// </summary>
internal sealed record ProgressWeek(
    DateOnly WeekStart,
    int WorkingSets,
    IReadOnlyDictionary<string, int> SetsByPattern,
    int Sessions,
    double StrengthMinutes,
    double StrengthLoadRpeMinutes,
    int SessionsWithoutRpe,
    double VolumeLoadKg,
    int Runs,
    int RunningSeconds,
    WeekAudit? Audit)
{
    /// <summary>Rides, swims, hikes and other training that is neither running nor lifting.</summary>
    public int CrossTraining { get; init; }

    /// <summary>The time of <see cref="CrossTraining"/>, in seconds.</summary>
    public int CrossTrainingSeconds { get; init; }

    /// <summary>The week's running load: Σ minutes × effort (1–10, by heart rate or kind) of its runs, to one decimal.</summary>
    public double RunningLoad { get; init; }

    /// <summary>The week's strength load on the same scale: session RPE × minutes, as the strength load RPE·min, to one decimal.</summary>
    public double StrengthLoad { get; init; }
}

/// <summary>
/// One day's training load, running and lifting apart (minutes × effort on the CR-10 scale), and fitness, fatigue
/// and form: the 42- and 7-day exponentially weighted averages of the daily total from the first day of the log, and
/// fitness − fatigue.
/// </summary>
internal sealed record ProgressDay(DateOnly Date, double RunningLoad, double StrengthLoad, double Fitness, double Fatigue, double Form);

/// <summary>The week's audit snapshot: findings by severity and the rules that fired.</summary>
internal sealed record WeekAudit(int Errors, int Warnings, int Infos, IReadOnlyList<string> RuleIds);
