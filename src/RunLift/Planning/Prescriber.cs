using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>A prescription before it becomes sets: sets × reps at a %1RM (when the max is known) or an RPE.</summary>
/// <param name="Sets">How many sets.</param>
/// <param name="Reps">Reps per set (per side for unilateral work); 0 for timed sets.</param>
/// <param name="Percent">%1RM, used when the lifter's max is known.</param>
/// <param name="Rpe">RPE, used otherwise.</param>
/// <param name="RestSeconds">Rest after each set: full recovery for heavy sets.</param>
/// <param name="Seconds">Length of a timed set (planks).</param>
/// <param name="TopSet">One heavier set first (a light-legs session's single heavy set).</param>
internal sealed record Dose(int Sets, int Reps, double? Percent, double? Rpe, int RestSeconds, int Seconds = 0, Dose? TopSet = null);

/// <summary>
/// Prescriptions by role, phase and slot (principles.md's targets): adaptation 2–3 × 8–10 at RPE 6–7; strength
/// 3–5 × 3–6 at 80–90 %; power 2–3 × 2–5 at 80–90 % with explosive work; maintenance 2 × 3 at 80–85 %; taper
/// and off-season light (RPE ≤ 6). Loads rise week to week within a phase; deloads halve the sets.
/// </summary>
internal static class Prescriber
{
    // Light sets keep ≥ 4 reps: at RPE 6 fewer reps already sit above 80 % on the RTS table, which is "heavy".
    private static readonly Dose EasyMain = new(2, 5, 70, 6, 120);
    private static readonly Dose EasyUpper = new(2, 6, 70, 6, 90);

    public static Dose? For(Role role, Exercise exercise, WeekIntent week, SlotKind slot, Athlete athlete, char variant)
    {
        var dose = slot == SlotKind.Easy ? Easy(role, exercise, week) : Loaded(role, exercise, week, slot, athlete, variant);
        if (dose is null)
        {
            return null;
        }

        if (athlete.Rehab && dose.Rpe > 7.5)
        {
            // Rehab progresses more gently: a rep more in reserve at the top end.
            dose = dose with { Rpe = 7.5, Percent = dose.Percent is { } p ? Math.Min(p, 82.5) : null };
        }

        return week.Deload ? Deload(dose) : dose;
    }

    private static Dose? Loaded(Role role, Exercise exercise, WeekIntent week, SlotKind slot, Athlete athlete, char variant)
    {
        // Within a block the load rises as the reps fall (5s, 4s, 3s), each step near RPE 8; each block starts a
        // step heavier than the last. Rehab climbs half as fast.
        var step = Math.Clamp(week.Progress, 0, 2) / (athlete.Rehab ? 2.0 : 1.0);
        var block = Math.Min(week.Block, 2) * 2.5 / (athlete.Rehab ? 2.0 : 1.0);
        var waveReps = 5 - (int)step;
        var wavePercent = 80 + (2.5 * step) + block;
        var adapting = week.Phase == TrainingPhase.Adaptation;
        var learnSets = week.Progress == 0 ? 2 : 3;
        var learnRpe = week.Progress == 0 ? 6 : 7;
        var learnPercent = week.Progress == 0 ? 62.5 : 65;
        return role switch
        {
            Role.Explosive when adapting => athlete.Experience == Experience.New ? null : new(2, 10, null, null, 60),
            Role.Explosive when athlete.Rehab => new(2, 10, null, null, 60),
            Role.Explosive => Explosive(exercise, week.Phase),
            Role.Knee or Role.Hinge when adapting => new(learnSets, role == Role.Knee ? 10 : 8, learnPercent, learnRpe, 90),
            Role.Knee or Role.Hinge when slot == SlotKind.Light => LightLegs(role, week.Phase),
            Role.Knee when variant == 'B' => week.Phase switch
            {
                TrainingPhase.Strength => new(3, 6, null, 8, 120),
                TrainingPhase.Power => new(3, 4, null, 8, 120),
                _ => new(2, 5, null, 8, 120),
            },
            Role.Knee => week.Phase switch
            {
                TrainingPhase.Strength => new(4, waveReps, wavePercent, 8, 180),
                TrainingPhase.Power => new(3, 3, 85 + block, 8, 180),
                _ => new(2, 3, 85, 8, 150),
            },
            Role.Hinge => week.Phase switch
            {
                TrainingPhase.Strength => new(3, waveReps, wavePercent, 8, 150),
                TrainingPhase.Power => new(3, 3, 85, 8, 150),
                _ => new(2, 3, 82.5, 8, 150),
            },
            Role.Push or Role.Pull when adapting => new(learnSets, 10, learnPercent, learnRpe, 90),
            Role.Push or Role.Pull => week.Phase switch
            {
                TrainingPhase.Strength => new(3, 6 - (int)step, 77.5 + (2.5 * step), 8, 120),
                TrainingPhase.Power => new(3, 5, 80, 8, 120),
                _ => new(2, 5, 80, 8, 120),
            },
            Role.Calf when adapting => new(2, 12, null, 7, 60),
            Role.Calf => new(week.Phase == TrainingPhase.Maintenance ? 2 : 3, 10, null, 8, 60),
            Role.Core => Core(exercise, 2),
            _ => null,
        };
    }

    private static Dose? Easy(Role role, Exercise exercise, WeekIntent week) => role switch
    {
        Role.Explosive => week.Phase == TrainingPhase.OffSeason ? null : new(2, 5, null, null, 90),
        Role.Knee or Role.Hinge => week.Phase == TrainingPhase.OffSeason ? EasyMain with { Reps = 8, Percent = 65 } : EasyMain,
        Role.Push or Role.Pull => EasyUpper,
        Role.Calf => new(2, 10, null, 6, 60),
        Role.Core => Core(exercise, 2),
        _ => null,
    };

    /// <summary>
    /// Too close to a key run for heavy legs: one heavy top set keeps the strength (one heavy set does not make a
    /// "lower-body heavy session"), the rest light.
    /// </summary>
    private static Dose LightLegs(Role role, TrainingPhase phase) => role == Role.Knee
        ? new(2, 8, 67.5, 6, 90, TopSet: phase is TrainingPhase.Strength or TrainingPhase.Power or TrainingPhase.Maintenance ? new(1, 3, 85, 8, 180) : null)
        : new(3, 8, 67.5, 6, 90);

    private static Dose Explosive(Exercise exercise, TrainingPhase phase)
    {
        var sets = phase switch
        {
            TrainingPhase.Power => 4,
            TrainingPhase.Maintenance => 2,
            _ => 3,
        };
        return exercise.Id switch
        {
            "hang-power-clean" => new(3, 3, null, 7, 150),
            "pogo-hops" => new(sets, 15, null, null, 90),
            _ => new(sets, 5, null, null, phase == TrainingPhase.Power ? 120 : 90),
        };
    }

    private static Dose Core(Exercise exercise, int sets) => exercise.Id switch
    {
        "side-plank" or "plank" => new(sets, 0, null, null, 45, Seconds: 30),
        "pallof-press" => new(sets, 10, null, null, 45),
        _ => new(sets, 8, null, null, 45),
    };

    /// <summary>A deload: about half the sets and a lighter load.</summary>
    private static Dose Deload(Dose dose) => dose with
    {
        Sets = Math.Max(1, (int)Math.Round(dose.Sets / 2.0, MidpointRounding.AwayFromZero)),
        Percent = dose.Percent is { } p ? Math.Max(65, p - 10) : null,
        Rpe = dose.Rpe is { } r ? Math.Max(6, r - 1.5) : null,
        TopSet = null,
    };
}
