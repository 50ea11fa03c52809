using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>The plan writers' short forms, for pages that show a plan: the same words as the files.</summary>
public static class PlanText
{
    /// <summary>The sets as prescriptions, one per run of equal sets: <c>1x5 @ 90 kg, 3x5 @ 100 kg rest 3min</c>.</summary>
    public static string Prescriptions(IReadOnlyList<TrainingSet> sets, MassUnit units) => PlanVocabulary.Prescriptions(sets, units);

    /// <summary>A run without its date: <c>intervals 1h10min am</c>.</summary>
    public static string Run(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return PlanVocabulary.Run(run with { Date = null });
    }

    /// <summary>A phase's name: <c>adaptation</c>, <c>strength</c>...</summary>
    public static string Phase(TrainingPhase phase) => PlanVocabulary.Phase(phase);
}
