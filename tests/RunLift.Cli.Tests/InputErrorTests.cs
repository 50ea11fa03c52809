using RunLift.Formats;
using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>What <c>runlift audit</c> says of files it cannot read: each named, by what it is, and what it reads instead.</summary>
public sealed class InputErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("runlift-cli-").FullName;

    private static string Waypoints => SharedFiles.Path("fixtures/tcx-gpx/gpx_with_garmin_extension.gpx");

    private static string GoodRunner => RepositoryFiles.PathOf(Path.Combine("examples", "good-runner.yaml"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AFolder_IsSaidToBeOne()
    {
        var result = Cli.Run("audit", folder);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe($"{folder}: is a folder: give the files in it, or a Strava export unpacked (a folder with its activities.csv)\n");
    }

    [Fact]
    public void AMissingFile_IsSaidToBeMissing()
    {
        var missing = Path.Combine(folder, "hevy.csv");

        var result = Cli.Run("audit", missing);

        result.ExitCode.ShouldBe(2);
        result.Err.ShouldBe($"{missing}: no such file\n");
    }

    [Fact]
    public void AJpegRenamedCsv_IsNamedAnImage_AndWhatRunLiftReadsFollows()
    {
        var photo = Write("workouts.csv", [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x16, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0x00, 0x00]);

        var result = Cli.Run("audit", photo);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe($"{photo}: looks like an image (JPEG), not a training file\n{TrainingFiles.WhatItReads}\n");
    }

    [Fact]
    public void SeveralFiles_EachThatCannotBeReadIsNamed_AndNothingIsAudited()
    {
        var photo = Write("photo.csv", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']);
        var other = Write("other.csv", "Day,Lift,Kilos\nMon,Squat,100\n"u8.ToArray());

        var result = Cli.Run("audit", GoodRunner, photo, other);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe(
            $"{photo}: looks like an image (JPEG), not a training file\n" +
            $"{other}: looks like a CSV whose columns are Day, Lift, Kilos, not a training file\n" +
            $"{TrainingFiles.WhatItReads}\n" +
            "runlift audit: 2 files of 3 could not be read; nothing was audited.\n");
    }

    [Fact]
    public void AFileThatHoldsNoTraining_IsSkipped_AndTheOthersAreAudited()
    {
        var result = Cli.Run("audit", GoodRunner, Waypoints);

        result.ExitCode.ShouldBe(0, result.Err);
        result.Err.ShouldBe($"skipped {Waypoints}: has no track with timed points (only 1 waypoint): RunLift reads runs as recorded tracks\n");
        result.Out.ShouldStartWith($"RunLift audit · {GoodRunner}\nGood · ");
    }

    [Fact]
    public void AFileThatHoldsNoTraining_Alone_CannotBeAudited()
    {
        var result = Cli.Run("audit", Waypoints);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldBe($"{Waypoints}: has no track with timed points (only 1 waypoint): RunLift reads runs as recorded tracks\n");
    }

    [Fact]
    public void Help_NamesEveryKindOfFileItReads()
    {
        var help = Cli.Run("audit", "--help").Out;

        foreach (var format in new[] { "YAML", "JSON", "Hevy", "Strong", "FitNotes", "Strava", "FIT", "GPX", "TCX", "zip" })
        {
            help.ShouldContain(format);
        }
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
