using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class UnstableAndCoverageRuleTests
{
    [Fact]
    public void UnstableMainLift_BosuSquat_IsErrorWithStableSwaps()
    {
        var finding = Audit.Single("RL301", Weekly(On(DayOfWeek.Monday, "A", Lift("BOSU Squat", 3, 10), Lift("Back Squat", 3, 5, percent: 85))));

        finding.Severity.ShouldBe(Severity.Error);
        finding.Evidence.ShouldHaveSingleItem().Detail.ShouldBe("on a bosu");
        finding.Swaps.ShouldHaveSingleItem().To.ShouldBe(["Goblet Squat", "Back Squat"]);
    }

    [Fact]
    public void UnstableMainLift_Rehab_IsInfo() =>
        Audit.Single("RL301", Weekly(On(DayOfWeek.Monday, "A", Lift("Stability Ball Chest Press", 3, 10))) with { Athlete = new Athlete { Rehab = true } })
            .Severity.ShouldBe(Severity.Info);

    [Fact]
    public void UnstableMainLift_CoreWorkOnABall_IsNotAMainLift() =>
        Audit.None("RL301", Weekly(On(DayOfWeek.Monday, "A", Lift("Stability Ball Crunch", 2, 10), Lift("Back Squat", 8, 5))));

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, Severity.Warning)]
    public void UnstableShare_OfTenSets(int unstable, Severity? expected)
    {
        var findings = Audit.Rule("RL302", Weekly(On(DayOfWeek.Monday, "A", Lift("Stability Ball Crunch", unstable, 10), Lift("Back Squat", 10 - unstable, 5))));

        findings.Count.ShouldBe(expected is null ? 0 : 1);
        findings.SingleOrDefault()?.Severity.ShouldBe(expected!.Value);
    }

    [Fact]
    public void UnstableShare_Rehab_IsInfo() =>
        Audit.Single("RL302", Weekly(On(DayOfWeek.Monday, "A", Lift("Stability Ball Crunch", 5, 10), Lift("Back Squat", 5, 5))) with { Athlete = new Athlete { Rehab = true } })
            .Severity.ShouldBe(Severity.Info);

    [Fact]
    public void MovementCoverage_EachMissingPattern_IsReported()
    {
        var findings = Audit.Rule("RL401", Weekly(On(DayOfWeek.Monday, "A", Lift("Leg Extension", 3, 10))));

        findings.Select(f => (f.Message, f.Severity)).ShouldBe(
        [
            ("No squat or single-leg work in the week.", Severity.Warning),
            ("No hinge work in the week.", Severity.Warning),
            ("No push or pull work in the week.", Severity.Warning),
            ("No calf/soleus work in the week.", Severity.Info),
            ("No core/anti-rotation work in the week.", Severity.Info),
        ], ignoreOrder: true);
    }

    [Fact]
    public void MovementCoverage_SingleLegCountsForSquatAndPullForUpperBody()
    {
        var findings = Audit.Rule("RL401", Weekly(On(DayOfWeek.Monday, "A",
            Lift("Step-Up", 3, 6, perSide: true), Lift("Deadlift", 3, 5), Lift("Pull-Up", 3, 5), Lift("Calf Raise", 3, 10), Lift("Plank", 3, 1))));

        findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void MovementCoverage_AnExportsLastWeek_IsJudgedOnlyWhenTheLogCoversItWhole(bool whole, int findings)
    {
        // Exported on a Wednesday: Monday's session had no hinge, and Thursday's might have.
        var monday = new DateOnly(2026, 10, 5);
        var log = Log(
            On(monday, "A", WholeBodyHeavy()),
            On(monday.AddDays(3), "B", WholeBodyHeavy()),
            On(monday.AddDays(7), "A", [.. WholeBodyHeavy().Where(e => e.Name != "Romanian Deadlift")]));

        Audit.Rule("RL401", whole ? log.WholeWeeks() : log).Count(f => f.Message.StartsWith("No hinge", StringComparison.Ordinal)).ShouldBe(findings);
    }

    [Fact]
    public void MovementCoverage_InALog_CountsWeeks()
    {
        var monday = new DateOnly(2026, 10, 5);
        var log = Log(
            On(monday, "A", WholeBodyHeavy()),
            On(monday.AddDays(7), "B", [.. WholeBodyHeavy().Where(e => e.Name != "Romanian Deadlift")]),
            On(monday.AddDays(14), "C", [.. WholeBodyHeavy().Where(e => e.Name != "Romanian Deadlift")]));

        var finding = Audit.Single("RL401", log.WholeWeeks());

        finding.Message.ShouldBe("No hinge work in the week. Seen in 2 of the last 3 weeks.");
        finding.Weeks.ShouldBe(2);
    }
}
