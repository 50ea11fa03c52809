using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Tests.Planning;

public sealed class PlannerTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    internal static Run Weekly(RunKind kind, DayOfWeek day, int minutes, TimeOfDay? time = null) =>
        new(kind) { Day = day, Duration = TimeSpan.FromMinutes(minutes), Time = time };

    internal static readonly Run[] MarathonWeek =
    [
        Weekly(RunKind.Easy, DayOfWeek.Monday, 45), Weekly(RunKind.Intervals, DayOfWeek.Tuesday, 60, TimeOfDay.Am),
        Weekly(RunKind.Easy, DayOfWeek.Wednesday, 40), Weekly(RunKind.Tempo, DayOfWeek.Thursday, 50, TimeOfDay.Am),
        Weekly(RunKind.Easy, DayOfWeek.Saturday, 30), Weekly(RunKind.Long, DayOfWeek.Sunday, 120, TimeOfDay.Am),
    ];

    internal static PlanRequest Marathoner() => new()
    {
        Start = new DateOnly(2026, 12, 7),
        Athlete = new Athlete { Experience = Experience.Intermediate, Maxes = [new KnownMax("Back Squat", Load.FromKilograms(110)), new KnownMax("Deadlift", Load.FromKilograms(130))] },
        RunningWeek = MarathonWeek,
        Races = [new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A)],
    };

    internal static void ShouldBeClean(TrainingPlan plan) =>
        plan.SelfCheck.Findings.Where(f => f.Severity >= Severity.Warning)
            .Select(f => $"{f.Rule.Id} {f.Message} {string.Join(" | ", f.Evidence.Select(e => $"{e.Session} {e.Date} {e.Detail}"))}")
            .ShouldBeEmpty();

    [Fact]
    public void Plan_Marathoner_IsPeriodizedAndClean()
    {
        var plan = Planner.Plan(Marathoner());

        ShouldBeClean(plan);
        plan.Weeks.Count.ShouldBe(20);
        plan.Weeks[0].Phase.ShouldBe(TrainingPhase.Adaptation);
        plan.Weeks.Select(w => w.Phase).ShouldContain(TrainingPhase.Strength);
        plan.Weeks.Select(w => w.Phase).ShouldContain(TrainingPhase.Power);
        plan.Weeks[^2].Phase.ShouldBe(TrainingPhase.Taper);
        plan.Weeks[^1].Phase.ShouldBe(TrainingPhase.OffSeason);
    }
}
