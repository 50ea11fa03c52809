using System.Text;
using Microsoft.Extensions.Time.Testing;
using RunLift.Formats.Zip;
using RunLift.Testing;

namespace RunLift.Formats.Tests.Fuzzing;

/// <summary>
/// The inputs that took the process down or kept it busy (a list nested 60,000 levels deep in a 262-byte zip, an alias
/// bomb, a FIT file of thousands of sessions and sets, a zip of CSV exports, zips inside a zip), and their kin: each is
/// refused with an <see cref="InputException"/> that says why, while it is read, never with another exception.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Names => [.. HostileInputs.All.Select(i => i.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryHostileInput_IsRefusedWithAnInputException(string name)
    {
        var input = HostileInputs.All.Single(i => i.Name == name);

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("upload", new MemoryStream(input.Content)));

        error.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void BlockNestedYaml_60000Levels_InAZipOfAFewHundredBytes_IsRefusedForItsNesting()
    {
        var zip = HostileInputs.Zipped("routine.yaml", HostileInputs.BlockNestedYaml(60_000));
        zip.Length.ShouldBeLessThan(1_000);

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("upload.zip", new MemoryStream(zip)));

        error.Message.ShouldBe("upload.zip/routine.yaml:1:129: nested more than 64 levels deep");
    }

    [Theory]
    [InlineData("block")]
    [InlineData("flow")]
    [InlineData("indented")]
    [InlineData("json")]
    public void DeepNesting_OfEveryStyle_StopsAtTheLimit(string style)
    {
        var text = style switch
        {
            "block" => HostileInputs.BlockNestedYaml(100_000),
            "flow" => HostileInputs.FlowNestedYaml(100_000),
            "indented" => HostileInputs.IndentedYaml(100),
            _ => HostileInputs.NestedJson(100_000),
        };

        Read.Error(text).Reason.ShouldBe("nested more than 64 levels deep");
    }

    [Fact]
    public void Nesting_AtTheLimit_IsRead_AsAnyOtherMistake()
    {
        // 64 levels are allowed: the reader then says what it expected, not that the file is too deep.
        var error = Read.Error(HostileInputs.FlowNestedYaml(64));

        error.Reason.ShouldNotContain("nested");
    }

    [Fact]
    public void AliasBomb_IsRefusedWhereTheExpansionPassesTheLimit()
    {
        var error = Read.Error(HostileInputs.AliasBomb());

        error.Reason.ShouldBe("aliases repeat more than 10,000 values in all; write the values out instead");
        error.Line.ShouldBe(4);
    }

    [Fact]
    public void Aliases_WithinTheLimit_AreRead()
    {
        var document = Read.Text("""
            sessions:
              - name: Strength A
                day: tue
                exercises: &main
                  - Back Squat 3x5 @ 100 kg
                  - Bench Press 3x5 @ 70 kg
              - name: Strength B
                day: thu
                exercises: *main
            """);

        document.Sessions.Select(s => s.Exercises.Count).ShouldBe([2, 2]);
    }

    [Fact]
    public void NestedGpx_StopsAtTheDepthLimit()
    {
        var error = Read.Error(HostileInputs.NestedGpx(100_000), "deep.gpx");

        error.Reason.ShouldBe("elements nested more than 64 deep; device files need a few levels");
    }

    [Fact]
    public void CsvWithAFourMegabyteField_IsRefusedAtItsLine()
    {
        var error = Read.Error(HostileInputs.HevyLongLine(4_000_000), "hevy.csv");

        error.Line.ShouldBe(2);
        error.Reason.ShouldStartWith("not valid CSV");
    }

    [Fact]
    public void CsvWithAHundredThousandColumns_IsRefusedAtTheHeader()
    {
        var error = Read.Error(HostileInputs.StrongWideHeader(100_000), "strong.csv");

        error.Line.ShouldBe(1);
        error.Limit.ShouldBe(new ReadLimit("columns", 1_000, PerFile: true));
    }

    [Fact]
    public void FitOfThousandsOfSessionsAndSets_IsRefusedAtTheFirstMessageOverALimit()
    {
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("many.fit", new MemoryStream(HostileFit.ManySessionsAndSets(10_000, 40_000))));

        error.Reason.ShouldStartWith("at byte ");
        error.Reason.ShouldEndWith("more than 20,000 sets in one file; no device writes that many");
        error.Limit.ShouldBe(new ReadLimit("sets in one FIT file", 20_000, PerFile: true));
    }

    [Fact]
    public void FitOfMoreSessionsThanAnyDevice_IsRefused()
    {
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("many.fit", new MemoryStream(HostileFit.ManySessionsAndSets(1_001, 0))));

        error.Reason.ShouldEndWith("more than 1,000 sessions in one file; no device writes that many");
    }

    [Fact]
    public void FitAtTheLimits_ThousandsOfSessionsAndSets_IsReadWithEverySetInItsSession()
    {
        var document = TrainingFiles.Read("many.fit", new MemoryStream(HostileFit.ManySessionsAndSets(1_000, 20_000)));

        document.Sessions.Count.ShouldBe(1_000);
        document.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets.Count)).ShouldBe(20_000);
        document.Sessions.ShouldAllBe(s => s.Exercises.Sum(e => e.Sets.Count) == 20);
    }

    [Fact]
    public void ZipOfCsvExports_OverTheSetBudget_IsRefusedAsTheBudgetRunsOut()
    {
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("exports.zip", new MemoryStream(HostileInputs.ZipOfHevyExports(12))));

        error.Limit.ShouldBe(new ReadLimit("sets", 250_000));
        error.File.ShouldBe("exports.zip/hevy-4.csv");
    }

    [Fact]
    public void CsvRows_OverTheRowBudget_AreRefusedAtTheRowOverIt()
    {
        using var budget = new ReadBudget(new ReadLimits { MaxRows = 100 });

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("hevy.csv", new MemoryStream(Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(5))), new ReadOptions { Budget = budget }));

        error.Limit.ShouldBe(new ReadLimit("CSV rows", 100));
        error.Line.ShouldBe(102);
    }

    [Fact]
    public void Budget_IsSharedByEveryFileOfARead()
    {
        var export = SyntheticHevyExport.Create(sessions: 10);
        using var budget = new ReadBudget(new ReadLimits { MaxSets = 700 });
        var options = new ReadOptions { Budget = budget };

        var files = Enumerable.Range(0, 3).Select(i => ($"hevy-{i}.csv", (Stream)new MemoryStream(Encoding.UTF8.GetBytes(export))));
        var error = Should.Throw<InputException>(() => TrainingFiles.ReadAll(files, options));

        error.Limit.ShouldBe(new ReadLimit("sets", 700));
        error.File.ShouldBe("hevy-1.csv");
    }

    [Fact]
    public void NestedArchives_OverTheTemporaryBytes_StopTheArchive()
    {
        var options = new ReadOptions { Archives = ArchiveLimits.Default with { MaxTemporaryBytes = 40 << 20, MaxRatio = 1e9 } };

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("export.zip", new MemoryStream(HostileInputs.NestedZips(2)), options));

        error.Limit.ShouldBe(new ReadLimit("bytes of archives inside an archive", 40 << 20));
    }

    [Fact]
    public void NestedArchives_PackedLikeZipBombs_StopTheArchive()
    {
        var error = Should.Throw<InputException>(() => TrainingFiles.Read("export.zip", new MemoryStream(HostileInputs.NestedZips(4))));

        error.Limit!.What.ShouldBe("times its packed size a file may unpack to");
    }

    [Fact]
    public void TimeLimit_IsAnInputExceptionNamingTheLimit()
    {
        var clock = new FakeTimeProvider();
        using var budget = new ReadBudget(new ReadLimits { MaxDuration = TimeSpan.FromSeconds(10) }, clock);
        clock.Advance(TimeSpan.FromSeconds(11));

        var error = Should.Throw<InputException>(() => TrainingFiles.Read("hevy.csv", new MemoryStream(Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(1))), new ReadOptions { Budget = budget }));

        error.Limit.ShouldBe(new ReadLimit("seconds", 10));
        error.Reason.ShouldBe("took longer than 10 seconds to read (the limit); send less at a time");
    }

    [Fact]
    public void Cancellation_StopsTheRead_AsACancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var budget = new ReadBudget(ReadLimits.Default, cancellation: cancelled.Token);
        var export = new MemoryStream(HostileInputs.ZipOfHevyExports(2));

        Should.Throw<OperationCanceledException>(() => TrainingFiles.Read("exports.zip", export, new ReadOptions { Budget = budget }));
    }
}
