using System.CommandLine;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Calendar;
using RunLift.Formats.Plans;
using RunLift.Planning;

namespace RunLift.Cli;

/// <summary><c>runlift plan REQUEST.yaml [--format yaml|json|markdown|ics] [--out FILE]</c> (formats.md §4).</summary>
internal static class PlanCommand
{
    public static Command Create(ExerciseCatalog catalog, TimeProvider time)
    {
        var request = new Argument<string>("REQUEST") { Description = "The plan request: athlete, units, running, races and plan (YAML or JSON)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "yaml" };
        format.AcceptOnlyFromAmong("yaml", "json", "markdown", "ics");
        var output = new Option<string?>("--out") { Description = "Write the plan to this file (replaced only when planning succeeds) instead of stdout." };
        var command = new Command("plan", "Write a periodized strength plan around your running week and races.")
        {
            request, format, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            TrainingPlan plan;
            try
            {
                var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
                plan = new Planner(catalog).Plan(PlanRequestReader.Read(parse.GetRequiredValue(request), today));
            }
            catch (InputException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }
            catch (PlanRequestException e)
            {
                foreach (var problem in e.Problems)
                {
                    error.WriteLine($"{parse.GetRequiredValue(request)}: {problem.Field} {problem.Message}");
                }

                return ExitCodes.BadInput;
            }

            var chosen = parse.GetValue(format)!;
            if (parse.GetValue(output) is { } path)
            {
                try
                {
                    WriteAtomically(path, writer => Write(plan, chosen, writer, time));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"{path}: cannot be written: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }
            else
            {
                Write(plan, chosen, stdout, time);
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

    private static void Write(TrainingPlan plan, string format, TextWriter output, TimeProvider time)
    {
        switch (format)
        {
            case "json":
                PlanJsonWriter.Write(plan, output);
                break;
            case "markdown":
                PlanMarkdownWriter.Write(plan, output);
                break;
            case "ics":
                PlanCalendarWriter.Write(plan, output, time.GetUtcNow());
                break;
            default:
                PlanYamlWriter.Write(plan, output);
                break;
        }
    }

    /// <summary>
    /// Writes to a temporary file beside <paramref name="path"/> and moves it into place only when writing
    /// succeeded, so a failed run never leaves a half-written plan or destroys the previous one.
    /// </summary>
    private static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
