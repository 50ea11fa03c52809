using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>The CLI's approved outputs, in Snapshots/ (<see cref="Snapshots"/>).</summary>
internal static class Snapshot
{
    public static void Match(string name, string actual) =>
        Snapshots.Match(Path.Combine("tests", "RunLift.Cli.Tests", "Snapshots", name), actual);
}
