using System.Text.Json;

namespace RunLift.Cli.Tests;

/// <summary><c>runlift plan</c>: formats, the default start, <c>--out</c>, and bad requests.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private const string Request = """
        units: kg
        athlete:
          experience: intermediate
          bodyweight: 62 kg
          maxes:
            Back Squat: 100 kg
            Deadlift: 5 x 110 kg
        running:
          tue: intervals 60min am
          thu: tempo 50min
          sun: long 2h
        races:
          - date: 2027-04-18
            distance: marathon
            priority: A
        plan:
          weeks: 16
          max-session-minutes: 45
          sessions-per-week: 2
          equipment: [barbell, rack, bench, dumbbells, kettlebell, box, pull-up bar, bands]
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("runlift-plan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string text, string name = "request.yaml")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("plan:\n  weeks: 60\n", ":2:10: plan.weeks must be between 1 and 52, not 60")]
    [InlineData("plan:\n  sessions-per-week: 4\n", ":2:22: plan.sessions-per-week must be at most 3, not 4")]
    [InlineData("plan:\n  max-session-minutes: 15\n", ":2:24: plan.max-session-minutes must be at least 25")]
    [InlineData("plan:\n  equipment: [trx]\n", ":2:15: unknown equipment 'trx'; expected one of: ")]
    [InlineData("plan:\n  start: 2026-12-07\nraces:\n  - { date: 2026-11-01, distance: 10k, priority: C }\n", ":4:13: races[0].date: 2026-11-01 is before the plan starts (2026-12-07)")]
    [InlineData("sessions: []\n", ":1:1: a plan request has no sessions; did you mean runlift audit?")]
    [InlineData("plan:\n  wekes: 4\n", ":2:3: unknown key 'wekes' in plan")]
    public void BadRequest_Exits2WithThePositionAndNothingOnStdout(string request, string message)
    {
        var path = Write(request);

        var result = Cli.Run("plan", path);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith(path + message);
    }

    [Fact]
    public void MissingRequest_Exits2()
    {
        var result = Cli.Run("plan", Path.Combine(folder, "nope.yaml"));

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldContain("nope.yaml: no such file");
    }

    [Fact]
    public void UnknownFormat_Exits2() => Cli.Run("plan", Write(Request), "--format", "pdf").ExitCode.ShouldBe(2);

    [Fact]
    public void BadRequest_WithOut_LeavesTheExistingFileAlone()
    {
        var output = Write("the previous plan", "plan.yaml");

        var result = Cli.Run("plan", Write("plan:\n  weeks: 99\n"), "--out", output);

        result.ExitCode.ShouldBe(2);
        File.ReadAllText(output).ShouldBe("the previous plan");
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["plan.yaml", "request.yaml"], ignoreOrder: true);
    }

    [Fact]
    public void BadRequest_WithOut_CreatesNoFile()
    {
        var output = Path.Combine(folder, "plan.ics");

        Cli.Run("plan", Write("plan:\n  weeks: 0\n"), "--out", output, "--format", "ics").ExitCode.ShouldBe(2);

        File.Exists(output).ShouldBeFalse();
        Directory.GetFiles(folder).Length.ShouldBe(1);
    }

    [Fact]
    public void Help_ListsThePlanCommand() => Cli.Run("--help").Out.ShouldContain("plan");

    [Fact]
    public void Yaml_IsTheDefault_AndAuditsWithNoErrorsOrWarnings()
    {
        var result = Cli.Run("plan", Write(Request));

        result.ExitCode.ShouldBe(0, result.Err);
        result.Err.ShouldBeEmpty();
        result.Out.ShouldContain("sessions:");
        var plan = Write(result.Out, "plan.yaml");
        var audit = Cli.Run("audit", plan, "--fail-on", "warning", "--format", "json");
        audit.ExitCode.ShouldBe(0, audit.Out + audit.Err);
    }

    [Fact]
    public void Json_AuditsWithNoErrorsOrWarnings()
    {
        var result = Cli.Run("plan", Write(Request), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Err);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("sessions").GetArrayLength().ShouldBeGreaterThan(0);
        json.GetProperty("sessions")[0].GetProperty("estimatedMinutes").GetInt32().ShouldBeInRange(20, 45);
        json.GetProperty("weeks").GetArrayLength().ShouldBe(16);
        var audit = Cli.Run("audit", Write(result.Out, "plan.json"), "--fail-on", "warning");
        audit.ExitCode.ShouldBe(0, audit.Out + audit.Err);
    }

    [Fact]
    public void DefaultStart_IsTheMondayAfterToday()
    {
        // Cli.Now is Wednesday 2 December 2026.
        var result = Cli.Run("plan", Write("running:\n  sun: long 90min\nplan:\n  weeks: 4\n"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Err);
        JsonDocument.Parse(result.Out).RootElement.GetProperty("weeks")[0].GetProperty("start").GetString().ShouldBe("2026-12-07");
    }

    [Fact]
    public void Markdown_IsAPrintablePlan()
    {
        var result = Cli.Run("plan", Write(Request), "--format", "markdown");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldStartWith("# RunLift strength plan:");
        result.Out.ShouldContain("## Week 16:");
        result.Out.ShouldContain("| exercise | sets × reps | load | rest |");
    }

    [Fact]
    public void Ics_HasOneEventPerSessionStampedWithTheInjectedClock()
    {
        var yaml = Cli.Run("plan", Write(Request));
        var ics = Cli.Run("plan", Write(Request), "--format", "ics");

        ics.ExitCode.ShouldBe(0, ics.Err);
        ics.Out.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.Out.ShouldContain("DTSTAMP:20261202T090000Z\r\n");
        var sessions = yaml.Out.Split('\n').Count(l => l.StartsWith("- name: ", StringComparison.Ordinal));
        ics.Out.Split("\r\n").Count(l => l == "BEGIN:VEVENT").ShouldBe(sessions);
    }

    [Fact]
    public void Out_WritesTheFileReplacingThePreviousOneAndPrintsNothing()
    {
        var output = Write("the previous plan", "plan.yaml");

        var result = Cli.Run("plan", Write(Request), "--out", output);

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldBeEmpty();
        File.ReadAllText(output).ShouldBe(Cli.Run("plan", Write(Request)).Out);
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["plan.yaml", "request.yaml"], ignoreOrder: true);
    }

    [Fact]
    public void Fit_WithoutOut_IsAUsageError_AndPrintsNothing()
    {
        var result = Cli.Run("plan", Write(Request), "--format", "fit");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith("runlift: --format fit writes one Garmin workout file per session: give the folder to write them to with --out DIR.");
    }

    [Fact]
    public void Fit_WritesOneWorkoutPerSession_IntoTheFolderItCreates_AndListsThem()
    {
        var watch = Path.Combine(folder, "garmin", "workouts");

        var result = Cli.Run("plan", Write(Request), "--format", "fit", "--out", watch);

        result.ExitCode.ShouldBe(0, result.Err);
        result.Err.ShouldBeEmpty();
        Snapshot.Match("plan-fit.txt", result.Out.Replace(watch, "OUT", StringComparison.Ordinal));
        var sessions = Cli.Run("plan", Write(Request)).Out.Split('\n').Count(l => l.StartsWith("- name: ", StringComparison.Ordinal));
        var files = Directory.GetFiles(watch);
        files.Length.ShouldBe(sessions);
        files.Where(f => !f.EndsWith(".fit", StringComparison.Ordinal) || !IsFit(f)).ShouldBeEmpty();
        result.Out.ShouldEndWith($"{sessions} Garmin workouts written to {watch}.\n");
    }

    [Fact]
    public void Fit_ReplacesTheFilesOfTheSameSessions_AndLeavesOtherFilesAlone()
    {
        var watch = Directory.CreateDirectory(Path.Combine(folder, "watch")).FullName;
        File.WriteAllText(Path.Combine(watch, "2026-12-08-adaptation-a.fit"), "an older plan's session");
        File.WriteAllText(Path.Combine(watch, "notes.txt"), "mine");

        var result = Cli.Run("plan", Write(Request), "--format", "fit", "--out", watch);

        result.ExitCode.ShouldBe(0, result.Err);
        IsFit(Path.Combine(watch, "2026-12-08-adaptation-a.fit")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(watch, "notes.txt")).ShouldBe("mine");
        Directory.GetFiles(watch).ShouldAllBe(f => !f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_BadRequest_WritesNothing()
    {
        var watch = Path.Combine(folder, "watch");

        var result = Cli.Run("plan", Write("plan:\n  weeks: 0\n"), "--format", "fit", "--out", watch);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        Directory.Exists(watch).ShouldBeFalse();
    }

    [Fact]
    public void Fit_OutNamingAFile_Exits2()
    {
        var file = Write("not a folder", "watch");

        var result = Cli.Run("plan", Write(Request), "--format", "fit", "--out", file);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith(file + ": cannot be written: ");
        File.ReadAllText(file).ShouldBe("not a folder");
    }

    private static bool IsFit(string path) => File.ReadAllBytes(path).AsSpan(8, 4).SequenceEqual(".FIT"u8);
}
