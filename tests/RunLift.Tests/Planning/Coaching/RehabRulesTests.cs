using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning.Coaching;

/// <summary>
/// principles.md's "Injury site", checked by a checker of its own on every injured athlete of <see cref="AthleteCases"/>:
/// what each site may not do while protected, and which exercises count as its rehab, are written out here.
/// </summary>
public sealed class RehabRulesTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    // The sites whose every landing loads them: no jumps, hops or bounds while protected.
    private static readonly InjurySite[] LandingSites =
        [InjurySite.Achilles, InjurySite.Calf, InjurySite.Foot, InjurySite.Shin, InjurySite.Knee, InjurySite.Hip, InjurySite.Hamstring];

    // Rehab work for each site: the progressions principles.md names, and their usual regressions.
    private static readonly Dictionary<InjurySite, string[]> RehabWork = new()
    {
        [InjurySite.Achilles] = ["isometric-calf-raise", "calf-raise", "seated-calf-raise", "eccentric-calf-raise", "single-leg-calf-raise"],
        [InjurySite.Calf] = ["isometric-calf-raise", "calf-raise", "seated-calf-raise", "eccentric-calf-raise", "single-leg-calf-raise"],
        [InjurySite.Foot] = ["short-foot", "towel-toe-curl", "isometric-calf-raise", "single-leg-calf-raise", "calf-raise"],
        [InjurySite.Shin] = ["tibialis-raise", "seated-calf-raise", "calf-raise", "single-leg-calf-raise"],
        [InjurySite.Knee] = ["wall-sit", "split-squat", "step-up", "leg-extension"],
        [InjurySite.Hip] = ["glute-bridge", "single-leg-glute-bridge", "side-lying-hip-abduction", "clamshell", "copenhagen-plank"],
        [InjurySite.Hamstring] = ["glute-bridge", "single-leg-romanian-deadlift", "nordic-curl", "single-leg-glute-bridge"],
        [InjurySite.LowerBack] = ["bird-dog", "side-plank", "glute-bridge", "dead-bug", "back-extension"],
        [InjurySite.Shoulder] = ["external-rotation-with-band", "external-rotation", "band-pull-apart", "face-pull"],
    };

    // While protected, no heavy loading of the site outside its rehab: these patterns stay at RPE 6 or are left out.
    private static readonly Dictionary<InjurySite, MovementPattern[]> SitePatterns = new()
    {
        [InjurySite.Achilles] = [MovementPattern.Calf],
        [InjurySite.Calf] = [MovementPattern.Calf],
        [InjurySite.Foot] = [MovementPattern.Calf],
        [InjurySite.Shin] = [MovementPattern.Calf],
        [InjurySite.Knee] = [MovementPattern.Squat, MovementPattern.SingleLeg],
        [InjurySite.Hip] = [MovementPattern.Squat, MovementPattern.SingleLeg, MovementPattern.Hinge],
        [InjurySite.Hamstring] = [MovementPattern.Hinge],
        [InjurySite.LowerBack] = [MovementPattern.Hinge, MovementPattern.Squat],
        [InjurySite.Shoulder] = [MovementPattern.Push, MovementPattern.Pull],
    };

    private static int ProtectedWeeks(InjurySite site) => site == InjurySite.Achilles ? 6 : 4;

    private static (TrainingPlan Plan, InjurySite Site, DateOnly Until) Planned(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);
        var site = request.Athlete.Injury!.Value;
        return (plan, site, plan.Weeks[ProtectedWeeks(site)].Start);
    }

    private static bool IsRehab(InjurySite site, PlannedExercise exercise) => RehabWork[site].Contains(exercise.Exercise.Id);

    [Theory]
    [MemberData(nameof(AthleteCases.Injured), MemberType = typeof(AthleteCases))]
    public void ProtectedWeeks_NoJumpsWhereTheSiteLands_NoOlympicLifts_ThenPogoHopsFirst(string athlete)
    {
        var (plan, site, until) = Planned(athlete);
        var returning = until.AddDays(14);

        ShouldBeClean(plan);
        foreach (var session in plan.Sessions.Where(s => s.Date < returning))
        {
            var explosive = session.Exercises.Where(e => e.Exercise.Explosive).ToList();
            explosive.ShouldNotContain(e => e.Exercise.Pattern == MovementPattern.Olympic, $"{session.Date} {session.Name}");
            if (LandingSites.Contains(site) && session.Date < until)
            {
                explosive.ShouldBeEmpty($"{session.Date} {session.Name}: {site} is protected");
            }
            else if (LandingSites.Contains(site))
            {
                explosive.ShouldAllBe(e => e.Exercise.Id == "pogo-hops", $"{session.Date} {session.Name}: back to jumping with pogo hops in place");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AthleteCases.Injured), MemberType = typeof(AthleteCases))]
    public void ProtectedWeeks_RehabFirst_NoHeavyLoadingOfTheSite_NotesSayTheStageAndThePainRule(string athlete)
    {
        var (plan, site, until) = Planned(athlete);
        var protectedSessions = plan.Sessions.Where(s => s.Date < until).ToList();

        protectedSessions.ShouldNotBeEmpty();
        foreach (var session in protectedSessions)
        {
            var where = $"{session.Date} {session.Name}";
            IsRehab(site, session.Exercises[0]).ShouldBeTrue($"{where} starts with {session.Exercises[0].Exercise.Id}, not the {site} rehab");
            session.Exercises.Where(e => !IsRehab(site, e) && SitePatterns[site].Contains(e.Exercise.Pattern))
                .SelectMany(e => e.Sets.Where(s => s.IsWorking))
                .ShouldAllBe(s => s.Rpe == null || s.Rpe.Value.Value <= 6, $"{where}: the {site} is loaded heavily outside its rehab");
            session.Note.ShouldNotBeNull().ShouldContain("Pain ≤ 3/10 during and the next morning");
            session.Note.ShouldContain($"rehab, stage ", Case.Sensitive, where);
        }

        plan.Notes.ShouldContain(n => n.StartsWith($"Rehab ({site.Name()})", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AthleteCases.Injured), MemberType = typeof(AthleteCases))]
    public void ProtectedWeeks_TheRestOfTheBodyTrainsNormally(string athlete)
    {
        var (plan, site, until) = Planned(athlete);
        var protectedSessions = plan.Sessions.Where(s => s.Date < until).ToList();

        // Every session still trains a lower-body lift and an upper-body lift (held light where they load the site)...
        MovementPattern[] lower = [MovementPattern.Squat, MovementPattern.SingleLeg, MovementPattern.Hinge];
        MovementPattern[] upper = [MovementPattern.Push, MovementPattern.Pull];
        foreach (var session in protectedSessions)
        {
            var patterns = session.Exercises.Where(e => !IsRehab(site, e)).Select(e => e.Exercise.Pattern).ToList();
            patterns.ShouldContain(p => upper.Contains(p), $"{session.Date} {session.Name}");
            patterns.ShouldContain(p => lower.Contains(p), $"{session.Date} {session.Name}");
        }

        // ...and away from the site at the phase's effort, not held back: some set is at RPE 7 or more.
        protectedSessions.SelectMany(s => s.Exercises).Where(e => !IsRehab(site, e) && !SitePatterns[site].Contains(e.Exercise.Pattern))
            .SelectMany(e => e.Sets).ShouldContain(s => s.IsWorking && s.Rpe != null && s.Rpe.Value.Value >= 7);
    }

    [Fact]
    public void Achilles_ProgressesFromHoldsToSlowHeavyRaisesToEccentrics()
    {
        var (plan, _, until) = Planned("kg intermediate full-gym 1-race injury:achilles");

        var firstOfEach = new[] { "isometric-calf-raise", "seated-calf-raise", "eccentric-calf-raise" }
            .Select(id => plan.Sessions.First(s => s.Exercises.Any(e => e.Exercise.Id == id)).Date).ToList();

        firstOfEach.ShouldBeInOrder(SortDirection.Ascending);
        firstOfEach[^1].ShouldBeLessThan(until);
        plan.Sessions.First(s => s.Date >= until.AddDays(14) && s.Exercises.Any(e => e.Exercise.Explosive)).Exercises
            .ShouldContain(e => e.Exercise.Explosive && e.Exercise.Id != "pogo-hops", "hops and bounds return after the pogo weeks");
    }

    [Fact]
    public void RehabWithoutASite_KeepsTheGentleRehabOfBefore()
    {
        var plan = Planner.Plan(AthleteCases.Request("kg intermediate full-gym 1-race rehab"));

        plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Explosive).ShouldAllBe(e => e.Exercise.Id == "pogo-hops");
        plan.Sessions.SelectMany(s => s.Exercises.SelectMany(e => e.Sets)).ShouldAllBe(s => s.Rpe == null || s.Rpe.Value.Value <= 7.5);
        plan.Notes.ShouldContain(n => n.StartsWith("Rehab. Progress only while pain stays at 3/10 or less", StringComparison.Ordinal));
    }
}
