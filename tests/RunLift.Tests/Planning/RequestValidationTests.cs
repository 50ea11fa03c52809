using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning;

public sealed class RequestValidationTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    [Theory]
    [InlineData(0, "plan.weeks")]
    [InlineData(53, "plan.weeks")]
    public void Weeks_OutOfRange(int weeks, string field) =>
        Should.Throw<PlanRequestException>(() => Planner.Plan(Marathoner() with { Weeks = weeks })).Problems.ShouldContain(p => p.Field == field);

    [Fact]
    public void ZeroSessions_NamesTheField() =>
        Should.Throw<PlanRequestException>(() => Planner.Plan(Marathoner() with { SessionsPerWeek = 0 }))
            .Problems.ShouldHaveSingleItem().Field.ShouldBe("plan.sessions-per-week");

    [Fact]
    public void RaceBeforeTheStart_NamesTheRace()
    {
        var request = Marathoner() with
        {
            Races = [new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A), new Race(new DateOnly(2026, 11, 1), Distance.FromKilometers(10), RacePriority.C)],
        };

        Should.Throw<PlanRequestException>(() => Planner.Plan(request)).Problems.ShouldHaveSingleItem().Field.ShouldBe("races[1].date");
    }

    [Fact]
    public void TooShortSessions_NamesTheField() =>
        Should.Throw<PlanRequestException>(() => Planner.Plan(Marathoner() with { MaxSessionMinutes = 15 }))
            .Problems.ShouldHaveSingleItem().Field.ShouldBe("plan.max-session-minutes");

    [Fact]
    public void ARaceTooFarOff_AsksForWeeks() =>
        Should.Throw<PlanRequestException>(() => Planner.Plan(Marathoner() with { Weeks = null, Races = [new Race(new DateOnly(2028, 6, 1), Distance.FromKilometers(42.195), RacePriority.A)] }))
            .Problems.ShouldHaveSingleItem().Field.ShouldBe("races");
}
