using RunLift.Testing;

namespace RunLift.Cli.Tests;

/// <summary>
/// Compares output that people and programs depend on with an approved copy in Snapshots/. A difference
/// fails and writes NAME.received beside it; RUNLIFT_UPDATE_SNAPSHOTS=1 approves the new output.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var approved = RepositoryFiles.PathOf(Path.Combine("tests", "RunLift.Cli.Tests", "Snapshots", name));
        var received = approved + ".received";
        // Paths into the repository differ between clones; the snapshot keeps them relative to its root.
        actual = actual.ReplaceLineEndings("\n").Replace(RepositoryFiles.PathOf("") + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("RUNLIFT_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        if (!File.Exists(approved))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No approved snapshot {approved}; the output was written to {received}. Review it and rename it to approve.");
        }

        if (File.ReadAllText(approved).ReplaceLineEndings("\n") != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"Output differs from the approved snapshot {approved}; see {received} (diff them, and approve with RUNLIFT_UPDATE_SNAPSHOTS=1).");
        }

        File.Delete(received);
    }
}
