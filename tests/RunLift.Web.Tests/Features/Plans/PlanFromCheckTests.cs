using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Training;
using RunLift.Web.Features.Plans;

namespace RunLift.Web.Tests.Features.Plans;

/// <summary>What "Make me a plan" carries from a checked routine: its running week, its maxes and the races still ahead.</summary>
public sealed class PlanFromCheckTests
{
    private const string Routine = """
        units: kg
        athlete:
          maxes:
            back squat: 110
        running:
          tue: intervals 60min am
          sun: long 1h50min
        races:
          - date: 2027-04-18
            name: Rotterdam
            distance: marathon
            priority: A
          - date: 2027-03-07
            distance: half
            priority: B
          - date: 2026-10-04
            distance: 10k
            priority: C
        sessions:
          - day: mon
            exercises:
              - back squat 3x5 @ 85%
        """;

    [Fact]
    public void TheRacesAhead_AreCarried_ByDate()
    {
        var found = PlanFromCheck.Of(Read(Routine), ExerciseCatalog.Default, new DateOnly(2026, 12, 5));

        found.Races.ShouldBe(
        [
            new CarriedRace(new DateOnly(2027, 3, 7), null, 21097.5, "B"),
            new CarriedRace(new DateOnly(2027, 4, 18), "Rotterdam", 42195, "A"),
        ]);
        PlanFromCheckText.Lines(found, MassUnit.Kilograms).ShouldBe(
        [
            "Running week: Tue intervals, 60 min, am; Sun long, 110 min.",
            "Max: back squat 110 kg.",
            "Race: Sun 7 Mar 2027, 21.098 km, B.",
            "Race: Sun 18 Apr 2027, Rotterdam, 42.195 km, A.",
        ]);
    }

    [Fact]
    public void ARaceOnTheDay_IsStillAhead_AndOnePast_IsNot()
    {
        var onTheDay = PlanFromCheck.Of(Read(Routine), ExerciseCatalog.Default, new DateOnly(2027, 4, 18));
        var after = PlanFromCheck.Of(Read(Routine), ExerciseCatalog.Default, new DateOnly(2027, 4, 19));

        onTheDay.Races.Select(r => r.Date).ShouldBe([new DateOnly(2027, 4, 18)]);
        after.Races.ShouldBeEmpty();
    }

    [Fact]
    public void OnlyRacesAhead_IsNotEmpty()
    {
        var found = PlanFromCheck.Of(Read("""
            races:
              - date: 2027-04-18
                distance: marathon
                priority: A
            sessions:
              - day: mon
                exercises:
                  - back squat 3x5 @ 100kg
            """), ExerciseCatalog.Default, new DateOnly(2026, 12, 5));

        found.IsEmpty.ShouldBeFalse();
    }

    private static TrainingDocument Read(string routine) =>
        TrainingFiles.Read("routine.yaml", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(routine)));
}
