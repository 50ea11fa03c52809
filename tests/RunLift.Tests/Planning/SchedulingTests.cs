using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning;

public sealed class SchedulingTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    private static DateTime At(PlannedSession s) => s.Date.ToDateTime(s.Time.Time);

    [Fact]
    public void Sessions_AreAtLeast48HoursApart()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 16 });

        plan.Sessions.Zip(plan.Sessions.Skip(1), (a, b) => (At(b) - At(a)).TotalHours).ShouldAllBe(hours => hours >= 48);
    }

    [Fact]
    public void Sessions_GoAfterTheDaysKeyRun_OrOnEasyDays()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 16 });

        foreach (var session in plan.Sessions)
        {
            var runs = plan.Runs.Where(r => r.Date == session.Date).ToList();
            runs.ShouldAllBe(r => !r.IsKey || (r.Time ?? TimeOfDay.Am).Time < session.Time.Time, $"{session.Date}");
        }
    }

    [Fact]
    public void MarathonWeek_LiftsOnHardDays()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 12, Races = [] });

        plan.Sessions.Where(s => s.Phase == TrainingPhase.Strength).Select(s => s.Date.DayOfWeek).Distinct()
            .ShouldBeSubsetOf([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday]);
    }

    [Fact]
    public void HeavyLegs_NeverTheDayBeforeALongRun()
    {
        var plan = Planner.Plan(Marathoner() with { Weeks = 16 });

        plan.Sessions.Where(s => s.Date.DayOfWeek == DayOfWeek.Saturday).ShouldBeEmpty();
    }

    [Fact]
    public void KeyRunsEveryOtherDay_LiftAfterTheKeyRuns()
    {
        Run[] week =
        [
            Weekly(RunKind.Intervals, DayOfWeek.Monday, 60, TimeOfDay.Am), Weekly(RunKind.Easy, DayOfWeek.Tuesday, 40),
            Weekly(RunKind.Tempo, DayOfWeek.Wednesday, 50, TimeOfDay.Am), Weekly(RunKind.Easy, DayOfWeek.Thursday, 40),
            Weekly(RunKind.Hills, DayOfWeek.Friday, 50, TimeOfDay.Am), Weekly(RunKind.Long, DayOfWeek.Sunday, 100, TimeOfDay.Am),
        ];
        var plan = Planner.Plan(Marathoner() with { RunningWeek = week, Weeks = 12, Races = [] });

        ShouldBeClean(plan);
        plan.Sessions.ShouldAllBe(s => s.Date.DayOfWeek == DayOfWeek.Monday || s.Date.DayOfWeek == DayOfWeek.Wednesday
            || s.Date.DayOfWeek == DayOfWeek.Friday || s.Date.DayOfWeek == DayOfWeek.Sunday);
        plan.Sessions.Count(s => s.Name.Contains("light legs", StringComparison.Ordinal)).ShouldBe(0);
    }

    [Fact]
    public void KeyRunsEveryDay_KeepsLegsLightAndSaysWhy()
    {
        var everyDay = Enum.GetValues<DayOfWeek>().Select(d => Weekly(RunKind.Tempo, d, 45, TimeOfDay.Am)).ToArray();

        var plan = Planner.Plan(Marathoner() with { RunningWeek = everyDay, Weeks = 12, Races = [] });

        ShouldBeClean(plan);
        plan.Sessions.Where(s => s.Phase == TrainingPhase.Strength && !s.Name.Contains("deload", StringComparison.Ordinal))
            .ShouldAllBe(s => s.Name.EndsWith("(light legs)", StringComparison.Ordinal));
        plan.Notes.ShouldContain(n => n.StartsWith("Light-legs sessions", StringComparison.Ordinal));
    }

    [Fact]
    public void PmKeyRunsEveryDay_LiftStraightAfterTheRunNeverDuringIt()
    {
        var everyEvening = Enum.GetValues<DayOfWeek>().Select(d => Weekly(RunKind.Intervals, d, 45, TimeOfDay.Pm)).ToArray();

        var plan = Planner.Plan(Marathoner() with { RunningWeek = everyEvening, Weeks = 4, Races = [] });

        ShouldBeClean(plan);
        plan.Sessions.ShouldNotBeEmpty();

        // The run starts at 18:00 and lasts 45 minutes: the session starts 15–30 minutes after it ends.
        plan.Sessions.ShouldAllBe(s => s.Time.Time >= new TimeOnly(19, 0) && s.Time.Time <= new TimeOnly(19, 15));
        plan.Sessions.ShouldAllBe(s => s.Note!.Contains("straight after the intervals", StringComparison.Ordinal));
    }

    [Fact]
    public void KeyRunTooLateInTheEvening_LeavesTheDayOut()
    {
        var lateEvenings = Enum.GetValues<DayOfWeek>().Select(d => Weekly(RunKind.Intervals, d, 60, TimeOfDay.At(new TimeOnly(20, 0)))).ToArray();

        var plan = Planner.Plan(Marathoner() with { RunningWeek = lateEvenings, Weeks = 4, Races = [] });

        plan.Sessions.ShouldBeEmpty();
        plan.Notes.ShouldContain(n => n.StartsWith("Crowded weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void Races_NoLiftingInTheLast72HoursNorTheDaysAfter()
    {
        var plan = Planner.Plan(Marathoner());
        var race = new DateOnly(2027, 4, 18).ToDateTime(new TimeOnly(9, 0));

        plan.Sessions.ShouldAllBe(s => (race - At(s)).TotalHours >= 72 || (At(s) - race).TotalDays > 7);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void SessionsPerWeek_CapsEveryWeek(int cap)
    {
        var plan = Planner.Plan(Marathoner() with { SessionsPerWeek = cap });

        plan.Sessions.GroupBy(s => IsoWeek.MondayOf(s.Date)).ShouldAllBe(week => week.Count() <= cap);
        ShouldBeClean(plan);
    }
}
