using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

public sealed class PlanRequestReaderTests
{
    // A Wednesday.
    private static readonly DateOnly Today = new(2026, 12, 2);

    internal const string Example = """
        units: kg
        athlete:
          experience: intermediate
          bodyweight: 62 kg
          maxes:
            Back Squat: 100 kg
        running:
          tue: intervals 60min am
          thu: tempo 50min
          sun: long 2h
        races:
          - date: 2027-04-18
            distance: marathon
            priority: A
        plan:
          start: 2026-12-07
          weeks: 16
          max-session-minutes: 45
          sessions-per-week: 2
          equipment: [barbell, rack, bench, dumbbells, kettlebell, box, pull-up bar, bands]
        """;

    private static PlanRequest Parse(string text) => PlanRequestReader.Parse("request.yaml", text, Today);

    private static InputException Error(string text) => Should.Throw<InputException>(() => Parse(text));

    [Fact]
    public void FormatsExample_ReadsEveryField()
    {
        var request = Parse(Example);

        request.Units.ShouldBe(MassUnit.Kilograms);
        request.Athlete.Experience.ShouldBe(Experience.Intermediate);
        request.Athlete.Maxes.Single().Exercise.ShouldBe("Back Squat");
        request.RunningWeek.Select(r => r.Day).ShouldBe([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday]);
        request.Races.Single().Priority.ShouldBe(RacePriority.A);
        request.Start.ShouldBe(new DateOnly(2026, 12, 7));
        request.Weeks.ShouldBe(16);
        request.MaxSessionMinutes.ShouldBe(45);
        request.SessionsPerWeek.ShouldBe(2);
        request.Equipment.ShouldBe(EquipmentSets.FullGym, ignoreOrder: true);
    }

    [Fact]
    public void DocsExample_ReadsAsDescribed()
    {
        // docs/formats.md, "Plans": the first YAML block of the section.
        var docs = File.ReadAllText(RunLift.Testing.RepositoryFiles.PathOf(Path.Combine("docs", "formats.md"))).ReplaceLineEndings("\n");
        var section = docs[docs.IndexOf("## Plans", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var request = Parse(yaml);

        request.Start.ShouldBe(new DateOnly(2026, 12, 7));
        request.Weeks.ShouldBe(16);
        request.MaxSessionMinutes.ShouldBe(45);
        request.SessionsPerWeek.ShouldBe(2);
        request.Equipment.ShouldBe(EquipmentSets.FullGym, ignoreOrder: true);
        request.RunningWeek.Count.ShouldBe(3);
        request.Races.Single().Date.ShouldBe(new DateOnly(2027, 4, 18));
    }

    [Fact]
    public void Defaults_NextMondayFullGymAnHourNoWeekCap()
    {
        var request = Parse("running:\n  sat: long 90min\n");

        request.Start.ShouldBe(new DateOnly(2026, 12, 7));
        request.Weeks.ShouldBeNull();
        request.MaxSessionMinutes.ShouldBe(60);
        request.SessionsPerWeek.ShouldBeNull();
        request.Equipment.ShouldBe(EquipmentSets.FullGym, ignoreOrder: true);
    }

    [Theory]
    [InlineData(2026, 12, 6, 2026, 12, 7)]
    [InlineData(2026, 12, 7, 2026, 12, 14)]
    [InlineData(2026, 12, 13, 2026, 12, 14)]
    public void DefaultStart_IsTheFirstMondayStrictlyAfterToday(int y, int m, int d, int sy, int sm, int sd) =>
        PlanRequestReader.Parse("request.yaml", "plan:\n  weeks: 4\n", new DateOnly(y, m, d)).Start.ShouldBe(new DateOnly(sy, sm, sd));

    [Fact]
    public void EmptyPlanSection_TakesTheDefaults() => Parse("plan:\n").Weeks.ShouldBeNull();

    [Theory]
    [InlineData("[bodyweight]")]
    [InlineData("bodyweight")]
    [InlineData("[ Bodyweight ]")]
    public void Bodyweight_MeansNoEquipment(string equipment) =>
        Parse($"plan:\n  equipment: {equipment}\n").Equipment.ShouldBeEmpty();

    [Fact]
    public void Equipment_AcceptsAliasesAndFullGym()
    {
        Parse("plan:\n  equipment: [dumbbell, Pull-Up Bar, squat rack]\n").Equipment
            .ShouldBe([Equipment.Dumbbells, Equipment.PullUpBar, Equipment.Rack], ignoreOrder: true);
        Parse("plan:\n  equipment: full gym\n").Equipment.ShouldBe(EquipmentSets.FullGym, ignoreOrder: true);
    }

    [Fact]
    public void UnknownEquipment_IsNamedWhereItIsWritten()
    {
        var e = Error("plan:\n  equipment: [barbell, trx]\n");

        (e.Line, e.Column).ShouldBe((2, 24));
        e.Reason.ShouldStartWith("unknown equipment 'trx'; expected one of: barbell, rack, squat rack, bench, dumbbell, dumbbells,");
        e.Reason.ShouldEndWith("full gym, bodyweight");
    }

    [Fact]
    public void BodyweightWithEquipment_IsAnError()
    {
        var e = Error("plan:\n  equipment: [bodyweight, bands]\n");

        (e.Line, e.Column).ShouldBe((2, 15));
        e.Reason.ShouldContain("'bodyweight' means no equipment");
    }

    [Fact]
    public void EmptyEquipment_IsAnError() => Error("plan:\n  equipment: []\n").Reason.ShouldContain("[bodyweight] for none");

    [Theory]
    [InlineData("weeks: 60", 2, 10, "plan.weeks must be between 1 and 52, not 60")]
    [InlineData("weeks: 0", 2, 10, "plan.weeks must be between 1 and 52, not 0")]
    [InlineData("weeks: 2.5", 2, 10, "plan.weeks must be a whole number, found '2.5'")]
    [InlineData("weeks: many", 2, 10, "plan.weeks must be a whole number, found 'many'")]
    [InlineData("sessions-per-week: 5", 2, 22, "plan.sessions-per-week must be at most 3, not 5")]
    [InlineData("sessions-per-week: 0", 2, 22, "plan.sessions-per-week must be at least 1")]
    [InlineData("max-session-minutes: 10", 2, 24, "plan.max-session-minutes must be at least 25")]
    [InlineData("start: 2026-13-01", 2, 10, "")]
    [InlineData("colour: red", 2, 3, "unknown key 'colour' in plan; expected one of: start, weeks, max-session-minutes, sessions-per-week, equipment")]
    public void PlanFieldErrors_AreReportedAtTheValue(string line, int row, int column, string reason)
    {
        var e = Error($"plan:\n  {line}\n");

        e.File.ShouldBe("request.yaml");
        (e.Line, e.Column).ShouldBe((row, column));
        e.Reason.ShouldStartWith(reason);
    }

    [Fact]
    public void RaceBeforeTheStart_IsReportedAtItsDate()
    {
        var e = Error("""
            races:
              - date: 2027-04-18
                distance: marathon
                priority: A
              - date: 2026-11-01
                distance: 10k
                priority: C
            plan:
              start: 2026-12-07
            """);

        (e.Line, e.Column).ShouldBe((5, 11));
        e.Reason.ShouldBe("races[1].date: 2026-11-01 is before the plan starts (2026-12-07)");
    }

    [Fact]
    public void ARaceTooFarAway_IsReportedAtRaces()
    {
        var e = Error("races:\n  - { date: 2029-01-01, distance: 10k, priority: A }\n");

        (e.Line, e.Column).ShouldBe((1, 1));
        e.Reason.ShouldStartWith("races: the A race is more than 52 weeks after the start");
    }

    [Fact]
    public void Sessions_AreRefused()
    {
        var e = Error("running:\n  tue: easy 40min\nsessions:\n  - name: A\n    day: tue\n    exercises: []\n");

        (e.Line, e.Column).ShouldBe((3, 1));
        e.Reason.ShouldBe("a plan request has no sessions; did you mean runlift audit?");
    }

    [Fact]
    public void OtherRoutineSections_AreRefused() =>
        Error("runs:\n  - 2026-12-08 easy 40min\n").Reason.ShouldBe("'runs' is not part of a plan request; expected one of: units, athlete, running, races, plan");

    [Fact]
    public void SharedSections_ReportTheirErrorsAsRoutinesDo()
    {
        var e = Error("running:\n  tue: jogging 40min\n");

        (e.Line, e.Column).ShouldBe((2, 8));
        e.Reason.ShouldStartWith("unknown kind of run 'jogging'");
    }

    [Fact]
    public void EmptyFile_IsAnError() => Error("").Reason.ShouldStartWith("is empty");

    [Fact]
    public void Read_MissingFile_IsAnInputException() =>
        Should.Throw<InputException>(() => PlanRequestReader.Read("/nonexistent/request.yaml", Today)).Reason.ShouldBe("no such file");

    [Fact]
    public void Pounds_ApplyToBareNumbers() =>
        Parse("units: lb\nathlete:\n  bodyweight: 150\n").Athlete.Bodyweight!.Value.Pounds.ShouldBe(150, 1e-9);
}
