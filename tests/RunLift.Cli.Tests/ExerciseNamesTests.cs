using System.Text.Json;
using System.Text.Json.Nodes;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>How the report says each name was read (formats.md, <c>exercises</c>), and <c>--names FILE</c> to correct it.</summary>
public sealed class ExerciseNamesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runlift-names-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The golden list: every name of the shared Hevy and Strong exports and how it is read.</summary>
    [Fact]
    public void Audit_RealExports_ListHowEachNameWasRead()
    {
        var hevy = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_hevy.csv"), "--format", "json", "--weeks", "520", "--fail-on", "never");
        var strong = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_strong.csv"), "--format", "json", "--weeks", "520", "--fail-on", "never");

        var lists = new JsonObject
        {
            ["sample_hevy.csv"] = JsonNode.Parse(hevy.Out)!["exercises"]!.DeepClone(),
            ["sample_strong.csv"] = JsonNode.Parse(strong.Out)!["exercises"]!.DeepClone(),
        };
        Snapshot.Match("real-export-exercises.json", lists.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    [Fact]
    public void Audit_RealHevyExport_ReadsAtLeast95PercentOfWorkingSets()
    {
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_hevy.csv"), "--format", "json", "--weeks", "520", "--fail-on", "never");

        var exercises = JsonDocument.Parse(result.Out).RootElement.GetProperty("exercises").EnumerateArray().ToList();
        var all = exercises.Sum(e => e.GetProperty("sets").GetInt32());
        // Read: a catalog entry, or conditioning (Hevy's "Warm Up"), which needs none.
        var read = exercises.Where(e => e.GetProperty("id").ValueKind == JsonValueKind.String || e.GetProperty("pattern").GetString() == "cardio")
            .Sum(e => e.GetProperty("sets").GetInt32());
        ((double)read / all).ShouldBeGreaterThanOrEqualTo(0.95, $"{read} of {all} working sets read");
    }

    [Fact]
    public void Audit_TextReport_ListsTheNamesReadByAGuess()
    {
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_hevy.csv"), "--weeks", "520", "--fail-on", "never");

        result.Out.ShouldContain("Names read as the closest catalog name (map a wrong one with --names FILE)");
        result.Out.ShouldContain("· Katana Triceps Extension → triceps-extension");
        result.Out.ShouldNotContain("· Squat (Barbell) →");
    }

    [Fact]
    public void Audit_NamesFile_ReadsTheUsersNamesAsTheyMapThem()
    {
        var log = Write("log.yaml", """
            sessions:
              - date: 2026-11-02
                name: Legs
                exercises:
                  - Zercher Lunge Thing 3x8 @ 40 kg
                  - Back Squat 3x5 @ 100 kg
            """);
        var names = Write("names.yaml", """
            # What my app calls them
            Zercher Lunge Thing: reverse-lunge
            """);

        var result = Cli.Run("audit", log, "--names", names, "--format", "json", "--fail-on", "never");

        result.ExitCode.ShouldBe(0, result.Err);
        var lunge = JsonDocument.Parse(result.Out).RootElement.GetProperty("exercises").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "Zercher Lunge Thing");
        lunge.GetProperty("id").GetString().ShouldBe("reverse-lunge");
        lunge.GetProperty("resolvedBy").GetString().ShouldBe("mapping");
        lunge.GetProperty("pattern").GetString().ShouldBe("single-leg");
        lunge.GetProperty("sets").GetInt32().ShouldBe(3);
        FindingIds(result.Out).ShouldNotContain("RL001");
    }

    [Fact]
    public void Audit_NamesFileWithAnIdNotInTheCatalog_SaysWhereAndWhatIsClose()
    {
        var log = Write("log.yaml", """
            sessions:
              - date: 2026-11-02
                name: Legs
                exercises:
                  - Back Squat 3x5 @ 100 kg
            """);
        var names = Write("names.yaml", """
            Zercher Lunge Thing: reverse-lunge
            My Squat: back-squats
            """);

        var result = Cli.Run("audit", log, "--names", names);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldContain($"{names}:2:");
        result.Err.ShouldContain("'back-squats' is not a catalog id");
        result.Err.ShouldContain("back-squat");
    }

    private static List<string> FindingIds(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
