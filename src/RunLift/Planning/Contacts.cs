using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Explosive work counted in foot contacts (principles.md, "Contacts"): one jump is one contact, a hop or bound is one
/// per leg. A week aims at the middle of its phase's range: 40–60 in adaptation, 60–100 in strength, at most 100 in power.
/// </summary>
internal static class Contacts
{
    /// <summary>The contacts of <paramref name="sets"/> × <paramref name="reps"/> of <paramref name="exercise"/>: a one-leg drill's reps count per leg.</summary>
    public static int Of(Exercise exercise, int sets, int reps) => Counted(exercise) ? sets * reps * (exercise.Unilateral ? 2 : 1) : 0;

    /// <summary>Jumps, hops and bounds land on the feet; an Olympic lift is explosive without a landing.</summary>
    public static bool Counted(Exercise exercise) => exercise.Explosive && exercise.Pattern != MovementPattern.Olympic;

    /// <summary>The week's target for <paramref name="phase"/>; null where the phase sets none (maintenance, taper, off-season keep a little).</summary>
    public static int? WeeklyTarget(TrainingPhase phase) => phase switch
    {
        TrainingPhase.Adaptation => 48,
        TrainingPhase.Strength => 80,
        TrainingPhase.Power => 88,
        _ => null,
    };

    /// <summary>The range a week's contacts must fall in for <paramref name="phase"/>, when it has one.</summary>
    public static (int Least, int Most)? Range(TrainingPhase phase) => phase switch
    {
        TrainingPhase.Adaptation => (40, 60),
        TrainingPhase.Strength => (60, 100),
        TrainingPhase.Power => (0, 100),
        _ => null,
    };
}
