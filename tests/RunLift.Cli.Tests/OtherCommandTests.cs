using System.Text.Json;

namespace RunLift.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Catalog_Query_FindsTheExercise()
    {
        var result = Cli.Run("catalog", "back squat");

        result.ExitCode.ShouldBe(0);
        result.Out.Split('\n')[0].ShouldStartWith("back-squat");
    }

    [Fact]
    public void Catalog_Json_ListsEveryEntryWithItsClassification()
    {
        var entries = JsonDocument.Parse(Cli.Run("catalog", "--format", "json").Out).RootElement.EnumerateArray().ToList();

        entries.Count.ShouldBeGreaterThan(500);
        var squat = entries.Single(e => e.GetProperty("id").GetString() == "back-squat");
        squat.GetProperty("pattern").GetString().ShouldBe("squat");
        squat.GetProperty("mechanic").GetString().ShouldBe("compound");
    }

    [Fact]
    public void Catalog_NoMatch_SaysSo() => Cli.Run("catalog", "zzzzqqq").Out.ShouldContain("No exercise matches");

    [Fact]
    public void Rules_ListsEveryRule() =>
        Cli.Run("rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(20);

    [Fact]
    public void Help_PrintsUsage()
    {
        var result = Cli.Run("--help");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("audit");
        result.Out.ShouldContain("catalog");
    }
}
