using System.Text.Json;
using RunLift.Auditing;
using RunLift.Formats.Reports;

namespace RunLift.Formats.Tests.Reports;

/// <summary>Every report gives the audit's verdict in the same words: the text's and Markdown's summary line, and JSON's <c>verdict</c>.</summary>
public sealed class VerdictReportTests
{
    [Theory]
    [InlineData(0, 0, 0, "Good", "good")]
    [InlineData(0, 0, 2, "Good", "good")]
    [InlineData(0, 3, 1, "Worth fixing", "worth-fixing")]
    [InlineData(1, 0, 0, "Needs work", "needs-work")]
    public void EachReport_LeadsItsSummaryWithTheVerdict(int errors, int warnings, int infos, string words, string name)
    {
        var report = new AuditReport(["log.csv"], null, new AuditSummary(errors, warnings, infos, 1, 1), []);

        TextReport.Render(report, colour: false).Split('\n')[1].ShouldStartWith($"{words} · {errors} error");
        MarkdownReport.Render(report).ShouldContain($"\n**{words}** · {errors} error");
        JsonDocument.Parse(JsonReport.ToJson(report)).RootElement.GetProperty("verdict").GetString().ShouldBe(name);
    }

    [Fact]
    public void TheCounts_AreInTheSingular_ForOne()
    {
        var report = new AuditReport(["log.csv"], new AuditWindow(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), 1), new AuditSummary(1, 1, 1, 1, 1), []);

        ReportVocabulary.Summary(report).ShouldBe("1 error, 1 warning, 1 suggestion · 1 session, 1 working set over 1 week (2026-11-02 to 2026-11-08)");
    }
}
