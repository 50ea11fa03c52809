namespace RunLift.Testing;

/// <summary>Locates files of this repository (examples/, docs/) from a test's output folder.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunLift.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (RunLift.slnx) was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The full path of <paramref name="relativePath"/> in the repository.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath);
}
