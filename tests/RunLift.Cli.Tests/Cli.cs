namespace RunLift.Cli.Tests;

/// <summary>Runs the <c>runlift</c> command in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = RunLiftCli.Run(args, output, error, colour: false);
        return new Result(code, output.ToString(), error.ToString());
    }
}
