using RunLift.Auditing;

namespace RunLift.Tests.Auditing;

public sealed class VerdictTests
{
    [Theory]
    [InlineData(0, 0, 0, Verdict.Good)]
    [InlineData(0, 0, 3, Verdict.Good)]
    [InlineData(0, 5, 0, Verdict.WorthFixing)]
    [InlineData(0, 1, 2, Verdict.WorthFixing)]
    [InlineData(1, 0, 0, Verdict.NeedsWork)]
    [InlineData(1, 5, 2, Verdict.NeedsWork)]
    public void Of_ErrorsNeedWork_WarningsAloneAreWorthFixing_SuggestionsAloneAreGood(int errors, int warnings, int infos, Verdict expected)
    {
        var report = new AuditReport([], null, new AuditSummary(errors, warnings, infos, 0, 0), []);

        report.Verdict.ShouldBe(expected);
        Verdicts.Of(errors, warnings).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Verdict.NeedsWork, "Needs work", "needs-work")]
    [InlineData(Verdict.WorthFixing, "Worth fixing", "worth-fixing")]
    [InlineData(Verdict.Good, "Good", "good")]
    public void EachVerdict_HasItsWordsAndItsName(Verdict verdict, string words, string name)
    {
        verdict.Words().ShouldBe(words);
        verdict.Name().ShouldBe(name);
    }

    [Fact]
    public void All_IsEveryVerdict_WorstFirst()
    {
        Verdicts.All.ShouldBe([Verdict.NeedsWork, Verdict.WorthFixing, Verdict.Good]);
        Verdicts.All.ShouldBe(Enum.GetValues<Verdict>().OrderDescending(), ignoreOrder: false);
    }
}
