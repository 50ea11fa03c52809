using RunLift.Time;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>What a week of the plan is for: its phase, whether it deloads, where it stands in its block.</summary>
/// <param name="Index">0-based week of the plan.</param>
/// <param name="Phase">The phase.</param>
/// <param name="Deload">Volume about halved.</param>
/// <param name="Progress">Loaded weeks since the phase began, for week-to-week progression (0 in the first).</param>
/// <param name="DaysToARace">Days from the week's Monday to the next A race, when there is one.</param>
/// <param name="Block">Deloads already done in this phase: each block starts a step heavier.</param>
/// <param name="ShortBuild">The A race ahead is less than 6 weeks from the start of its build: no new heavy block.</param>
internal sealed record WeekIntent(int Index, TrainingPhase Phase, bool Deload, int Progress, int? DaysToARace, int Block = 0, bool ShortBuild = false);

/// <summary>
/// Periodization (principles.md, "What a good plan looks like"): phases placed by days to the next A race,
/// adaptation first for those who need it, a deload at least every 4th loaded week.
/// </summary>
internal static class PhasePlan
{
    private const int TaperDays = 10;
    private const int MaintenanceFromDays = 21;
    private const int PowerFromDays = 56;
    private const int LoadedWeeksBeforeDeload = 3;
    private const int ShortestBuildDays = 42;
    private const int ReentryWeeks = 2;

    public static IReadOnlyList<WeekIntent> Weeks(PlanRequest request, PlanCalendar calendar)
    {
        var aRaces = request.Races.Where(r => r.Priority == RacePriority.A).Select(r => r.Date).Order().ToList();
        var adaptation = AdaptationWeeks(request.Athlete);
        var phases = new TrainingPhase[calendar.WeekCount];
        var daysToRace = new int?[calendar.WeekCount];
        var shortBuild = new bool[calendar.WeekCount];
        var shortRaces = ShortBuilds(request, aRaces);
        for (var w = 0; w < calendar.WeekCount; w++)
        {
            var monday = IsoWeek.Of(calendar.Monday).Plus(w).Monday;
            var nextRace = aRaces.Find(d => d >= monday);
            daysToRace[w] = nextRace == default ? null : nextRace.DayNumber - monday.DayNumber;
            phases[w] = PhaseFor(daysToRace[w], aRaces.LastOrDefault(d => d < monday), monday, request.Races);

            // Too little time to build strength before this race: new and novice lifters learn the lifts gently, others keep
            // what they already lift (principles.md, "Races the plan cannot prepare for").
            if (shortRaces.Contains(nextRace) && phases[w] is not (TrainingPhase.Taper or TrainingPhase.OffSeason))
            {
                phases[w] = request.Athlete.Experience is Experience.New or Experience.Novice ? TrainingPhase.Adaptation : TrainingPhase.Maintenance;
                shortBuild[w] = true;
                continue;
            }

            // Back from an off-season, a full build starts again with the lifts re-learned at moderate loads: heavy work
            // straight after weeks of light sessions would be a load spike (RL503) the plan could only cut to single sets.
            var backFromOffSeason = w > 0 && phases[w - 1] == TrainingPhase.OffSeason && phases[w] is TrainingPhase.Strength or TrainingPhase.Power;
            if (backFromOffSeason)
            {
                adaptation = Math.Max(adaptation, ReentryWeeks);
            }

            // The first loaded weeks teach the lifts, even when the plan opens with a taper or an off-season.
            if (adaptation > 0 && (phases[w] == TrainingPhase.Strength || backFromOffSeason
                || (phases[w] == TrainingPhase.Power && request.Athlete.Experience is Experience.New or Experience.Novice)))
            {
                phases[w] = TrainingPhase.Adaptation;
                adaptation--;
            }
            else if (phases[w] == TrainingPhase.Power && request.Athlete.Experience == Experience.New)
            {
                // A first-year lifter gains more from plain strength work than from a power block.
                phases[w] = TrainingPhase.Strength;
            }
        }

        var deloads = Deloads(phases);
        var weeks = new List<WeekIntent>(calendar.WeekCount);
        var (progress, block) = (0, 0);
        for (var w = 0; w < phases.Length; w++)
        {
            var samePhase = w > 0 && phases[w] == phases[w - 1];
            progress = samePhase && !deloads[w - 1] ? progress + 1 : 0;
            block = !samePhase ? 0 : deloads[w - 1] ? block + 1 : block;
            weeks.Add(new WeekIntent(w, phases[w], deloads[w], progress, daysToRace[w], block, shortBuild[w]));
        }

        return weeks;
    }

    /// <summary>
    /// A deload at least every 4th loaded week. When the 4th would be the first week of a new phase, the week
    /// before takes it, so that a phase starts fresh rather than with a deload.
    /// </summary>
    private static bool[] Deloads(TrainingPhase[] phases)
    {
        var deloads = new bool[phases.Length];
        var loadedRun = 0;
        for (var w = 0; w < phases.Length; w++)
        {
            if (!IsLoaded(phases[w]))
            {
                loadedRun = 0;
                continue;
            }

            if (++loadedRun <= LoadedWeeksBeforeDeload)
            {
                continue;
            }

            var startsPhase = w > 0 && phases[w - 1] != phases[w] && IsLoaded(phases[w - 1]);
            var week = startsPhase ? w - 1 : w;
            deloads[week] = true;
            loadedRun = w - week;
        }

        return deloads;
    }

    /// <summary>
    /// The A races whose build is shorter than 6 weeks: from the plan's start for the first, from the end of the off-season
    /// after the A race before it for the others.
    /// </summary>
    private static HashSet<DateOnly> ShortBuilds(PlanRequest request, List<DateOnly> aRaces)
    {
        var shortRaces = new HashSet<DateOnly>();
        var buildStart = request.Start;
        foreach (var race in aRaces)
        {
            if (race.DayNumber - buildStart.DayNumber < ShortestBuildDays)
            {
                shortRaces.Add(race);
            }

            buildStart = race.AddDays(OffSeasonDays(request.Races.First(r => r.Date == race && r.Priority == RacePriority.A)));
        }

        return shortRaces;
    }

    private static bool IsLoaded(TrainingPhase phase) => phase is TrainingPhase.Adaptation or TrainingPhase.Strength or TrainingPhase.Power;

    /// <summary>New and novice lifters learn the patterns for longer; rehab adds a week.</summary>
    private static int AdaptationWeeks(Athlete athlete) => (athlete.Experience switch
    {
        Experience.New => 4,
        Experience.Novice => 3,
        _ => 2,
    }) + (athlete.Rehab ? 1 : 0);

    private static TrainingPhase PhaseFor(int? daysToRace, DateOnly lastARace, DateOnly monday, IReadOnlyList<Race> races)
    {
        if (lastARace != default && monday.DayNumber - lastARace.DayNumber < OffSeasonDays(races.First(r => r.Date == lastARace)))
        {
            return TrainingPhase.OffSeason;
        }

        return daysToRace switch
        {
            null => TrainingPhase.Strength,
            <= TaperDays => TrainingPhase.Taper,
            <= MaintenanceFromDays => TrainingPhase.Maintenance,
            < PowerFromDays => TrainingPhase.Power,
            _ => TrainingPhase.Strength,
        };
    }

    /// <summary>One easy week after a 5K or 10K, two after longer races.</summary>
    private static int OffSeasonDays(Race race) => race.Distance.Kilometers > 10.5 ? 14 : 7;
}
