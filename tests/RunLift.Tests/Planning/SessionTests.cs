using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning;

public sealed class SessionTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    private static IEnumerable<IGrouping<DateOnly, PlannedSession>> ByWeek(TrainingPlan plan) =>
        plan.Sessions.GroupBy(s => IsoWeek.MondayOf(s.Date));

    [Fact]
    public void EveryLoadedWeek_CoversEveryPattern()
    {
        var plan = Planner.Plan(Marathoner());

        foreach (var week in ByWeek(plan).Where(w => w.All(s => s.Phase is TrainingPhase.Strength or TrainingPhase.Power)))
        {
            var patterns = week.SelectMany(s => s.Exercises).Select(e => e.Exercise.Pattern).ToHashSet();
            patterns.ShouldContain(MovementPattern.Hinge);
            (patterns.Contains(MovementPattern.Squat) || patterns.Contains(MovementPattern.SingleLeg)).ShouldBeTrue();
            patterns.ShouldContain(MovementPattern.Push);
            patterns.ShouldContain(MovementPattern.Pull);
            patterns.ShouldContain(MovementPattern.Calf);
            patterns.ShouldContain(MovementPattern.Core);
            week.SelectMany(s => s.Exercises).ShouldContain(e => e.Exercise.Explosive);
        }
    }

    [Fact]
    public void Sessions_AlternateAAndB() =>
        Planner.Plan(Marathoner() with { Weeks = 8, Races = [] }).Sessions
            .Where(s => !s.Name.Contains("deload", StringComparison.Ordinal)).Select(s => s.Name[^1]).Take(4).ShouldBe(['A', 'B', 'A', 'B']);

    [Fact]
    public void NewLifter_OnlyLowLevelJumpsWhileLearning()
    {
        var plan = Planner.Plan(Marathoner() with { Athlete = new Athlete { Experience = Experience.New } });

        plan.Sessions.Where(s => s.Phase == TrainingPhase.Adaptation).SelectMany(s => s.Exercises)
            .Where(e => e.Exercise.Explosive).ShouldAllBe(e => e.Exercise.Id == "pogo-hops");
    }

    [Fact]
    public void Bodyweight_UsesNoEquipment()
    {
        var plan = Planner.Plan(Marathoner() with { Equipment = EquipmentSets.Bodyweight });

        ShouldBeClean(plan);
        plan.Sessions.SelectMany(s => s.Exercises).Select(e => e.Exercise.Id).Distinct()
            .ShouldAllBe(id => id != "back-squat" && id != "deadlift" && id != "bench-press" && id != "pull-up" && id != "box-jump");
        plan.Notes.ShouldContain(n => n.StartsWith("Without weights", StringComparison.Ordinal));
    }

    [Fact]
    public void DumbbellsAndBands_ChooseFromThem()
    {
        var plan = Planner.Plan(Marathoner() with { Equipment = new HashSet<Equipment> { Equipment.Dumbbells, Equipment.Bands } });

        var ids = plan.Sessions.SelectMany(s => s.Exercises).Select(e => e.Exercise.Id).ToHashSet();
        ids.ShouldContain("goblet-squat");
        ids.ShouldContain("dumbbell-row");
        ids.ShouldContain("pallof-press");
        ids.ShouldNotContain("back-squat");
    }

    [Fact]
    public void Rehab_NoUnstableSurfaces_AndGentlerTopEnd()
    {
        var plan = Planner.Plan(Marathoner() with { Athlete = new Athlete { Experience = Experience.Intermediate, Rehab = true } });

        plan.Sessions.SelectMany(s => s.Exercises).ShouldAllBe(e => e.Exercise.Unstable == null);
        plan.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).ShouldAllBe(set => set.Rpe == null || set.Rpe.Value.Value <= 7.5);
        plan.Notes.ShouldContain(n => n.StartsWith("Rehab", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownMax_LoadsAreRoundedToTheBarAndHeavyEnough()
    {
        var plan = Planner.Plan(Marathoner());

        var squats = plan.Sessions.Where(s => s.Phase == TrainingPhase.Strength)
            .SelectMany(s => s.Exercises).Where(e => e.Exercise.Id == "back-squat").SelectMany(e => e.Sets).ToList();
        squats.ShouldNotBeEmpty();
        squats.ShouldAllBe(set => set.Load != null && Math.Abs((set.Load.Value.Kilograms / 2.5) - Math.Round(set.Load.Value.Kilograms / 2.5)) < 1e-9);
        squats.Where(set => set.PercentOneRepMax >= 80).ShouldAllBe(set => set.Load!.Value.Kilograms / 110 >= 0.8);
    }

    [Fact]
    public void KnownMax_FromARecentSet_IsEstimated()
    {
        var plan = Planner.Plan(Marathoner() with
        {
            Athlete = new Athlete { Experience = Experience.Intermediate, Maxes = [new KnownMax("Back Squat", RunLift.Progress.OneRepMax.Epley(Load.FromKilograms(90), 5))] },
        });

        plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Id == "back-squat")
            .SelectMany(e => e.Sets).ShouldContain(set => set.Load != null);
    }

    [Fact]
    public void Pounds_AreRoundedToFivePounds()
    {
        var plan = Planner.Plan(Marathoner() with { Units = MassUnit.Pounds });

        plan.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).Where(s => s.Load != null)
            .ShouldAllBe(set => Math.Abs((set.Load!.Value.Pounds / 5) - Math.Round(set.Load.Value.Pounds / 5)) < 1e-6);
    }

    [Fact]
    public void NoMax_UsesRpe_AndWarmsUpByPercent()
    {
        var sets = Planner.Plan(Marathoner() with { Athlete = new Athlete { Experience = Experience.Intermediate } }).Sessions
            .SelectMany(s => s.Exercises).Where(e => e.Exercise.Id == "back-squat").SelectMany(e => e.Sets).ToList();

        sets.Where(set => set.IsWorking).ShouldAllBe(set => set.Load == null && set.Rpe != null);
        sets.Where(set => !set.IsWorking).ShouldAllBe(set => set.Load == null && set.Rpe == null && set.PercentOneRepMax < 80);
        sets.ShouldContain(set => !set.IsWorking);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(60)]
    public void Sessions_FitTheTimeCap(int minutes)
    {
        var plan = Planner.Plan(Marathoner() with { MaxSessionMinutes = minutes });

        plan.Sessions.ShouldAllBe(s => s.EstimatedDuration <= TimeSpan.FromMinutes(minutes));
        ShouldBeClean(plan);
    }

    [Fact]
    public void HeavySets_RestAtLeastTwoMinutes() =>
        Planner.Plan(Marathoner()).Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets)
            .Where(set => set.PercentOneRepMax >= 80 || (set.Reps <= 6 && set.Rpe?.Value >= 7))
            .ShouldAllBe(set => set.Rest >= TimeSpan.FromMinutes(2));

    [Fact]
    public void Menu_NamesOnlyExercisesTheCatalogHas_AndNoneUnstable()
    {
        foreach (var id in ExerciseMenu.AllIds)
        {
            var exercise = ExerciseCatalog.Default.FindById(id);
            exercise.ShouldNotBeNull(id);
            exercise.Unstable.ShouldBeNull(id);
        }
    }
}
