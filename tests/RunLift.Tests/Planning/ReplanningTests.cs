using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning;

public sealed class ReplanningTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    private static readonly TrainingPlan Stored = Planner.Plan(Marathoner() with { Weeks = 8 });

    // The intervals move from Tuesday morning to Wednesday evening.
    private static readonly TrainingPlan NewWeek = Planner.Plan(Marathoner() with
    {
        Weeks = 8,
        RunningWeek = [.. MarathonWeek.Select(r => r.Kind == RunKind.Intervals ? r with { Day = DayOfWeek.Wednesday, Time = TimeOfDay.At(new TimeOnly(18, 0)) } : r)],
    });

    [Fact]
    public void PastSessions_StayExactlyAsStored_TheRestIsTheNewPlan()
    {
        var today = Stored.Request.Start.AddDays(17);

        var plan = Replanning.FromToday(Stored, NewWeek, today, ExerciseCatalog.Default);

        plan.Sessions.Where(s => s.Date < today).ShouldBe(Stored.Sessions.Where(s => s.Date < today));
        plan.Sessions.Where(s => s.Date >= IsoWeek.NextMonday(today)).ShouldBe(NewWeek.Sessions.Where(s => s.Date >= IsoWeek.NextMonday(today)));
        plan.Request.ShouldBe(NewWeek.Request);
        plan.Runs.Where(r => r.Date < today).ShouldBe(Stored.Runs.Where(r => r.Date < today));
        plan.Notes[^1].ShouldBe($"Re-planned from {today:yyyy-MM-dd} on: the sessions before it are as they were.");
    }

    [Fact]
    public void ThisWeek_KeepsNoMoreSessionsThanTheNewPlanGivesIt_And48HoursAfterTheLastKept()
    {
        for (var day = 1; day < 7 * 8; day++)
        {
            var today = Stored.Request.Start.AddDays(day);

            var plan = Replanning.FromToday(Stored, NewWeek, today, ExerciseCatalog.Default);

            var thisWeek = IsoWeek.MondayOf(today);
            plan.Sessions.Count(s => IsoWeek.MondayOf(s.Date) == thisWeek)
                .ShouldBeLessThanOrEqualTo(Math.Max(NewWeek.Sessions.Count(s => IsoWeek.MondayOf(s.Date) == thisWeek), Stored.Sessions.Count(s => s.Date < today && s.Date >= thisWeek)), $"today {today}");
            plan.Sessions.Zip(plan.Sessions.Skip(1), (a, b) => b.Date.DayNumber - a.Date.DayNumber).ShouldAllBe(days => days >= 2, $"today {today}");
        }
    }

    [Fact]
    public void BeforeThePlanStarts_TheNewPlanWhole()
    {
        Replanning.FromToday(Stored, NewWeek, Stored.Request.Start, ExerciseCatalog.Default).ShouldBeSameAs(NewWeek);
    }
}
