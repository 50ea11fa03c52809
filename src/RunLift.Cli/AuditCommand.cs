using System.CommandLine;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Config;
using RunLift.Formats.Reports;
using RunLift.Training;

namespace RunLift.Cli;

/// <summary><c>runlift audit FILE... [--format text|json|markdown] [--config FILE] [--fail-on error|warning|never] [--since DATE] [--weeks N] [--units kg|lb]</c></summary>
internal static class AuditCommand
{
    public static Command Create(ExerciseCatalog catalog, bool colour)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Routine files (YAML/JSON) and workout exports (Hevy, Strong CSV); several are merged.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var config = new Option<string?>("--config") { Description = "A config file that switches rules off or changes thresholds." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var since = new Option<DateOnly?>("--since") { Description = "Judge only training on or after this date (YYYY-MM-DD)." };
        var units = new Option<string>("--units") { Description = "The unit of files that do not say (Strong's older CSV export).", DefaultValueFactory = _ => "kg" };
        units.AcceptOnlyFromAmong("kg", "lb");
        var weeks = new Option<int>("--weeks") { Description = "How many recent weeks with training to judge in a log.", DefaultValueFactory = _ => AuditOptions.DefaultWeeks };
        weeks.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 520)
            {
                result.AddError("--weeks must be between 1 and 520.");
            }
        });

        var command = new Command("audit", "Audit a routine or workout log against the rules for runners who lift.")
        {
            files, format, config, failOn, since, weeks, units,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            AuditReport report;
            try
            {
                var readOptions = new ReadOptions { StrongUnits = parse.GetValue(units) == "lb" ? MassUnit.Pounds : MassUnit.Kilograms };
                var document = TrainingFiles.ReadAll(parse.GetRequiredValue(files), readOptions);
                var settings = parse.GetValue(config) is { } configPath ? AuditConfigReader.Read(configPath) : AuditSettings.Default;
                report = new Auditor(catalog).Audit(document, new AuditOptions
                {
                    Since = parse.GetValue(since),
                    Weeks = parse.GetValue(weeks),
                    Settings = settings,
                });
            }
            catch (InputException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }

            Write(report, parse.GetValue(format)!, output, colour);
            return parse.GetValue(failOn) switch
            {
                "warning" when report.HasFindingsAtOrAbove(Severity.Warning) => ExitCodes.Findings,
                "error" when report.HasFindingsAtOrAbove(Severity.Error) => ExitCodes.Findings,
                _ => ExitCodes.Clean,
            };
        });
        return command;
    }

    private static void Write(AuditReport report, string format, TextWriter output, bool colour)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonReport.ToJson(report));
                break;
            case "markdown":
                output.Write(MarkdownReport.Render(report));
                break;
            default:
                output.Write(TextReport.Render(report, colour));
                break;
        }
    }
}
