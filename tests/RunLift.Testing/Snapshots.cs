using Xunit;

namespace RunLift.Testing;

/// <summary>
/// Compares output that people and programs depend on with an approved copy committed in the repository. A
/// difference fails and writes NAME.received beside the approved copy, to diff; RUNLIFT_UPDATE_SNAPSHOTS=1 approves
/// the new output (overwrites the copy) instead.
/// </summary>
public static class Snapshots
{
    /// <summary>Compares <paramref name="actual"/> with the approved copy at <paramref name="approvedPath"/>, relative to the repository root.</summary>
    public static void Match(string approvedPath, string actual)
    {
        var approved = RepositoryFiles.PathOf(approvedPath);
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
