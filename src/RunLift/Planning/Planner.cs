using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>Writes periodized strength plans around the running week and the race calendar.</summary>
/// <param name="catalog">The catalog exercises are chosen from.</param>
public sealed class Planner(ExerciseCatalog catalog)
{
    private static readonly Role[] SessionOrder = [Role.Explosive, Role.Knee, Role.Hinge, Role.Push, Role.Pull, Role.Calf, Role.Core];

    // Principles: sessions of 30–60 minutes, and no more than 150 minutes of lifting a week (RL505).
    private const int LongestSessionMinutes = 60;
    private const int WeeklyMinutes = 145;

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
                var parts = Parts(request, week, slot, variant);
                SessionFitter.Fit(parts, budget, writer.Sets);
                sessions.Add(new DraftSession(slot, variant, parts));
                lastSession = slot.Hour;
            }

            weeks.Add(sessions);
        }

        LoadRamp.Smooth(weeks, intents, calendar.Monday, writer.Sets);
        var planned = weeks.SelectMany(w => w).Select(draft => Session(draft, intents, calendar, writer)).ToList();
        var runs = calendar.Runs.ToList();
        return new TrainingPlan
        {
            Request = request,
            Weeks = [.. intents.Select(w => new PlanWeek(calendar.WeekStart(w.Index), w.Phase, w.Deload))],
            Sessions = planned,
            Runs = runs,
            Notes = notes.All,
            SelfCheck = _auditor.Audit(TrainingPlan.DocumentOf(request, planned, runs, source: null), new AuditOptions { Weeks = PlanRequest.MaxWeeks + 1 }),
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

    private List<Part> Parts(PlanRequest request, WeekIntent week, Slot slot, char variant)
    {
        var parts = new List<Part>(SessionOrder.Length);
        foreach (var role in SessionOrder)
        {
            var exercise = ExerciseMenu.Choose(catalog, role, variant, request.Equipment, week.Phase, request.Athlete.Experience, request.Athlete.Rehab, slot.Kind == SlotKind.Heavy);
            if (exercise is not null && Prescriber.For(role, exercise, week, slot.Kind, request.Athlete, variant) is { } dose)
            {
                parts.Add(new Part(role, exercise, slot.TopSetAllowed ? dose : dose with { TopSet = null }));
            }
        }

        return parts;
    }

    private static PlannedSession Session(DraftSession draft, IReadOnlyList<WeekIntent> intents, PlanCalendar calendar, SetWriter writer)
    {
        var week = intents[(draft.Slot.Date.DayNumber - calendar.Monday.DayNumber) / 7];

        // A session kept easy because a race is close is a (mini-)taper session, whatever the week's phase.
        var phase = draft.Slot.Kind == SlotKind.Easy && week.Phase is not TrainingPhase.OffSeason ? TrainingPhase.Taper : week.Phase;
        return new PlannedSession
        {
            Name = Name(phase, week.Deload, draft),
            Date = draft.Slot.Date,
            Time = TimeOfDay.At(SlotFinder.SessionTime),
            Phase = phase,
            Exercises = [.. draft.Parts.Select(p => new PlannedExercise(p.Exercise, writer.Sets(p)))],
            EstimatedDuration = SessionFitter.Estimate(draft.Parts, writer.Sets),
            Note = draft.Slot.Kind == SlotKind.Light && phase != TrainingPhase.Adaptation ? "Light legs: a key run follows within 24 hours, so one heavy top set and the rest easy." : null,
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
