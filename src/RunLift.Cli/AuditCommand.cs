using System.CommandLine;
using System.Globalization;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.English;
using RunLift.Formats;
using RunLift.Formats.Config;
using RunLift.Formats.Fit;
using RunLift.Formats.Reports;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Cli;

/// <summary>
/// <c>runlift audit FILE... [--format text|json|markdown] [--config FILE] [--fail-on error|warning|never] [--since DATE]
/// [--weeks N] [--units kg|lb] [--key-run DATE[=KIND]]... [--names FILE] [--strict] [--tz ZONE]</c>
/// </summary>
internal static class AuditCommand
{
    public static Command Create(ExerciseCatalog catalog, bool colour, TimeProvider time)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Routines (YAML/JSON), exports (Hevy, Strong, FitNotes or Strava CSV, a Strava export or its folder), "
                + "FIT, GPX and TCX files from a watch, and zips of them; several are merged.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Report format.", DefaultValueFactory = _ => ReportFormat.Text.Name() };
        format.AcceptOnlyFromAmong([.. ReportFormats.All.Select(f => f.Name())]);
        var config = new Option<string?>("--config") { Description = "A config file that switches rules off or changes thresholds." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity.", DefaultValueFactory = _ => FailOnLevels.Default.Name() };
        failOn.AcceptOnlyFromAmong([.. FailOnLevels.All.Select(l => l.Name())]);
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

        var keyRuns = new Option<string[]>("--key-run")
        {
            Description = "A date that held a key run, where the files cannot say: DATE[=KIND], KIND one of "
                + string.Join(", ", RunKinds.Key.Select(k => k.Name())) + " (default intervals). Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        keyRuns.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParseKeyRun(value) is null)
                {
                    result.AddError($"--key-run '{value}' is not DATE[=KIND] (2025-09-09=tempo); KIND is one of {string.Join(", ", RunKinds.Key.Select(k => k.Name()))}.");
                }
            }
        });

        var ignoreCrc = new Option<bool>("--ignore-crc")
        {
            Description = "Read FIT files whose checksum does not match instead of refusing them (with a warning: values may be wrong).",
        };

        var names = NamesOption();
        var strict = StrictOption();
        var timeZone = TimeZoneOption.Create("the files' athlete.timezone for today, else this machine's zone");
        var command = new Command("audit", "Audit a routine or workout log against the rules for runners who lift.")
        {
            files, format, config, failOn, since, weeks, units, keyRuns, ignoreCrc, names, strict, timeZone,
        };
        command.SetAction((parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            AuditReport report;
            try
            {
                // Ctrl+C stops the reading between rows, messages and files.
                using var budget = new ReadBudget(ReadLimits.Default, time, cancellation);
                var zone = parse.Given(timeZone) ?? time.LocalTimeZone;
                var readOptions = new ReadOptions
                {
                    StrongUnits = parse.GetValue(units) == "lb" ? MassUnit.Pounds : MassUnit.Kilograms,
                    TimeZone = zone,
                    Fit = new FitDecodeOptions { IgnoreCrc = parse.GetValue(ignoreCrc) },
                    Budget = budget,
                    Strict = parse.GetValue(strict),
                };
                if (ReadEach(parse.GetRequiredValue(files), readOptions, error) is not { } document)
                {
                    return Task.FromResult(ExitCodes.BadInput);
                }

                var marks = (parse.GetValue(keyRuns) ?? []).Select(v => ParseKeyRun(v)!.Value).ToList();
                document = document with { Runs = KeyRunMark.Apply(document.Runs, marks) };
                foreach (var skipped in document.Skipped)
                {
                    error.WriteLine($"skipped {skipped}");
                }

                foreach (var warning in document.Warnings)
                {
                    error.WriteLine($"warning: {warning}");
                }

                var settings = parse.GetValue(config) is { } configPath ? AuditConfigReader.Read(configPath) : AuditSettings.Default;
                report = new Auditor(catalog).Audit(document, new AuditOptions
                {
                    Since = parse.GetValue(since),
                    Weeks = parse.GetValue(weeks),
                    Settings = settings,
                    Today = AthleteClock.Today(time, document.Athlete?.TimeZone ?? zone),
                    Names = parse.GetValue(names) is { } namesPath ? NameMappingReader.Read(namesPath, catalog) : NameMapping.Empty,
                });
            }
            catch (InputException e)
            {
                InputErrors.Write(error, e);
                return Task.FromResult(ExitCodes.BadInput);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                error.WriteLine("runlift audit: cancelled.");
                return Task.FromResult(ExitCodes.Cancelled);
            }

            // Both were checked against their names when the command line was parsed.
            _ = ReportFormats.TryParse(parse.GetValue(format), out var reportFormat);
            reportFormat.Write(report, output, colour);
            _ = FailOnLevels.TryParse(parse.GetValue(failOn), out var level);
            return Task.FromResult(level.Fails(report) ? ExitCodes.Findings : ExitCodes.Clean);
        });
        return command;
    }

    /// <summary>
    /// Reads every file, reporting each that cannot be read rather than stopping at the first: a file that holds no
    /// training (a GPX of waypoints) is skipped, as a row is, and the others are audited; a file that is wrong stops the
    /// audit (after all are reported), since a report without it would judge less than was asked. Null then.
    /// </summary>
    private static TrainingDocument? ReadEach(string[] paths, ReadOptions options, TextWriter error)
    {
        var outcomes = TrainingFiles.ReadEach(paths, options);
        var wrong = outcomes.Select(o => o.Error).OfType<InputException>().Where(e => !e.HoldsNoTraining).ToList();
        var read = outcomes.Where(o => o.Document is not null).Select(o => (o.Path, o.Document!)).ToList();
        if (wrong.Count > 0 || read.Count == 0)
        {
            InputErrors.Write(error, [.. outcomes.Select(o => o.Error).OfType<InputException>()]);
            if (paths.Length > 1)
            {
                error.WriteLine($"runlift audit: {Plural.Count(paths.Length - read.Count, "file")} of {paths.Length} could not be read; nothing was audited.");
            }

            return null;
        }

        foreach (var skipped in outcomes.Select(o => o.Error).OfType<InputException>())
        {
            error.WriteLine($"skipped {skipped.Message}");
        }

        return TrainingFiles.MergeAll(read);
    }

    /// <summary><c>--strict</c>: an export with one row that cannot be read is refused whole, as before rows were skipped.</summary>
    internal static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Refuse an export with a row that cannot be read, instead of reporting the row and reading the rest.",
    };

    /// <summary><c>--names FILE</c>: the user's own readings of their exercise names, for audit and import.</summary>
    internal static Option<string?> NamesOption() => new("--names")
    {
        Description = "A YAML file mapping your exercise names to catalog ids (Their Name: catalog-id), for names read wrongly or not at all.",
    };

    private static KeyRunMark? ParseKeyRun(string value)
    {
        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new KeyRunMark(date, RunKind.Intervals);
        }

        return RunKinds.TryParse(parts[1], out var kind) && RunKinds.Key.Contains(kind) ? new KeyRunMark(date, kind) : null;
    }
}
