using Xunit;

namespace RunLift.Testing;

/// <summary>
/// Locates the shared fixtures and data (../shared beside the repository). A user's clone has no shared
/// folder: tests that need it report themselves as skipped there, and fail under CI=true, where it must exist.
/// </summary>
public static class SharedFiles
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The full path of <paramref name="relativePath"/> under shared/, or skips the test.</summary>
    public static string Path(string relativePath)
    {
        var root = Root.Value;
        if (root is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("The shared folder (../shared beside the repository) is missing, and CI=true requires it.");
            }

            Assert.Skip("The shared folder (../shared beside the repository) is not present in this clone.");
        }

        var path = System.IO.Path.Combine(root, relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"Expected shared file {path}.");
        return path;
    }

    private static string? FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable("RUNLIFT_SHARED");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(overridden) ? overridden : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RunLift.slnx")))
            {
                var shared = System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
