using System.CommandLine;
using System.Globalization;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Fit;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Planning.History;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Cli;

/// <summary>
/// <c>runlift plan [REQUEST.yaml] [--from-log FILE...] [--format yaml|json|markdown|ics|fit] [--out FILE|DIR] [--tz ZONE]</c> (formats.md §4): with
/// <c>fit</c>, one Garmin workout file per session into the folder <c>--out</c> names.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(ExerciseCatalog catalog, TimeProvider time)
    {
        var request = new Argument<string?>("REQUEST")
        {
            Description = "The plan request: athlete, units, running, races and plan (YAML or JSON). With --from-log, optional.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var fromLog = new Option<string[]>("--from-log")
        {
            Description = "Logs and exports to infer the running week (last 8 weeks) and maxes (last 12) from. Without REQUEST, prints a request "
                + "to check and edit; with one, fills in what it lacks.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => PlanFormat.Yaml.Name() };
        format.AcceptOnlyFromAmong([.. PlanFormats.All.Select(f => f.Name())]);
        var output = new Option<string?>("--out")
        {
            Description = "Write the plan to this file (replaced only when planning succeeds) instead of stdout; with --format fit, the folder for the workout files.",
        };
        var units = new Option<string>("--units") { Description = "With --from-log: the unit of logs that do not say (Strong's older CSV export).", DefaultValueFactory = _ => "kg" };
        units.AcceptOnlyFromAmong("kg", "lb");
        var timeZone = TimeZoneOption.Create("the request's athlete.timezone, else this machine's zone (the calendar's times then float)");
        var command = new Command("plan", "Write a periodized strength plan around your running week and races.")
        {
            request, format, output, fromLog, units, timeZone,
        };
        command.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValue(request)) && (result.GetValue(fromLog) ?? []).Length == 0)
            {
                result.AddError("Give a plan request (REQUEST.yaml), or --from-log FILE... to draft one from your log.");
            }

            if (result.GetValue(format) == PlanFormat.Fit.Name() && string.IsNullOrEmpty(result.GetValue(output)))
            {
                result.AddError("--format fit writes one Garmin workout file per session: give the folder to write them to with --out DIR.");
            }
        });
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            TrainingPlan plan;
            var given = parse.Given(timeZone);
            var zone = given ?? time.LocalTimeZone;
            var today = AthleteClock.Today(time, zone);
            var logs = parse.GetValue(fromLog) ?? [];
            try
            {
                var logUnits = parse.GetValue(units) == "lb" ? MassUnit.Pounds : MassUnit.Kilograms;
                var history = logs.Length > 0 ? ReadHistory(logs, catalog, today, zone, time, ref logUnits) : null;
                if (parse.GetValue(request) is not { Length: > 0 } requestPath)
                {
                    // Only a draft: the athlete checks it before anything is planned.
                    var draft = InZone(PlanRequestFromLog.Draft(history!, logUnits, today), given);
                    return WriteDraft(PlanRequestFromLog.ToYaml(draft, history!, logs), parse.GetValue(output), stdout, error);
                }

                // The request's own zone decides its today; --tz is the athlete's where it names none.
                var planRequest = InZone(PlanRequestReader.Read(requestPath, time, zone), given);
                if (history is not null)
                {
                    (planRequest, var filled) = PlanRequestFromLog.Fill(planRequest, history, catalog);
                    foreach (var line in filled.Concat(history.NotInferred.Select(n => "not inferred: " + n)))
                    {
                        error.WriteLine($"runlift plan: from the log, {line}");
                    }
                }

                plan = new Planner(catalog).Plan(planRequest);
            }
            catch (InputException e)
            {
                InputErrors.Write(error, e);
                return ExitCodes.BadInput;
            }
            catch (PlanRequestException e)
            {
                foreach (var problem in e.Problems)
                {
                    error.WriteLine($"{parse.GetValue(request)}: {problem.Field} {problem.Message}");
                }

                return ExitCodes.BadInput;
            }

            // Checked against the formats' names when the command line was parsed.
            _ = PlanFormats.TryParse(parse.GetValue(format), out var chosen);
            if (chosen == PlanFormat.Fit)
            {
                var folder = parse.GetValue(output)!;
                IReadOnlyList<FitWorkoutFile> files;
                try
                {
                    files = FitWorkoutWriter.Write(plan, time.GetUtcNow());
                }
                catch (ArgumentException e)
                {
                    error.WriteLine($"runlift plan: cannot write the Garmin workouts: {e.Message}");
                    return ExitCodes.BadInput;
                }

                try
                {
                    WriteAllAtomically(folder, files);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"{folder}: cannot be written: {e.Message}");
                    return ExitCodes.BadInput;
                }

                foreach (var file in files)
                {
                    stdout.WriteLine($"{file.FileName,-36} {file.Session.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),-16} {file.Session.Name}");
                }

                stdout.WriteLine($"{files.Count} Garmin workouts written to {folder}.");
            }
            else if (parse.GetValue(output) is { } path)
            {
                try
                {
                    AtomicFile.Write(path, file =>
                    {
                        using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                        chosen.Write(plan, writer, time.GetUtcNow());
                    });
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"{path}: cannot be written: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }
            else
            {
                chosen.Write(plan, stdout, time.GetUtcNow());
            }

            // The planner audits its own plan; a finding here is a planner bug, and is said so rather than hidden.
            // Only an error or a warning fails the run (formats.md, "Plans"): a suggestion is printed, not fatal.
            foreach (var finding in plan.SelfCheck.Findings)
            {
                error.WriteLine($"runlift plan: self-check {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule.Id}: {finding.Message}");
            }

            return plan.SelfCheck.HasFindingsAtOrAbove(Severity.Warning) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>
    /// The log's running week and maxes, up to today; <paramref name="units"/> is the unit of files that do not say
    /// (<c>--units</c>), and becomes the log's unit.
    /// </summary>
    private static TrainingHistory ReadHistory(string[] paths, ExerciseCatalog catalog, DateOnly today, TimeZoneInfo zone, TimeProvider time, ref MassUnit units)
    {
        using var budget = new ReadBudget(ReadLimits.Default, time, CancellationToken.None);
        var log = TrainingFiles.ReadAll(paths, new ReadOptions { TimeZone = zone, Budget = budget, StrongUnits = units });
        units = log.Units;
        return HistoryInference.Infer(log, catalog, today);
    }

    /// <summary>
    /// The request with <paramref name="given"/> (<c>--tz</c>) as the athlete's zone where it names none, so that the
    /// plan says it and its calendar's times name it; the machine's zone is no fact about the athlete, and is not added.
    /// </summary>
    private static PlanRequest InZone(PlanRequest request, TimeZoneInfo? given) =>
        given is null || request.Athlete.TimeZone is not null ? request : request with { Athlete = request.Athlete with { TimeZone = given } };

    private static int WriteDraft(string yaml, string? path, TextWriter stdout, TextWriter error)
    {
        if (path is null)
        {
            stdout.Write(yaml);
            return ExitCodes.Clean;
        }

        try
        {
            AtomicFile.Write(path, file =>
            {
                using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                writer.Write(yaml);
            });
            return ExitCodes.Clean;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot be written: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>
    /// Writes every file to a temporary name in <paramref name="folder"/> (created when missing), then moves them all
    /// into place, replacing files of the same name: a run that fails before the moves leaves the folder as it was.
    /// </summary>
    private static void WriteAllAtomically(string folder, IReadOnlyList<FitWorkoutFile> files)
    {
        var full = Directory.CreateDirectory(folder).FullName;
        var temporary = files.Select(f => Path.Combine(full, $".{f.FileName}.{Guid.NewGuid():N}.tmp")).ToList();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                File.WriteAllBytes(temporary[i], files[i].Content.Span);
            }

            for (var i = 0; i < files.Count; i++)
            {
                File.Move(temporary[i], Path.Combine(full, files[i].FileName), overwrite: true);
            }
        }
        finally
        {
            temporary.ForEach(File.Delete);
        }
    }
}
