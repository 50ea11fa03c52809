namespace RunLift.Cli;

/// <summary>The exit codes of formats.md §3.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above --fail-on.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>
    /// For import and export: nothing was done, through no fault of the input (another import finished first, the
    /// database cannot be reached).
    /// </summary>
    public const int NotDone = 1;

    /// <summary>The input or the command line could not be read; nothing was printed to stdout.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); nothing was printed to stdout or written.</summary>
    public const int Cancelled = 130;
}
