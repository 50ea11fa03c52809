namespace RunLift.Formats;

/// <summary>
/// What one read may hold in all, across every file it is given (every upload of a request, every file of a zip):
/// rows, sessions, sets and runs, and how long it may take. The defaults take decades of real training with room to
/// spare; what is far beyond them is a hostile or broken file, refused while it is read instead of filling memory.
/// </summary>
public sealed record ReadLimits
{
    /// <summary>The defaults: a 50-year log of heavy lifting, and no time limit.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>CSV rows, headers not counted (a 10-year Hevy export has 63,000).</summary>
    public int MaxRows { get; init; } = 500_000;

    /// <summary>Strength sessions (ten years of four a week are 2,000).</summary>
    public int MaxSessions { get; init; } = 25_000;

    /// <summary>Sets, warm-ups included (ten years of heavy lifting are 60,000).</summary>
    public int MaxSets { get; init; } = 250_000;

    /// <summary>Runs (twenty years of a run a day are 7,300).</summary>
    public int MaxRuns { get; init; } = 50_000;

    /// <summary>How long the reading may take, or null for no limit (the command line: the person can press Ctrl+C).</summary>
    public TimeSpan? MaxDuration { get; init; }
}

/// <summary>A limit an input went over: what is counted, and the most allowed.</summary>
/// <param name="What">What is counted, in the words of the error ("sets", "CSV rows", "seconds").</param>
/// <param name="Max">The most allowed.</param>
/// <param name="PerFile">
/// True for a limit on one file (its columns, its FIT sessions), which an archive skips the file for; false for one
/// on the whole read, which stops it.
/// </param>
public sealed record ReadLimit(string What, long Max, bool PerFile = false);
