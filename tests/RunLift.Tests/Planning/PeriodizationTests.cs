using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning;

public sealed class PeriodizationTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    private static TrainingPhase[] Phases(TrainingPlan plan) => [.. plan.Weeks.Select(w => w.Phase)];

    [Fact]
    public void Marathoner_PhasesFollowWeeksToTheARace()
    {
        var plan = Planner.Plan(Marathoner());
        var race = new DateOnly(2027, 4, 18);

        foreach (var week in plan.Weeks.Skip(1))
        {
            var days = race.DayNumber - week.Start.DayNumber;
            var expected = days switch
            {
                < 0 => TrainingPhase.OffSeason,
                <= 10 => TrainingPhase.Taper,
                <= 21 => TrainingPhase.Maintenance,
                < 56 => TrainingPhase.Power,
                _ => TrainingPhase.Strength,
            };
            if (week.Phase != TrainingPhase.Adaptation)
            {
                week.Phase.ShouldBe(expected, $"week of {week.Start}");
            }
        }
    }

    [Theory]
    [InlineData(Experience.New, 4)]
    [InlineData(Experience.Novice, 3)]
    [InlineData(Experience.Intermediate, 2)]
    [InlineData(Experience.Advanced, 2)]
    public void Adaptation_LastsLongerForNewerLifters(Experience experience, int weeks)
    {
        var plan = Planner.Plan(Marathoner() with { Athlete = new Athlete { Experience = experience } });

        Phases(plan).TakeWhile(p => p == TrainingPhase.Adaptation).Count().ShouldBe(weeks);
    }

    [Fact]
    public void Rehab_AddsAnAdaptationWeek() =>
        Phases(Planner.Plan(Marathoner() with { Athlete = new Athlete { Experience = Experience.Intermediate, Rehab = true } }))
            .TakeWhile(p => p == TrainingPhase.Adaptation).Count().ShouldBe(3);

    [Fact]
    public void Deloads_ComeAtLeastEveryFourthLoadedWeek()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 52, Races = [] });

        var run = 0;
        foreach (var week in plan.Weeks)
        {
            run = week.Deload || week.Phase is not (TrainingPhase.Adaptation or TrainingPhase.Strength or TrainingPhase.Power) ? 0 : run + 1;
            run.ShouldBeLessThanOrEqualTo(3);
        }

        plan.Weeks.Count(w => w.Deload).ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public void Deload_HalvesTheSets()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 12, Races = [] });
        int SetsIn(PlanWeek week) => plan.Sessions.Where(s => s.Date >= week.Start && s.Date < week.Start.AddDays(7)).Sum(s => s.Exercises.Sum(e => e.Sets.Count(set => set.IsWorking)));
        var deload = plan.Weeks.First(w => w.Deload);
        var before = plan.Weeks[plan.Weeks.ToList().IndexOf(deload) - 1];

        ((double)SetsIn(deload) / SetsIn(before)).ShouldBeInRange(0.45, 0.65);
    }

    [Fact]
    public void TheWeekAfterADeload_ReturnsToTheLevelBeforeIt_NotASecondLightWeek()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 12, Races = [] });
        int SetsIn(PlanWeek week) => plan.Sessions.Where(s => s.Date >= week.Start && s.Date < week.Start.AddDays(7)).Sum(s => s.Exercises.Sum(e => e.Sets.Count(set => set.IsWorking)));
        var weeks = plan.Weeks.ToList();

        var deloads = Enumerable.Range(1, weeks.Count - 2).Where(i => weeks[i].Deload).ToList();

        deloads.ShouldNotBeEmpty();
        foreach (var i in deloads)
        {
            ((double)SetsIn(weeks[i + 1]) / SetsIn(weeks[i - 1])).ShouldBeGreaterThanOrEqualTo(0.9, $"the week after the deload of {weeks[i].Start}");
        }
    }

    [Fact]
    public void NoRace_IsBaseStrengthAndTwelveWeeksByDefault()
    {
        var plan = Planner.Plan(Marathoner() with { Races = [] });

        plan.Weeks.Count.ShouldBe(12);
        Phases(plan).Distinct().ShouldBe([TrainingPhase.Adaptation, TrainingPhase.Strength]);
        plan.Notes.ShouldContain(n => n.StartsWith("No race is on the calendar", StringComparison.Ordinal));
        plan.Notes.ShouldContain(n => n.StartsWith("No length was asked for and no A race is ahead, so the plan is 12 weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void AskedLengthOrAnARaceAhead_IsNotCalledAnAssumption()
    {
        var asked = Planner.Plan(Marathoner() with { Races = [], Weeks = 12 });
        var toTheRace = Planner.Plan(Marathoner());

        asked.Notes.ShouldNotContain(n => n.StartsWith("No length was asked for", StringComparison.Ordinal));
        toTheRace.Notes.ShouldNotContain(n => n.StartsWith("No length was asked for", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreeWeeksBeforeARace_IsMaintenanceThenTaper()
    {
        var start = new DateOnly(2027, 3, 29);
        var plan = Planner.Plan(Marathoner() with { Start = start, Weeks = 3 });

        Phases(plan).ShouldBe([TrainingPhase.Maintenance, TrainingPhase.Maintenance, TrainingPhase.Taper]);
        PlannerTests.ShouldBeClean(plan);
    }

    [Fact]
    public void DefaultLength_EndsAWeekAfterTheLastARace() =>
        Planner.Plan(Marathoner() with { Weeks = null }).Weeks[^1].Phase.ShouldBe(TrainingPhase.OffSeason);

    [Fact]
    public void SeveralRaces_EachAGetsItsTaperAndBAMiniTaper()
    {
        var request = Marathoner() with
        {
            Races =
            [
                new Race(new DateOnly(2027, 2, 14), Distance.FromKilometers(21.1), RacePriority.B),
                new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A),
                new Race(new DateOnly(2027, 6, 20), Distance.FromKilometers(10), RacePriority.A),
            ],
            Weeks = 30,
        };

        var plan = Planner.Plan(request);

        PlannerTests.ShouldBeClean(plan);
        plan.Weeks.Count(w => w.Phase == TrainingPhase.Taper).ShouldBe(2);
        plan.Sessions.ShouldNotContain(s => s.Date > new DateOnly(2027, 2, 10) && s.Date < new DateOnly(2027, 2, 14)
            && s.Phase != TrainingPhase.Taper);
        plan.Notes.ShouldContain(n => n.StartsWith("B and C races get a mini-taper", StringComparison.Ordinal));
    }

    [Fact]
    public void FiftyTwoWeeks_IsTheLongestPlan() => Planner.Plan(Marathoner() with { Weeks = 52 }).Weeks.Count.ShouldBe(52);
}
