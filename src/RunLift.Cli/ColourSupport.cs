namespace RunLift.Cli;

/// <summary>Colour only for a person at a terminal: not when piped, and never when NO_COLOR is set (no-color.org).</summary>
internal static class ColourSupport
{
    public static bool ForStandardOutput() =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
