namespace RunLift.Cli.Tests;

/// <summary>One bad row of an export is reported and skipped; <c>--strict</c> refuses the export, as before.</summary>
public sealed class BadRowsTests : IDisposable
{
    // A Strong export in its comma form with a weight typed as a word in row 3.
    private const string StrongExport = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE
        2026-11-24 17:36:08,"B",35m,"Squat (Barbell)",1,100.0,5.0,0,0.0,
        2026-11-24 17:36:08,"B",35m,"Squat (Barbell)",2,heavy,5.0,0,0.0,
        2026-11-24 17:36:08,"B",35m,"Squat (Barbell)",3,100.0,5.0,0,0.0,
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("runlift-rows-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Audit_ExportWithABadRow_ReportsTheRowAndAuditsTheRest()
    {
        var path = Path.Combine(_folder, "strong.csv");
        File.WriteAllText(path, StrongExport);

        var result = Cli.Run("audit", path, "--format", "json", "--fail-on", "never");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Err.ShouldContain($"skipped {path}:3: row skipped: ");
        result.Err.ShouldContain("expected the weight (a number), found 'heavy'");
        System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("summary").GetProperty("workingSets").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Audit_ExportWithABadRow_Strict_RefusesItAtTheRow()
    {
        var path = Path.Combine(_folder, "strong.csv");
        File.WriteAllText(path, StrongExport);

        var result = Cli.Run("audit", path, "--strict");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith($"{path}:3:");
    }
}
