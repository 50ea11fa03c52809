using RunLift.Auditing.Analysis;

namespace RunLift.Auditing;

/// <summary>How one week breaks a rule: the severity, the measured value and what caused it.</summary>
/// <param name="Severity">How badly.</param>
/// <param name="Value">The measure compared with the thresholds (a count, a percentage, minutes).</param>
/// <param name="Evidence">The sessions and sets to blame.</param>
internal sealed record WeekVerdict(Severity Severity, double Value, IReadOnlyList<Evidence> Evidence)
{
    public IReadOnlyList<Swap> Swaps { get; init; } = [];
}

/// <summary>Turns per-week verdicts into one finding: the worst week sets the severity and the message.</summary>
internal static class WeeklyFindings
{
    /// <summary>Enough evidence to act on without burying the message.</summary>
    public const int MaxEvidence = 12;

    public static IEnumerable<Finding> From(AuditRuleInfo rule, AnalysedTraining training, Func<AnalysedWeek, WeekVerdict?> judge,
        Func<WeekVerdict, string> message, string fix)
    {
        var broken = training.Weeks.Select(judge).OfType<WeekVerdict>().ToList();
        if (broken.Count == 0)
        {
            yield break;
        }

        // The worst week sets the message; among equally bad weeks, the most recent.
        var worst = broken.AsEnumerable().Reverse().OrderByDescending(v => v.Severity).ThenByDescending(v => v.Value).First();
        yield return new Finding(rule, worst.Severity, message(worst) + "." + training.SeenIn(broken.Count), fix)
        {
            Weeks = training.WeeksField(broken.Count),
            Evidence = [.. worst.Evidence.Concat(broken.AsEnumerable().Reverse().Where(v => !ReferenceEquals(v, worst)).SelectMany(v => v.Evidence)).Take(MaxEvidence)],
            Swaps = [.. broken.SelectMany(v => v.Swaps).DistinctBy(s => s.From, StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The severity a measured value reaches, or null below the warning threshold. Thresholds are exceeded (&gt;), not met.</summary>
    public static Severity? Exceeds(double value, double warning, double error) =>
        value > error ? Severity.Error : value > warning ? Severity.Warning : null;

    public static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    /// <summary>Swaps for an exercise from its catalog entry, or null when it has none.</summary>
    public static Swap? SwapFor(AnalysedExercise exercise, AnalysedTraining training, IEnumerable<string>? first = null)
    {
        var names = (first ?? []).Concat(exercise.Exercise.Swaps
                .Select(id => training.Catalog.FindById(id)?.Name)
                .OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count == 0 ? null : new Swap(exercise.Name, names);
    }
}
