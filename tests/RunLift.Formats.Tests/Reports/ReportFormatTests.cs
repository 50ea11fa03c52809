using RunLift.Auditing;
using RunLift.Formats.Reports;
using RunLift.Testing;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Formats.Tests.Reports;

public sealed class ReportFormatTests
{
    private static readonly AuditReport Split = new Auditor(TestCatalog.Instance).Audit(Weekly(
        On(DayOfWeek.Monday, "Chest", Lift("Bench Press", 4, 8), Lift("Chest Fly", 4, 12, failure: true)),
        On(DayOfWeek.Thursday, "Legs", Lift("Leg Extension", 4, 12))));

    [Fact]
    public void Names_AreTheCommandLinesWords()
    {
        ReportFormats.All.Select(f => f.Name()).ShouldBe(["text", "json", "markdown"]);
        FailOnLevels.All.Select(l => l.Name()).ShouldBe(["error", "warning", "never"]);
        FailOnLevels.Default.ShouldBe(FailOn.Error);
    }

    [Fact]
    public void TryParse_TakesExactlyTheNames()
    {
        foreach (var format in ReportFormats.All)
        {
            ReportFormats.TryParse(format.Name(), out var read).ShouldBeTrue();
            read.ShouldBe(format);
        }

        foreach (var level in FailOnLevels.All)
        {
            FailOnLevels.TryParse(level.Name(), out var read).ShouldBeTrue();
            read.ShouldBe(level);
        }

        ReportFormats.TryParse("JSON", out _).ShouldBeFalse();
        ReportFormats.TryParse("md", out _).ShouldBeFalse();
        FailOnLevels.TryParse("info", out _).ShouldBeFalse();
        FailOnLevels.TryParse(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Write_IsTheReportsRendering()
    {
        string Written(ReportFormat format, bool colour)
        {
            using var output = new StringWriter();
            format.Write(Split, output, colour);
            return output.ToString();
        }

        Written(ReportFormat.Text, colour: true).ShouldBe(TextReport.Render(Split, colour: true));
        Written(ReportFormat.Json, colour: true).ShouldBe(JsonReport.ToJson(Split) + Environment.NewLine);
        Written(ReportFormat.Markdown, colour: true).ShouldBe(MarkdownReport.Render(Split));
    }

    [Theory]
    [InlineData(0, 0, 0, FailOn.Error, false)]
    [InlineData(0, 1, 1, FailOn.Error, false)]
    [InlineData(1, 0, 0, FailOn.Error, true)]
    [InlineData(0, 0, 1, FailOn.Warning, false)]
    [InlineData(0, 1, 0, FailOn.Warning, true)]
    [InlineData(1, 0, 0, FailOn.Warning, true)]
    [InlineData(1, 1, 1, FailOn.Never, false)]
    public void Fails_AtOrAboveTheLevel(int errors, int warnings, int infos, FailOn level, bool fails)
    {
        var rule = new AuditRuleInfo("RL999", "test", Mistake.Data, "");
        Finding[] findings =
        [
            .. Enumerable.Repeat(new Finding(rule, Severity.Error, "", ""), errors),
            .. Enumerable.Repeat(new Finding(rule, Severity.Warning, "", ""), warnings),
            .. Enumerable.Repeat(new Finding(rule, Severity.Info, "", ""), infos),
        ];

        level.Fails(new AuditReport([], null, new AuditSummary(errors, warnings, infos, 0, 0), findings)).ShouldBe(fails);
    }
}
