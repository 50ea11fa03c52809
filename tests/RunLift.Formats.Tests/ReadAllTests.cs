using RunLift.Testing;

namespace RunLift.Formats.Tests;

public sealed class ReadAllTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("runlift-").FullName;

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void ExportPlusRunningWeek_Merge()
    {
        var running = Write("running.yaml", "running:\n  tue: intervals 60min am\n  sun: long 2h\n");

        var doc = TrainingFiles.ReadAll([SharedFiles.Path("fixtures/csv/sample_hevy.csv"), running]);

        doc.Sources.Count.ShouldBe(2);
        doc.Sessions.Count.ShouldBe(335);
        doc.RunningWeek.Count.ShouldBe(2);
        doc.IsDated.ShouldBeTrue();
    }

    [Fact]
    public void Streams_MergeAndRejectMixingLikeFiles()
    {
        using var routine = new MemoryStream("sessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n"u8.ToArray());
        using var log = new MemoryStream("sessions:\n  - date: 2026-01-05\n    exercises: [Back Squat 3x5]\n"u8.ToArray());
        using var running = new MemoryStream("running:\n  tue: intervals 60min am\n"u8.ToArray());

        var merged = TrainingFiles.ReadAll([("routine.yaml", routine), ("running.yaml", running)], ReadOptions.Default);
        routine.Position = 0;
        var e = Should.Throw<InputException>(() => TrainingFiles.ReadAll([("routine.yaml", routine), ("log.yaml", log)], ReadOptions.Default));

        merged.Sources.ShouldBe(["routine.yaml", "running.yaml"]);
        merged.RunningWeek.Count.ShouldBe(1);
        e.File.ShouldBe("log.yaml");
    }

    [Fact]
    public void WeeklyRoutineWithDatedLog_IsRejectedNamingTheSecondFile()
    {
        var routine = Write("routine.yaml", "sessions:\n  - day: mon\n    exercises: [Back Squat 3x5]\n");
        var log = Write("log.yaml", "sessions:\n  - date: 2026-01-05\n    exercises: [Back Squat 3x5]\n");

        var e = Should.Throw<InputException>(() => TrainingFiles.ReadAll([routine, log]));

        e.File.ShouldBe(log);
        e.Reason.ShouldContain("weekly routine");
    }

    [Fact]
    public void FirstBadFile_IsReported()
    {
        var good = Write("good.yaml", "name: ok\n");
        var bad = Write("bad.yaml", "sessions:\n  - day: someday\n");

        var e = Should.Throw<InputException>(() => TrainingFiles.ReadAll([good, bad, Path.Combine(folder, "missing.yaml")]));

        e.File.ShouldBe(bad);
        (e.Line, e.Column).ShouldBe((2, 10));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
