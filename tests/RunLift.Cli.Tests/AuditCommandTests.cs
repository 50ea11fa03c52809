using System.Text.Json;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

public sealed class AuditCommandTests
{
    private static string Example(string name) => RepositoryFiles.PathOf(Path.Combine("examples", name));

    private static string[] FindingIds(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];

    /// <summary>A routine with warnings and no error: one session of 80 minutes.</summary>
    private const string Warnings = "athlete:\n  experience: novice\nsessions:\n  - name: A\n    day: mon\n    duration: 80min\n    exercises:\n      - Back Squat 4x5 @ 85% rest 3min\n      - Romanian Deadlift 3x6 @ RPE 8 rest 2min\n      - Push-Up 3x10\n      - Pull-Up 3x5 @ RPE 8 rest 2min\n      - Calf Raise 3x10\n      - Plank 3x30s\n";

    private static string TempFile(string name, string content)
    {
        var directory = Directory.CreateTempSubdirectory("runlift-cli-");
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Audit_CancelledAsByCtrlC_Is130AndPrintsNothing()
    {
        var export = TempFile("hevy.csv", SyntheticHevyExport.Create(sessions: 200));
        using var pressed = new CancellationTokenSource();
        pressed.Cancel();

        var result = Cli.Run(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), pressed.Token, "audit", export);

        result.ExitCode.ShouldBe(130);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe("runlift audit: cancelled.\n");
    }

    [Fact]
    public void Audit_OverTheReadLimits_Is2AndNamesTheLimit()
    {
        var bomb = TempFile("exports.zip", "");
        File.WriteAllBytes(bomb, HostileInputs.ZipOfHevyExports(6));

        var result = Cli.Run("audit", bomb);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe($"{bomb}/hevy-4.csv: holds more than 250,000 sets in all (the limit for one read); send less at a time\n");
    }

    [Fact]
    public void Audit_GoodRunnerExample_IsClean()
    {
        var result = Cli.Run("audit", Example("good-runner.yaml"));

        result.ExitCode.ShouldBe(0, result.Out + result.Err);
        result.Err.ShouldBeEmpty();
        result.Out.ShouldContain("No findings");
    }

    [Fact]
    public void Audit_BodybuilderSplit_FailsWithTheBodybuilderFindings()
    {
        var result = Cli.Run("audit", Example("bodybuilder-split.yaml"), "--format", "json");

        result.ExitCode.ShouldBe(1);
        FindingIds(result.Out).ShouldContain("RL101");
        FindingIds(result.Out).ShouldContain("RL103");
        FindingIds(result.Out).ShouldContain("RL104");
        FindingIds(result.Out).ShouldContain("RL105");
        Snapshot.Match("bodybuilder-split.json", result.Out);
    }

    [Fact]
    public void Audit_HighRepCircuit_IsFlaggedForEnduranceLifting()
    {
        var result = Cli.Run("audit", Example("high-rep-circuit.yaml"), "--format", "json");

        result.ExitCode.ShouldBe(1);
        FindingIds(result.Out).ShouldContain("RL201");
        FindingIds(result.Out).ShouldContain("RL202");
        FindingIds(result.Out).ShouldContain("RL203");
    }

    [Fact]
    public void Audit_UnstableSurfaces_IsFlaggedWithStableSwaps()
    {
        var result = Cli.Run("audit", Example("unstable-surfaces.yaml"), "--format", "json");

        result.ExitCode.ShouldBe(1);
        var finding = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "RL301");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("swaps").GetArrayLength().ShouldBeGreaterThan(0);
        Snapshot.Match("unstable-surfaces.txt", Cli.Run("audit", Example("unstable-surfaces.yaml")).Out);
    }

    [Fact]
    public void Audit_Markdown_IsADocument() =>
        Cli.Run("audit", Example("bodybuilder-split.yaml"), "--format", "markdown").Out.ShouldStartWith("# RunLift audit:");

    [Theory]
    [InlineData("never", 0)]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    public void Audit_FailOn_SetsTheExitCode(string failOn, int expected) =>
        Cli.Run("audit", Example("bodybuilder-split.yaml"), "--fail-on", failOn).ExitCode.ShouldBe(expected);

    [Fact]
    public void Audit_FailOnWarning_CatchesWarningsOnly()
    {
        var path = TempFile("warn.yaml", Warnings);

        Cli.Run("audit", path).ExitCode.ShouldBe(0);
        Cli.Run("audit", path, "--fail-on", "warning").ExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("none", "Good · 0 errors, 0 warnings, 0 suggestions", "good")]
    [InlineData("suggestions", "Good · 0 errors, 0 warnings, 1 suggestion", "good")]
    [InlineData("warnings", "Worth fixing · 0 errors, 1 warning, 1 suggestion", "worth-fixing")]
    [InlineData("an error", "Needs work · 1 error, 2 warnings, 1 suggestion", "needs-work")]
    public void Audit_Verdict_LeadsTheSummary_AndIsTheJsonVerdict(string findings, string summary, string verdict)
    {
        var good = File.ReadAllText(Example("good-runner.yaml"));
        var path = findings switch
        {
            "none" => Example("good-runner.yaml"),
            "suggestions" => TempFile("unknown-name.yaml", good.Insert(good.IndexOf("exercises:\n", StringComparison.Ordinal) + "exercises:\n".Length, "      - Qwzx Blorp 2x5\n")),
            "warnings" => TempFile("warn.yaml", Warnings),
            _ => Example("unstable-surfaces.yaml"),
        };

        Cli.Run("audit", path).Out.Split('\n')[1].ShouldStartWith(summary + " · ");
        Cli.Run("audit", path, "--format", "markdown").Out.ShouldContain($"\n**{summary.Split(" · ")[0]}** · ");
        JsonDocument.Parse(Cli.Run("audit", path, "--format", "json").Out).RootElement.GetProperty("verdict").GetString().ShouldBe(verdict);
    }

    [Fact]
    public void Audit_BadInput_ReportsFileLineColumnAndPrintsNothing()
    {
        var path = TempFile("bad.yaml", "sessions:\n  - name: A\n    day: mon\n    exercises:\n      - Back Squat 4x5 @\n");

        var result = Cli.Run("audit", path, "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith($"{path}:5:");
    }

    [Fact]
    public void Audit_MissingFile_IsBadInput()
    {
        var result = Cli.Run("audit", "no-such-file.yaml");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldContain("no-such-file.yaml");
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("audit", "x.yaml", "--format", "pdf")]
    [InlineData("audit", "x.yaml", "--weeks", "0")]
    [InlineData("audit", "x.yaml", "--since", "yesterday")]
    [InlineData("audit", "x.yaml", "--bogus")]
    [InlineData("audit", "x.yaml", "--units", "stone")]
    public void Audit_BadCommandLine_IsExitCodeTwo(params string[] args)
    {
        var result = Cli.Run(args);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldNotBeEmpty();
    }

    [Fact]
    public void Audit_Config_SwitchesRulesOffAndMovesThresholds()
    {
        var config = TempFile("runlift.yaml", "rules:\n  RL105: off\n  RL101:\n    warning: 6\n    error: 7\n");

        var ids = FindingIds(Cli.Run("audit", Example("bodybuilder-split.yaml"), "--format", "json", "--config", config).Out);

        ids.ShouldNotContain("RL105");
        ids.ShouldNotContain("RL101");
        ids.ShouldContain("RL103");
    }

    [Fact]
    public void Audit_BadConfig_NamesTheProblem()
    {
        var config = TempFile("runlift.yaml", "rules:\n  RL101:\n    warnings: 6\n");

        var result = Cli.Run("audit", Example("bodybuilder-split.yaml"), "--config", config);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith($"{config}:3:5: unknown threshold 'warnings' for RL101");
    }

    [Fact]
    public void Audit_RealHevyExport_IsFlaggedAsBodybuilding()
    {
        // The whole log (a year of push/pull/legs with arm and chest days), not just the default last 8 weeks.
        var hevy = SharedFiles.Path("fixtures/csv/sample_hevy.csv");

        var result = Cli.Run("audit", hevy, "--format", "json", "--weeks", "520");

        result.ExitCode.ShouldBe(1);
        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("id").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("severity").GetString());
        findings["RL101"].ShouldBe("error");
        findings["RL103"].ShouldBe("error");
        findings["RL104"].ShouldBe("error");
        findings["RL105"].ShouldBe("error");
    }

    [Fact]
    public void Audit_RealHevyExport_LastEightWeeksAreStillASplit()
    {
        // The last 8 weeks are upper/lower and push/pull/legs days: push/pull/legs is a body-part split, an error.
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_hevy.csv"), "--format", "json");

        var root = JsonDocument.Parse(result.Out).RootElement;
        root.GetProperty("window").GetProperty("weeks").GetInt32().ShouldBe(8);
        var split = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RL105");
        split.GetProperty("severity").GetString().ShouldBe("error");
        split.GetProperty("weeks").GetInt32().ShouldBe(7);
        split.GetProperty("evidence")[0].GetProperty("detail").GetString().ShouldBe("named for pull");
    }

    [Fact]
    public void Audit_RealStrongExport_ReadsAndAudits()
    {
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_strong.csv"), "--format", "json", "--fail-on", "never");

        result.ExitCode.ShouldBe(0, result.Err);
        JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("sessions").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Audit_HevyExportWithRunningWeek_MergesBoth()
    {
        var result = Cli.Run("audit", SharedFiles.Path("fixtures/csv/sample_hevy.csv"), Example("running-week.yaml"), "--format", "json");

        var root = JsonDocument.Parse(result.Out).RootElement;
        root.GetProperty("source").GetArrayLength().ShouldBe(2);
        FindingIds(result.Out).ShouldContain("RL501");
    }
}
