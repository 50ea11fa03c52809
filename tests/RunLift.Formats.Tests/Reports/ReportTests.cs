using System.Text.Json;
using RunLift.Auditing;
using RunLift.Formats.Reports;
using RunLift.Testing;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Formats.Tests.Reports;

public sealed class ReportTests
{
    private static readonly AuditReport Split = new Auditor(TestCatalog.Instance).Audit(Weekly(
        On(DayOfWeek.Monday, "Chest (*heavy*)", Lift("Bench Press", 4, 8), Lift("Chest Fly", 4, 12, failure: true)),
        On(DayOfWeek.Thursday, "Legs", Lift("Leg Extension", 4, 12))));

    private static readonly AuditReport Clean = new Auditor(TestCatalog.Instance).Audit(GoodWeek());

    [Fact]
    public void Text_GroupsFindingsByMistakeInPrinciplesOrder()
    {
        var text = TextReport.Render(Split, colour: false);

        text.IndexOf("Mistake 1: lifting like a bodybuilder", StringComparison.Ordinal)
            .ShouldBeLessThan(text.IndexOf("Train the entire body", StringComparison.Ordinal));
        text.ShouldContain("✖ error   RL105 body-part-split");
        text.ShouldContain("Swap: Chest Fly → Push-Up / Bench Press");
        text.ShouldNotContain("\e[");
    }

    [Fact]
    public void Text_ColourOnlyWhenAsked() => TextReport.Render(Split, colour: true).ShouldContain("\e[31m✖ error");

    [Fact]
    public void Text_CleanTrainingSaysSo() => TextReport.Render(Clean, colour: false).ShouldContain("No findings");

    [Fact]
    public void Markdown_EscapesNamesFromApps()
    {
        var markdown = MarkdownReport.Render(Split);

        markdown.ShouldStartWith("# RunLift audit: test.yaml");
        markdown.ShouldContain("Chest (\\*heavy\\*)");
        markdown.ShouldContain("### error: RL105 body-part-split");
    }

    [Fact]
    public void Json_HasTheContractFields()
    {
        var root = JsonDocument.Parse(JsonReport.ToJson(Split)).RootElement;

        root.GetProperty("source")[0].GetString().ShouldBe("test.yaml");
        root.GetProperty("window").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(Split.Summary.Errors);
        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("id").GetString() == "RL105");
        finding.GetProperty("name").GetString().ShouldBe("body-part-split");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("mistake").GetString().ShouldBe("bodybuilder");
        finding.GetProperty("evidence")[0].GetProperty("day").GetString().ShouldBe("mon");
        finding.TryGetProperty("weeks", out _).ShouldBeFalse();
    }

    [Fact]
    public void Json_LogHasWindowAndWeeks()
    {
        var log = Log(On(new DateOnly(2026, 11, 2), "Chest", WholeBodyHeavy()), On(new DateOnly(2026, 11, 9), "Chest", WholeBodyHeavy()));
        var root = JsonDocument.Parse(JsonReport.ToJson(new Auditor(TestCatalog.Instance).Audit(log))).RootElement;

        root.GetProperty("window").GetProperty("from").GetString().ShouldBe("2026-11-02");
        root.GetProperty("window").GetProperty("to").GetString().ShouldBe("2026-11-15");
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RL105");
        finding.GetProperty("weeks").GetInt32().ShouldBe(2);
        finding.GetProperty("evidence")[0].GetProperty("date").GetString().ShouldBe("2026-11-09");
    }

    [Fact]
    public void Text_ControlCharactersFromFiles_NeverReachTheTerminal()
    {
        var report = new Auditor(TestCatalog.Instance).Audit(Weekly(
            On(DayOfWeek.Monday, "Legs\e]0;owned\a\e[2J", Lift("Leg Extension\e[31m", 4, 12), Lift("Chest Fly", 4, 12, failure: true))));

        var text = TextReport.Render(report, colour: false);

        text.ShouldNotContain("\e");
        text.ShouldNotContain("\a");
        text.ShouldContain("Legs?]0;owned??[2J");
    }
}
