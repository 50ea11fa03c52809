using System.CommandLine;
using Microsoft.Extensions.Configuration;
using RunLift.Catalog;

namespace RunLift.Cli;

/// <summary>The <c>runlift</c> command line: parses, dispatches, and maps usage errors to exit code 2.</summary>
internal static class RunLiftCli
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="colour">Colour the audit for a person at a terminal.</param>
    /// <param name="time">The clock.</param>
    /// <param name="configuration">
    /// Where import and export find the web app's database (the environment: <c>Database__Provider</c>,
    /// <c>ConnectionStrings__RunLift</c>, <c>Database__DataDirectory</c>); the process's environment when null.
    /// </param>
    /// <param name="progressBar">Show import progress on standard error (a person at a terminal).</param>
    /// <param name="cancellation">Stops the command as Ctrl+C does (which System.CommandLine turns into the same token).</param>
    public static int Run(
        string[] args, TextWriter output, TextWriter error, bool colour, TimeProvider time, IConfiguration? configuration = null, bool progressBar = false,
        CancellationToken cancellation = default)
    {
        var catalog = ExerciseCatalog.Default;
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var root = new RootCommand("RunLift: strength training for runners. Lift heavy, recover fully, train the entire body, don't overdo it.")
        {
            AuditCommand.Create(catalog, colour, time),
            CatalogCommand.Create(catalog),
            PlanCommand.Create(catalog, time),
            RulesCommand.Create(),
            ImportCommand.Create(catalog, time, configuration, progressBar),
            ExportCommand.Create(time, configuration),
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

        // Import and export are asynchronous: run off any synchronization context, so that waiting here cannot block them.
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return Task.Run(() => parsed.InvokeAsync(invocation, cancellation), CancellationToken.None).GetAwaiter().GetResult();
    }
}
