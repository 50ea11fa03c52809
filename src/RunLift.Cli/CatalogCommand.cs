using System.CommandLine;
using System.Text.Json;
using RunLift.Catalog;
using RunLift.Formats;

namespace RunLift.Cli;

/// <summary><c>runlift catalog [QUERY] [--format text|json]</c>: list and search the exercise catalog.</summary>
internal static class CatalogCommand
{
    private const int SearchLimit = 25;

    public static Command Create(ExerciseCatalog catalog)
    {
        var query = new Argument<string?>("QUERY") { Description = "Words to search for; lists everything when absent.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("catalog", "List or search the exercise catalog.") { query, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var text = parse.GetValue(query);
            var exercises = string.IsNullOrWhiteSpace(text) ? catalog.Exercises : catalog.Search(text, SearchLimit);
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(exercises, ApiJson.Indented));
                return ExitCodes.Clean;
            }

            if (exercises.Count == 0)
            {
                output.WriteLine($"No exercise matches '{text}'.");
                return ExitCodes.Clean;
            }

            foreach (var e in exercises)
            {
                output.WriteLine($"{e.Id,-36} {e.Name,-40} {Describe(e)}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Describe(Exercise e)
    {
        var flags = new List<string> { Kebab(e.Pattern.ToString()), Kebab(e.Mechanic.ToString()), Kebab(e.Region.ToString()) };
        if (e.Unstable is { } device)
        {
            flags.Add("on " + device);
        }

        if (e.Explosive)
        {
            flags.Add("explosive");
        }

        if (e.Unilateral)
        {
            flags.Add("unilateral");
        }

        if (e.RunnerAccessory)
        {
            flags.Add("runner accessory");
        }

        return string.Join(", ", flags);
    }

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
