using RunLift.Training;

namespace RunLift.Planning;

/// <summary>What a runner should know about their plan: how to progress, and why any week looks different.</summary>
internal sealed class PlanNotes(PlanRequest request, IReadOnlyList<WeekIntent> intents)
{
    private static readonly Equipment[] FreeWeights = [Equipment.Barbell, Equipment.Dumbbells, Equipment.Kettlebell];

    private readonly List<string> _crowded = [];
    private readonly List<string> _lightLegs = [];

    public void Week(WeekIntent week, DateOnly start, int wanted, IReadOnlyList<Slot> slots)
    {
        // An empty week after a race is the recovery the plan wants, not a crowded running week.
        if (slots.Count < wanted && week.Phase is not (TrainingPhase.OffSeason or TrainingPhase.Taper))
        {
            _crowded.Add($"{start:yyyy-MM-dd} ({slots.Count} of {wanted})");
        }

        if (week.Phase != TrainingPhase.Adaptation && slots.Any(s => s.Kind == SlotKind.Light))
        {
            _lightLegs.Add($"{start:yyyy-MM-dd}");
        }
    }

    public IReadOnlyList<string> All
    {
        get
        {
            var notes = new List<string>
            {
                request.Units == MassUnit.Pounds
                    ? "Progression: when every target rep was done with at least 2 reps in reserve, add 10 lb to lower-body lifts and 5 lb to upper-body lifts next time (or go one RPE step up where no load is given)."
                    : "Progression: when every target rep was done with at least 2 reps in reserve, add 5 kg to lower-body lifts and 2.5 kg to upper-body lifts next time (or go one RPE step up where no load is given).",
                "Missed reps: keep the same load next time; missed twice in a row, take 10% off and build back. Never grind a set to failure.",
                "Rest fully between heavy sets (the rest given is the least): strength comes from quality, not fatigue.",
            };
            if (intents.Any(w => w.Deload))
            {
                notes.Add("Every 4th loaded week is a deload: about half the sets at lighter loads, so the next block starts fresh.");
            }

            if (request.Athlete.Maxes.Count == 0)
            {
                notes.Add("No maxes were given, so loads are set by RPE: RPE 8 means you could have done 2 more reps.");
            }

            if (request.Weeks is null && !request.Races.Any(r => r.Priority == RacePriority.A && r.Date >= request.Start))
            {
                // Said, not silently assumed: the runner asked for neither a length nor a race to plan toward.
                notes.Add($"No length was asked for and no A race is ahead, so the plan is {PlanRequest.DefaultWeeksWithoutRace} weeks: one block of training. Ask for more or fewer weeks, or add a race to plan toward it.");
            }

            if (request.Races.Count == 0)
            {
                notes.Add("No race is on the calendar: the plan builds base strength, with deloads. Add a race to get power, maintenance and taper phases.");
            }
            else if (request.Races.Any(r => r.Priority != RacePriority.A))
            {
                notes.Add("B and C races get a mini-taper: no heavy leg work in the 4 days before and no lifting in the last 3.");
            }

            if (_crowded.Count > 0)
            {
                notes.Add($"Crowded weeks: the running leaves fewer safe days for lifting than the phase calls for in the weeks of {string.Join(", ", _crowded)}. Sessions need 48 hours between them and stay clear of races, so the plan lifts less rather than break those rules.");
            }

            if (_lightLegs.Count > 0)
            {
                var weeks = _lightLegs.Count <= 4 ? $"weeks of {string.Join(", ", _lightLegs)}" : $"{_lightLegs.Count} weeks, {_lightLegs[0]} to {_lightLegs[^1]}";
                notes.Add($"Light-legs sessions ({weeks}): every open day is within 24 hours of a key run, so those sessions keep one heavy top set for the legs and the rest easy, instead of heavy legs the day before a key run.");
            }

            if (request.Athlete.Rehab)
            {
                notes.Add(Rehab(request.Athlete.RehabSite));
            }

            if (!request.Equipment.Overlaps(FreeWeights))
            {
                notes.Add("Without weights, load comes from single-leg work and slow lowering (3 seconds down): when a set feels easier than its RPE, hold a loaded backpack, raise your feet for push-ups, or move to a harder variation. Progress by reps and variations, not kilograms.");
            }

            return notes;
        }
    }

    private static string Rehab(InjurySite? site)
    {
        const string PainRule = "Progress only while pain stays at 3/10 or less during and the next morning; if it is more, go back a stage. Every lift is on stable ground: balance boards and BOSUs belong to your physio's drills, not your main lifts.";
        if (site is not { } injured)
        {
            return $"Rehab. {PainRule}";
        }

        var rehab = RehabProtocol.For(injured);
        var stages = string.Join(" → ", rehab.Stages.Select(s => s.Name));
        var protects = rehab.LandingSite
            ? $"no jumps, hops or bounds for the first {rehab.ProtectedWeeks} weeks, then {RehabProtocol.ReturnToJumpingWeeks} weeks of pogo hops in place before hops and bounds return"
            : $"no Olympic lifts and no heavy loading of it for the first {rehab.ProtectedWeeks} weeks";
        return $"Rehab ({injured.Name()}): every session starts with its rehab ({stages}); {protects}. The rest of the body trains normally. {PainRule}";
    }
}
