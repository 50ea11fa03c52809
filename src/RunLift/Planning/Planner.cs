using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>Writes periodized strength plans around the running week and the race calendar.</summary>
/// <param name="catalog">The catalog exercises are chosen from.</param>
public sealed class Planner(ExerciseCatalog catalog)
{
    private static readonly Role[] SessionOrder = [Role.Rehab, Role.Explosive, Role.Knee, Role.Hinge, Role.Push, Role.Pull, Role.Calf, Role.Core];

    // Principles: sessions of 30–60 minutes, and no more than 150 minutes of lifting a week (RL505).
    private const int LongestSessionMinutes = 60;
    private const int WeeklyMinutes = 145;
    private static readonly TimeSpan OlympicLiftBudget = TimeSpan.FromMinutes(40);

    private readonly Auditor _auditor = new(catalog);

    /// <summary>Plans <paramref name="request"/>, and audits the plan before returning it.</summary>
    /// <exception cref="PlanRequestException">the request cannot be planned; each problem names its field.</exception>
    public TrainingPlan Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate() is { Count: > 0 } problems)
        {
            throw new PlanRequestException(problems);
        }

        var calendar = new PlanCalendar(request);
        var intents = PhasePlan.Weeks(request, calendar);
        var writer = new SetWriter(KnownMaxes(request.Athlete), request.Units, request.Equipment);
        var notes = new PlanNotes(request, intents);
        var weeks = new List<List<DraftSession>>(intents.Count);
        double? lastSession = null;
        var sessionNumber = 0;
        foreach (var week in intents)
        {
            var wanted = Math.Min(SessionsWanted(week, request.Athlete), request.SessionsPerWeek ?? 3);
            var easy = week.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason;
            var slots = SlotFinder.Choose(SlotFinder.Candidates(calendar, week.Index, easy), wanted, lastSession);
            notes.Week(week, calendar.WeekStart(week.Index), wanted, slots);
            var sessions = new List<DraftSession>(slots.Count);
            var budget = TimeSpan.FromMinutes(Math.Min(Math.Min(request.MaxSessionMinutes, LongestSessionMinutes), WeeklyMinutes / Math.Max(1, slots.Count)));
            foreach (var slot in slots)
            {
                var variant = sessionNumber++ % 2 == 0 ? 'A' : 'B';
                var parts = Parts(request, week, slot, variant, slots.Count, budget);
                var chosen = parts.ToList();
                SessionFitter.Fit(parts, budget, writer.Sets);
                sessions.Add(new DraftSession(slot, variant, parts, chosen, budget));
                lastSession = slot.Hour;
            }

            weeks.Add(sessions);
        }

        LoadRamp.Smooth(weeks, intents, calendar.Monday, writer.Sets);

        // A ramp's lighter sets can take a lighter warm-up, which is a rep or two longer: fit again, so the limit holds.
        foreach (var draft in weeks.SelectMany(w => w))
        {
            SessionFitter.Fit(draft.Parts, draft.Budget, writer.Sets);
        }

        var planned = weeks.SelectMany(w => w).Select(draft => Session(draft, intents, calendar, writer, request.Athlete, catalog)).ToList();
        var runs = calendar.Runs.ToList();
        return new TrainingPlan
        {
            Request = request,
            Weeks = [.. intents.Select(w => new PlanWeek(calendar.WeekStart(w.Index), w.Phase, w.Deload))],
            Sessions = planned,
            Runs = runs,
            Notes = notes.All,
            SelfCheck = TrainingPlan.SelfCheckOf(_auditor, request, planned, runs),
        };
    }

    private static int SessionsWanted(WeekIntent week, Athlete athlete) => week.Phase switch
    {
        TrainingPhase.Strength => athlete.Experience == Experience.Advanced ? 3 : 2,
        TrainingPhase.Maintenance => week.DaysToARace >= 14 ? 2 : 1,
        TrainingPhase.Taper => 1,
        TrainingPhase.OffSeason => 1,
        _ => 2,
    };

    private List<Part> Parts(PlanRequest request, WeekIntent week, Slot slot, char variant, int sessionsThisWeek, TimeSpan budget)
    {
        var athlete = request.Athlete;
        var rehab = athlete.RehabSite is { } site ? RehabProtocol.For(site) : null;
        var protecting = rehab?.Protects(week.Index) == true;

        // A site that lands in every jump gets none while protected, then pogo hops in place; rehab without a site keeps to low-level jumps.
        var lowLevelJumps = rehab is null ? athlete.Rehab : rehab.LandingSite && rehab.LowLevelJumpsOnly(week.Index);
        var parts = new List<Part>(SessionOrder.Length + 2);
        foreach (var role in SessionOrder)
        {
            if (role == Role.Rehab)
            {
                parts.AddRange(RehabParts(rehab, week, request.Equipment));
                continue;
            }

            // The progression does the replaced roles' work for as long as it is in the session; jumps wait for the landing site.
            if (rehab?.StageOf(week.Index) is not null && (rehab.Replaced.Contains(role) || (protecting && role == Role.Explosive && rehab.LandingSite)))
            {
                continue;
            }

            // A loaded Olympic lift needs its ramp and 2–3 minutes between sets: in a short session, jumps do the explosive work.
            var olympicFits = slot.Kind == SlotKind.Heavy && budget >= OlympicLiftBudget;
            var exercise = ExerciseMenu.Choose(catalog, role, variant, request.Equipment, week.Phase, athlete.Experience, lowLevelJumps, olympicFits);
            if (exercise is not null && Prescriber.For(role, exercise, week, slot.Kind, athlete, variant) is { } prescribed)
            {
                var dose = protecting && rehab!.HeldLight.Contains(role) ? HeldLight(prescribed) : prescribed;
                parts.Add(BodyweightLadder.For(role, exercise, request.Equipment, athlete.Experience, dose.Rpe ?? 0) is { } rung
                    ? new Part(role, Find(rung.ExerciseId, "a bodyweight ladder"), rung.Apply(dose), rung)
                    : new Part(role, exercise, dose));
                if (role == Role.Explosive && !(rehab is not null && lowLevelJumps) && !week.Deload && slot.Kind != SlotKind.Easy && Contacts.WeeklyTarget(week.Phase) is { } weekly)
                {
                    FillContacts(parts, weekly / Math.Max(1, sessionsThisWeek));
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// Brings the session's explosive work up to <paramref name="target"/> foot contacts with pogo hops, the low-level drill
    /// (principles.md, "Contacts"): a few big jumps and many small ones, rather than many big ones.
    /// </summary>
    private void FillContacts(List<Part> parts, int target)
    {
        const int MostPerSet = 15;
        var jumps = parts[^1];
        if (!Contacts.Counted(jumps.Exercise))
        {
            return;
        }

        var pogo = catalog.FindById("pogo-hops")!;
        if (jumps.Exercise == pogo)
        {
            var sets = Math.Max(2, (target + MostPerSet - 1) / MostPerSet);
            parts[^1] = jumps with { Dose = jumps.Dose with { Sets = sets, Reps = Math.Clamp(target / sets, 10, MostPerSet) } };
            return;
        }

        var missing = target - Contacts.Of(jumps.Exercise, jumps.Dose.Sets, jumps.Dose.Reps);
        if (missing >= 10)
        {
            var sets = missing > 2 * MostPerSet ? 3 : missing >= 25 ? 2 : 1;
            parts.Add(new Part(Role.Explosive, pogo, new Dose(sets, Math.Clamp(missing / sets, 10, MostPerSet), null, 60)));
        }
    }

    private IEnumerable<Part> RehabParts(RehabProtocol? rehab, WeekIntent week, IReadOnlySet<Equipment> kit)
    {
        if (rehab?.StageOf(week.Index) is not { } stage)
        {
            yield break;
        }

        foreach (var work in stage.Stage.Work)
        {
            if (work.For(kit) is { } id)
            {
                yield return new Part(Role.Rehab, Find(id, "a rehab protocol"), work.Dose);
            }
        }
    }

    private Exercise Find(string id, string namedBy) =>
        catalog.FindById(id) ?? throw new InvalidOperationException($"The catalog has no '{id}', which {namedBy} names.");

    /// <summary>A lift that would load the injured site heavily, kept light while it heals: RPE 6 at most.</summary>
    private static Dose HeldLight(Dose dose) => dose with { Rpe = dose.Rpe is { } rpe ? Math.Min(rpe, RehabProtocol.LightRpe) : null };

    private static PlannedSession Session(DraftSession draft, IReadOnlyList<WeekIntent> intents, PlanCalendar calendar, SetWriter writer, Athlete athlete, ExerciseCatalog catalog)
    {
        var week = intents[(draft.Slot.Date.DayNumber - calendar.Monday.DayNumber) / 7];

        // A session kept easy because a race is close is a (mini-)taper session, whatever the week's phase.
        var phase = draft.Slot.Kind == SlotKind.Easy && week.Phase is not TrainingPhase.OffSeason ? TrainingPhase.Taper : week.Phase;
        return new PlannedSession
        {
            Name = Name(phase, week.Deload, draft),
            Date = draft.Slot.Date,
            Time = TimeOfDay.At(draft.Slot.Time),
            Phase = phase,
            Exercises = [.. draft.Parts.Select(p => new PlannedExercise(p.Exercise, writer.Sets(p)))],
            EstimatedDuration = SessionFitter.Estimate(draft.Parts, writer.Sets),
            Note = SessionNotes.For(phase, week, draft, athlete, catalog),
        };
    }

    private static string Name(TrainingPhase phase, bool deload, DraftSession draft)
    {
        var suffix = deload ? " (deload)" : draft.Slot.Kind == SlotKind.Light && phase != TrainingPhase.Adaptation ? " (light legs)" : "";
        return phase switch
        {
            TrainingPhase.Taper => "Taper" + suffix,
            TrainingPhase.OffSeason => "Off-season" + suffix,
            _ => $"{phase} {draft.Variant}{suffix}",
        };
    }

    private Dictionary<string, Load> KnownMaxes(Athlete athlete)
    {
        var maxes = new Dictionary<string, Load>(StringComparer.Ordinal);
        foreach (var max in athlete.Maxes)
        {
            maxes[catalog.Resolve(max.Exercise).Exercise.Id] = max.OneRepMax;
        }

        return maxes;
    }
}
