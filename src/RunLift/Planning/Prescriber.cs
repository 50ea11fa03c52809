using RunLift.Catalog;
using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// A prescription before it becomes sets: sets × reps at an RPE. Where the lifter's max is known and the dose is
/// <see cref="ByMax"/>, the load is the %1RM those reps at that RPE stand for on the RTS table
/// (<see cref="OneRepMax.Prescribed"/>): load, reps and effort are never typed apart, so they always agree.
/// </summary>
/// <param name="Sets">How many sets.</param>
/// <param name="Reps">Reps per set (per side for unilateral work); 0 for timed sets.</param>
/// <param name="Rpe">How hard the sets should feel; null for explosive and core work, whose dose is reps or time.</param>
/// <param name="RestSeconds">Rest after each set: full recovery for heavy sets.</param>
/// <param name="Seconds">Length of a timed set (planks).</param>
internal sealed record Dose(int Sets, int Reps, double? Rpe, int RestSeconds, int Seconds = 0)
{
    /// <summary>Loaded as a %1RM when the lifter's max is known (the main lifts); otherwise by feel, at the RPE.</summary>
    public bool ByMax { get; init; }

    /// <summary>Two short ramp sets with short rests instead of the full ramp: a session short of time keeps its warm-up, briefer.</summary>
    public bool BriefWarmUp { get; init; }

    /// <summary>The %1RM the reps at the RPE stand for on the RTS table, loaded by max or not; null without reps or an RPE.</summary>
    public double? TablePercent => Rpe is { } rpe && Reps > 0 ? OneRepMax.Prescribed(Reps, rpe) : null;

    /// <summary>The %1RM the load is prescribed at, for a dose by max; else null.</summary>
    public double? Percent => ByMax ? TablePercent : null;

    /// <summary>A main lift's dose: sets × reps at an RPE, loaded from the max when there is one.</summary>
    public static Dose Loaded(int sets, int reps, double rpe, int restSeconds) => new(sets, reps, rpe, restSeconds) { ByMax = true };
}

/// <summary>
/// Prescriptions by role, phase and slot (principles.md's targets), each sets × reps at an RPE from which the load
/// follows: adaptation 2–3 × 8–10 at RPE 6–7; strength 3–5 × 3–6 at RPE 8 (81–86 %, a wave of 5s, 4s, 3s), each
/// block half a point harder; power 3 × 3 at RPE 8 with explosive work; maintenance 2 × 3 at RPE 7–7.5 (84–85 %);
/// taper and off-season light (RPE ≤ 6). Deloads halve the sets at RPE 6 at most.
/// </summary>
internal static class Prescriber
{
    // Light sets keep ≥ 4 reps: at RPE 6 fewer reps already sit above 80 % on the RTS table, which is "heavy".
    private static readonly Dose EasyMain = Dose.Loaded(2, 5, 6, 120);
    private static readonly Dose EasyUpper = Dose.Loaded(2, 6, 6, 90);

    public static Dose? For(Role role, Exercise exercise, WeekIntent week, SlotKind slot, Athlete athlete, char variant)
    {
        var dose = slot == SlotKind.Easy ? Easy(role, exercise, week) : Loaded(role, exercise, week, slot, athlete, variant);
        if (dose is null)
        {
            return null;
        }

        if (week.ShortBuild && week.Phase == TrainingPhase.Adaptation && dose.Rpe > 6)
        {
            // A race in under 6 weeks is no time to find out how heavy a new lifter can go.
            dose = dose with { Rpe = 6 };
        }

        if (GeneralRehab(athlete) && dose.Rpe > 7.5)
        {
            // Rehab progresses more gently: a rep more in reserve at the top end.
            dose = dose with { Rpe = 7.5 };
        }

        return week.Deload ? Deload(role, dose) : dose;
    }

    private static Dose? Loaded(Role role, Exercise exercise, WeekIntent week, SlotKind slot, Athlete athlete, char variant)
    {
        // Within a block the load rises as the reps fall (5s, 4s, 3s at RPE 8: 81, 84, 86 %); each block is half a
        // point harder than the last. Rehab climbs half as fast (and stops at RPE 7.5, above).
        var gentle = GeneralRehab(athlete);
        var step = Math.Clamp(week.Progress, 0, 2) / (gentle ? 2.0 : 1.0);
        var waveReps = 5 - (int)step;
        var waveRpe = 8 + (gentle ? 0 : Math.Min(week.Block, 2) * 0.5);
        var adapting = week.Phase == TrainingPhase.Adaptation;
        var learnSets = week.Progress == 0 ? 2 : 3;
        var learnRpe = week.Progress == 0 ? 6 : 7;
        return role switch
        {
            // Pogo hops while learning the lifts or returning to jumping after an injury: a low dose, filled up to the week's contacts
            // where the plan allows.
            Role.Explosive when adapting || (athlete.Rehab && exercise.Id == "pogo-hops") => new(2, 10, null, 60),
            Role.Explosive => Explosive(exercise, week.Phase),
            Role.Knee or Role.Hinge when adapting => Dose.Loaded(learnSets, role == Role.Knee ? 10 : 8, learnRpe, 90),
            Role.Knee or Role.Hinge when slot == SlotKind.Light => LightLegs(role, week.Phase),
            Role.Knee when variant == 'B' => week.Phase switch
            {
                TrainingPhase.Strength => Dose.Loaded(3, 6, 8, 120),
                TrainingPhase.Power => Dose.Loaded(3, 4, 8, 120),
                _ => Maintenance(120),
            },
            Role.Knee => week.Phase switch
            {
                TrainingPhase.Strength => Dose.Loaded(4, waveReps, waveRpe, 180),
                TrainingPhase.Power => Dose.Loaded(3, 3, waveRpe, 180),
                _ => Maintenance(150),
            },
            Role.Hinge => week.Phase switch
            {
                TrainingPhase.Strength => Dose.Loaded(3, waveReps, waveRpe, 150),
                TrainingPhase.Power => Dose.Loaded(3, 3, 8, 150),
                _ => Maintenance(150),
            },
            Role.Push or Role.Pull when adapting => Dose.Loaded(learnSets, 10, learnRpe, 90),
            Role.Push or Role.Pull => week.Phase switch
            {
                TrainingPhase.Strength => Dose.Loaded(3, 6 - (int)step, 8, 120),
                TrainingPhase.Power => Dose.Loaded(3, 5, 8, 120),
                _ => Maintenance(120),
            },
            Role.Calf when adapting => new(2, 12, 7, 60),
            Role.Calf => new(week.Phase == TrainingPhase.Maintenance ? 2 : 3, 10, 8, 60),
            Role.Core => Core(exercise, 2),
            _ => null,
        };
    }

    /// <summary>
    /// Rehab without a known site: everything progresses more gently. With a site, its protocol protects it and the rest of
    /// the body trains normally (principles.md, "Injury site").
    /// </summary>
    private static bool GeneralRehab(Athlete athlete) => athlete.Rehab && athlete.Injury is null;

    private static Dose? Easy(Role role, Exercise exercise, WeekIntent week) => role switch
    {
        Role.Explosive => week.Phase == TrainingPhase.OffSeason ? null : new(2, 5, null, 90),
        Role.Knee or Role.Hinge => week.Phase == TrainingPhase.OffSeason ? EasyMain with { Reps = 6, Rpe = 5 } : EasyMain,
        Role.Push or Role.Pull => EasyUpper,
        Role.Calf => new(2, 10, 6, 60),
        Role.Core => Core(exercise, 2),
        _ => null,
    };

    /// <summary>
    /// Too close to a key run for heavy legs, light means light (principles.md): the squat or single-leg lift is one heavy
    /// top set of 3 and nothing after it (one heavy set does not make a "lower-body heavy session", and it keeps the week's
    /// strength), the hinge 2 × 5 at RPE 6; no back-off sets, and at most 13 lower-body working reps before the key run.
    /// </summary>
    private static Dose LightLegs(Role role, TrainingPhase phase) =>
        role == Role.Knee && phase is TrainingPhase.Strength or TrainingPhase.Power or TrainingPhase.Maintenance
            ? Dose.Loaded(1, 3, 7.5, 180)
            : Dose.Loaded(2, 5, 6, 90);

    /// <summary>Maintenance keeps the intensity with half the sets: 2 × 3 at RPE 7.5, about 84 % (principles.md: 80–85 %, RPE ≤ 8).</summary>
    private static Dose Maintenance(int restSeconds) => Dose.Loaded(2, 3, 7.5, restSeconds);

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
            "hang-power-clean" => Dose.Loaded(3, 3, 7, 150),
            "pogo-hops" => new(sets, 15, null, 90),
            _ => new(sets, 5, null, phase == TrainingPhase.Power ? 120 : 90),
        };
    }

    private static Dose Core(Exercise exercise, int sets) => exercise.Id switch
    {
        "side-plank" or "plank" => new(sets, 0, null, 45, Seconds: 30),
        "pallof-press" => new(sets, 10, null, 45),
        _ => new(sets, 8, null, 45),
    };

    /// <summary>
    /// A deload: the week's volume down 40–50 % at RPE 6 at most (the load follows): half the sets of the main lifts
    /// (3 → 2), a single set of jumps, calves and core.
    /// </summary>
    private static Dose Deload(Role role, Dose dose) => dose with
    {
        Sets = role is Role.Knee or Role.Hinge or Role.Push or Role.Pull
            ? Math.Max(1, (int)Math.Round(dose.Sets / 2.0, MidpointRounding.AwayFromZero))
            : 1,
        Rpe = dose.Rpe is { } r ? Math.Min(6, r) : null,
    };
}
