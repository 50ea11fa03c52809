using System.Text.Json;
using RunLift.Catalog;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>
/// The example plan requests in <c>examples/plan-*.yaml</c> (docs/plans.md): each plans in every format, its plan
/// audits clean, and each shows what it is there to show.
/// </summary>
public sealed class PlanExamplesTests : IDisposable
{
    private static readonly string[] Formats = ["yaml", "json", "markdown", "ics"];

    // The run kinds the auditor treats as key runs (formats.md: the running week's kinds).
    private static readonly HashSet<string> KeyRunKinds = ["long", "intervals", "tempo", "threshold", "hills", "fartlek", "race-pace", "race"];

    private static readonly HashSet<string> LowerBodyPatterns = ["squat", "hinge", "single-leg", "olympic"];

    private readonly string folder = Directory.CreateTempSubdirectory("runlift-plan-examples-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Requests()
    {
        var names = Directory.GetFiles(RepositoryFiles.PathOf("examples"), "plan-*.yaml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();
        names.ShouldNotBeEmpty();
        return [.. names];
    }

    private static string Example(string name) => RepositoryFiles.PathOf(Path.Combine("examples", name));

    private static JsonElement PlanJson(string name)
    {
        var result = Cli.Run("plan", Example(name), "--format", "json");
        result.ExitCode.ShouldBe(0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static IEnumerable<JsonElement> Exercises(JsonElement plan) =>
        plan.GetProperty("sessions").EnumerateArray().SelectMany(s => s.GetProperty("exercises").EnumerateArray());

    [Fact]
    public void TheFourExamplesAreThere() =>
        Requests().Select(r => (string)r.Data).ShouldBe(
            ["plan-10k-then-marathon.yaml", "plan-key-runs-every-other-day.yaml", "plan-marathoner.yaml", "plan-new-lifter-5k-home.yaml", "plan-rehab-no-race.yaml"],
            ignoreOrder: true);

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plans_InEveryFormat(string name)
    {
        foreach (var format in Formats)
        {
            var result = Cli.Run("plan", Example(name), "--format", format);

            result.ExitCode.ShouldBe(0, $"{format}: {result.Err}");
            result.Out.ShouldNotBeEmpty(format);
            result.Err.ShouldNotContain("self-check error", customMessage: format);
            result.Err.ShouldNotContain("self-check warning", customMessage: format);
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Plans_AsGarminWorkouts_OneFilePerSession(string name)
    {
        var watch = Path.Combine(folder, "watch");

        var result = Cli.Run("plan", Example(name), "--format", "fit", "--out", watch);

        result.ExitCode.ShouldBe(0, result.Err);
        var sessions = PlanJson(name).GetProperty("sessions").GetArrayLength();
        Directory.GetFiles(watch, "*.fit").Length.ShouldBe(sessions);
        result.Out.ShouldEndWith($"{sessions} Garmin workouts written to {watch}.\n");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void YamlPlan_AuditsWithNoErrorsOrWarnings_OverAllItsWeeks(string name)
    {
        var plan = Cli.Run("plan", Example(name));
        plan.ExitCode.ShouldBe(0, plan.Err);
        var path = Path.Combine(folder, "plan.yaml");
        File.WriteAllText(path, plan.Out);

        var audit = Cli.Run("audit", path, "--weeks", "52", "--format", "json");

        audit.ExitCode.ShouldBe(0, audit.Out + audit.Err);
        var summary = JsonDocument.Parse(audit.Out).RootElement.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBe(0, audit.Out);
        summary.GetProperty("warnings").GetInt32().ShouldBe(0, audit.Out);
        summary.GetProperty("sessions").GetInt32().ShouldBe(
            plan.Out.Split('\n').Count(l => l.StartsWith("- name: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void NewLifterAtHome_NoBarbell_AndOnlyPogoHopsWhileLearningTheLifts()
    {
        var plan = PlanJson("plan-new-lifter-5k-home.yaml");

        foreach (var exercise in Exercises(plan))
        {
            var id = exercise.GetProperty("id").GetString()!;
            ExerciseCatalog.Default.FindById(id)!.Equipment.ShouldNotContain("barbell", $"{id} needs a barbell");
        }

        // principles.md: 40–60 foot contacts a week in adaptation, as low-level hops; no box jumps, bounds or cleans.
        var adaptation = plan.GetProperty("sessions").EnumerateArray().Where(s => s.GetProperty("phase").GetString() == "adaptation").ToList();
        adaptation.ShouldNotBeEmpty();
        foreach (var session in adaptation)
        {
            session.GetProperty("exercises").EnumerateArray()
                .Where(e => e.GetProperty("pattern").GetString() is "plyometric" or "olympic")
                .Select(e => e.GetProperty("id").GetString())
                .ShouldAllBe(id => id == "pogo-hops", session.GetProperty("date").GetString());
        }
    }

    [Fact]
    public void Rehab_NoUnstableSurface_AndTheNotesSayRehab()
    {
        var plan = PlanJson("plan-rehab-no-race.yaml");

        foreach (var exercise in Exercises(plan))
        {
            var name = exercise.GetProperty("name").GetString()!;
            ExerciseCatalog.Default.FindById(exercise.GetProperty("id").GetString()!)!.Unstable.ShouldBeNull(name);
            ExerciseCatalog.Default.Resolve(name).UnstableDevice.ShouldBeNull(name);
        }

        plan.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!)
            .ShouldContain(n => n.Contains("rehab", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void KeyRunsEveryOtherDay_NoHeavyLegsTheDayBeforeAKeyRun()
    {
        var plan = PlanJson("plan-key-runs-every-other-day.yaml");
        var keyRunDays = plan.GetProperty("runs").EnumerateArray()
            .Where(r => KeyRunKinds.Contains(r.GetProperty("kind").GetString()!))
            .Select(r => DateOnly.Parse(r.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(plan.GetProperty("races").EnumerateArray()
                .Select(r => DateOnly.Parse(r.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToHashSet();
        keyRunDays.ShouldNotBeEmpty();

        var heavySessions = 0;
        foreach (var session in plan.GetProperty("sessions").EnumerateArray())
        {
            if (HeavyLowerBodySets(session) < 2)
            {
                continue;
            }

            heavySessions++;
            var date = DateOnly.Parse(session.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            keyRunDays.ShouldNotContain(date.AddDays(1), $"{session.GetProperty("name").GetString()} on {date:yyyy-MM-dd} is heavy the day before a key run");
        }

        // The check means something only if the plan does lift heavy.
        heavySessions.ShouldBeGreaterThan(0);
    }

    /// <summary>Sets at ≥ 80 % 1RM, or at RPE ≥ 7 for 6 reps or fewer, of squat, hinge, single-leg or Olympic lifts.</summary>
    private static int HeavyLowerBodySets(JsonElement session) => session.GetProperty("exercises").EnumerateArray()
        .Where(e => LowerBodyPatterns.Contains(e.GetProperty("pattern").GetString()!))
        .SelectMany(e => e.GetProperty("sets").EnumerateArray())
        .Count(set =>
        {
            var load = set.GetProperty("load");
            var percent = load.TryGetProperty("percent1RM", out var p) ? p.GetDouble() : 0;
            var rpe = load.TryGetProperty("rpe", out var r) ? r.GetDouble() : 0;
            var reps = set.TryGetProperty("reps", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : int.MaxValue;
            return percent >= 80 || (rpe >= 7 && reps <= 6);
        });
}
