using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>
/// What a log cannot mean (RL003): a session recorded far longer than its sets could take, a load or a rep count no
/// one lifts. The rules use the estimate instead, or leave the value out, and say so.
/// </summary>
internal static class Plausibility
{
    /// <summary>Heavier than any lift on any machine: a unit or a digit went wrong.</summary>
    public const double MaxKilograms = 1_000;

    /// <summary>More reps than a set of anything has.</summary>
    public const int MaxReps = 200;

    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan LongestPlausible = TimeSpan.FromMinutes(120);

    /// <summary>More than twice the estimate plus 30 minutes, and over 2 hours: a timer left running.</summary>
    public static bool IsTimerLeftRunning(TimeSpan recorded, TimeSpan estimate) =>
        recorded > (2 * estimate) + Slack && recorded > LongestPlausible;

    /// <summary>A set whose load or reps are beyond human range.</summary>
    public static bool IsImpossible(TrainingSet set) => set.Load?.Kilograms > MaxKilograms || set.Reps > MaxReps;
}
