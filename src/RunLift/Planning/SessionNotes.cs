using System.Globalization;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Why a session is as it is, in a few sentences a coach would write on it: what the phase is for, the run it follows
/// and the one it must leave legs for, what the time limit left out, and the rehab stage.
/// </summary>
internal static class SessionNotes
{
    /// <summary>The note for a session.</summary>
    /// <param name="phase">The session's phase (a taper session in a loaded week when a race is close).</param>
    /// <param name="week">The week it is in.</param>
    /// <param name="draft">The session: its day and time, the runs around it, and what was cut from it.</param>
    /// <param name="athlete">The lifter, for the rehab stage.</param>
    /// <param name="catalog">The catalog, for the names of the variants bodyweight work moves up to.</param>
    public static string For(TrainingPhase phase, WeekIntent week, DraftSession draft, Athlete athlete, ExerciseCatalog catalog)
    {
        var slot = draft.Slot;
        var sentences = new List<string>(6) { Purpose(phase, week.Deload), Timing(slot) };
        if (Legs(phase, slot) is { } legs)
        {
            sentences.Add(legs);
        }

        var leftOut = draft.Chosen.Where(c => !draft.Fitted.Any(p => p.Exercise == c.Exercise)).Select(c => c.Exercise.Name).ToList();
        if (leftOut.Count > 0)
        {
            sentences.Add($"Cut to fit {draft.Budget.TotalMinutes:0} minutes: left out {Join(leftOut)}.");
        }

        if (Bodyweight(draft.Parts, catalog) is { } bodyweight)
        {
            sentences.Add(bodyweight);
        }

        if (Eased(draft) is { } eased)
        {
            sentences.Add(eased);
        }

        if (athlete.RehabSite is { } site && Rehab(RehabProtocol.For(site), week.Index) is { } rehab)
        {
            sentences.Add(rehab);
        }

        return string.Join(' ', sentences);
    }

    /// <summary>How bodyweight work is made hard: the tempo, and the variant to move up to once the sets get easy.</summary>
    private static string? Bodyweight(List<Part> parts, ExerciseCatalog catalog)
    {
        var rungs = parts.Where(p => p.Rung is not null).Select(p => (p.Exercise.Name, Rung: p.Rung!)).ToList();
        if (rungs.Count == 0)
        {
            return null;
        }

        var slow = rungs.Where(r => r.Rung.Tempo is not null).Select(r => r.Name).ToList();
        var tempo = slow.Count == 0 ? "" : $" {Join(slow)} at a {BodyweightLadder.SlowTempo} tempo: 3 s down, 1 s still, 1 s up.";
        var steps = rungs.Select(r => (r.Name, Next: BodyweightLadder.Next(r.Rung))).Where(r => r.Next is not null)
            .Select(r => r.Next!.Tempo is not null && catalog.FindById(r.Next.ExerciseId)?.Name == r.Name
                ? $"{r.Name} at a {r.Next.Tempo} tempo"
                : $"{r.Name} → {catalog.FindById(r.Next.ExerciseId)?.Name ?? r.Next.ExerciseId}")
            .ToList();
        var moveUp = steps.Count == 0 ? "" : $" When every set ends with more than 2 reps to spare, move up: {Join(steps)}.";
        return $"Bodyweight: the variant and the tempo make the sets hard, not a load.{tempo}{moveUp}";
    }

    /// <summary>What the load ramp took: the main lifts' effort or sets, and the exercises it left out, said plainly.</summary>
    private static string? Eased(DraftSession draft)
    {
        static bool Main(Part p) => p.Role is Role.Knee or Role.Hinge or Role.Push or Role.Pull;
        var planned = draft.Fitted.Where(Main).ToList();
        var kept = draft.Parts.Where(p => Main(p) && planned.Exists(c => c.Exercise == p.Exercise)).ToList();
        var (plannedRpe, keptRpe) = (planned.Max(p => p.Dose.Rpe) ?? 0, kept.Max(p => p.Dose.Rpe) ?? 0);
        var (plannedSets, keptSets) = (planned.Where(c => kept.Exists(p => p.Exercise == c.Exercise)).Sum(p => p.Dose.Sets), kept.Sum(p => p.Dose.Sets));
        var dropped = draft.Fitted.Where(f => !draft.Parts.Exists(p => p.Exercise == f.Exercise)).Select(f => f.Exercise.Name).ToList();
        var changes = new List<string>(3);
        if (keptRpe < plannedRpe)
        {
            changes.Add($"RPE {keptRpe:0.#} instead of {plannedRpe:0.#}");
        }
        else if (keptSets < plannedSets)
        {
            changes.Add($"{keptSets} main-lift sets instead of {plannedSets}");
        }

        if (dropped.Count > 0)
        {
            changes.Add($"without {Join(dropped)}");
        }

        return changes.Count == 0 ? null : $"Eased ({string.Join(", ", changes)}): the weeks before were lighter, and the load climbs back gradually.";
    }

    private static string Purpose(TrainingPhase phase, bool deload) => deload
        ? "Deload: about half the sets at RPE 6 or less, so the next block starts fresh."
        : phase switch
        {
            TrainingPhase.Adaptation => "Adaptation: learning the lifts with 8–10 reps at RPE 6–7 before heavy work.",
            TrainingPhase.Strength => "Strength: few reps, heavy (RPE 8), full rest; heavy lifting is what makes running economical.",
            TrainingPhase.Power => "Power: explosive work while fresh, then heavy triples, as the race-specific running builds.",
            TrainingPhase.Maintenance => "Maintenance: the intensity stays, the sets halve, so the strength lasts to race day.",
            TrainingPhase.Taper => "Taper: light and short (RPE 6 or less) so you race fresh.",
            TrainingPhase.OffSeason => "Off-season: easy whole-body work while you recover from the race.",
            _ => $"{phase}.",
        };

    private static string Timing(Slot slot) => slot.Follows switch
    {
        null => $"{Clock(slot.Time)} on a day without running.",
        { IsKey: true } run when slot.Time != SlotFinder.EveningSession =>
            $"{Clock(slot.Time)}, straight after the {Name(run, dated: false)}: hard days hard, so the days around it stay easy.",
        { IsKey: true } run => $"{Clock(slot.Time)}, hours after the {Name(run, dated: false)}: run first, lift later, so the run gets fresh legs.",
        var run when slot.Time != SlotFinder.EveningSession => $"{Clock(slot.Time)}, straight after the {Name(run, dated: false)}.",
        var run => $"{Clock(slot.Time)}, hours after the {Name(run, dated: false)}.",
    };

    private static string? Legs(TrainingPhase phase, Slot slot) => slot.Kind switch
    {
        SlotKind.Light when phase != TrainingPhase.Adaptation && slot.NextKeyRun is { } next =>
            $"Light legs: the next key run, the {Name(next.Run)}, is {next.Hours:0} hours away, so one heavy top set at most and the rest easy.",
        SlotKind.Light when phase != TrainingPhase.Adaptation => "Light legs: a race or long run is close, so one heavy top set at most and the rest easy.",
        SlotKind.Heavy when slot.NextKeyRun is { } next => $"The next key run, the {Name(next.Run)}, is {next.Hours:0} hours away: time enough to recover from heavy legs.",
        SlotKind.Easy when phase is not (TrainingPhase.Taper or TrainingPhase.OffSeason) => "A race is close, so everything stays light.",
        _ => null,
    };

    private static string? Rehab(RehabProtocol rehab, int week)
    {
        if (rehab.StageOf(week) is not { } stage)
        {
            return null;
        }

        var site = rehab.Site.Label();
        var painRule = "Pain ≤ 3/10 during and the next morning; if it is more, go back a stage.";
        if (!rehab.Protects(week))
        {
            return $"{site} rehab, returning to jumping: {stage.Stage.Name} first, pogo hops in place only; hops and bounds from week {rehab.ProtectedWeeks + RehabProtocol.ReturnToJumpingWeeks + 1}. {painRule}";
        }

        var protection = rehab.LandingSite ? $" No jumps, hops or bounds until week {rehab.ProtectedWeeks + 1}." : " No Olympic lifts while it heals.";
        return $"{site} rehab, stage {stage.Number} of {rehab.Stages.Length} ({stage.Stage.Name}): {stage.Stage.Cue}. {painRule}{protection}";
    }

    private static string Name(Run run, bool dated = true)
    {
        var kind = run.Kind switch
        {
            RunKind.RacePace => "race-pace run",
            RunKind.Long => "long run",
            RunKind.Easy or RunKind.Recovery when run.IsLong => "long run",
            RunKind.Easy or RunKind.Recovery => "easy run",
            RunKind.Intervals => "intervals",
            var other => $"{other.Name()} run",
        };
        return dated && run.Date is { } date ? $"{kind} on {date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}" : kind;
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
