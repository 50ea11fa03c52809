using System.CommandLine;
using RunLift.Auditing;

namespace RunLift.Cli;

/// <summary><c>runlift rules</c>: every rule with its thresholds, as a config file names them.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List the audit rules and the thresholds a config file can change.");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            foreach (var (rule, thresholds) in Auditor.RuleCatalog)
            {
                var values = string.Join(", ", thresholds.Select(t => $"{t.Key}: {t.Value}"));
                output.WriteLine($"{rule.Id}  {rule.Name,-22} {values}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
