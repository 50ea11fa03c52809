using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary><c>runlift audit</c> on Garmin FIT activities, as a watch records them.</summary>
public sealed class AuditFitTests
{
    [Fact]
    public void AStrengthActivityFromAWatch_IsAudited()
    {
        var fit = SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit");

        var result = Cli.Run("audit", fit, "--format", "json", "--fail-on", "never");

        result.ExitCode.ShouldBe(0, result.Err);
        result.Out.ShouldContain("\"workingSets\"");
        result.Out.ShouldNotContain("\"workingSets\": 0");
    }

    [Fact]
    public void ABadChecksum_IsRefused_UnlessTheUserAsksToReadOnWithAWarning()
    {
        var bytes = File.ReadAllBytes(SharedFiles.Path("fixtures/fit/20748058539_ACTIVITY.fit"));
        bytes[^1] ^= 0x5A; // the file CRC's high byte
        var damaged = Path.Combine(Path.GetTempPath(), $"runlift-{Guid.NewGuid():N}.fit");
        File.WriteAllBytes(damaged, bytes);
        try
        {
            var refused = Cli.Run("audit", damaged);
            refused.ExitCode.ShouldBe(2);
            refused.Out.ShouldBeEmpty();
            refused.Err.ShouldContain(damaged);
            refused.Err.ShouldContain("CRC", Case.Insensitive);

            var read = Cli.Run("audit", damaged, "--ignore-crc", "--fail-on", "never");
            read.ExitCode.ShouldBe(0, read.Err);
            read.Err.ShouldContain($"warning: {damaged}");
            read.Out.ShouldNotBeEmpty();
        }
        finally
        {
            File.Delete(damaged);
        }
    }
}
