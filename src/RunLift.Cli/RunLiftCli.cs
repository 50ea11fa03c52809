using System.CommandLine;
using RunLift.Catalog;

namespace RunLift.Cli;

/// <summary>The <c>runlift</c> command line: parses, dispatches, and maps usage errors to exit code 2.</summary>
internal static class RunLiftCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool colour, TimeProvider time)
    {
        var catalog = ExerciseCatalog.Default;
        var root = new RootCommand("RunLift: strength training for runners. Lift heavy, recover fully, train the entire body, don't overdo it.")
        {
            AuditCommand.Create(catalog, colour, time),
            CatalogCommand.Create(catalog),
            PlanCommand.Create(catalog, time),
            RulesCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"runlift: {parseError.Message}");
            }

            error.WriteLine("Try 'runlift --help'.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
