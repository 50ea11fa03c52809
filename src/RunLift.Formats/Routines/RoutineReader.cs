using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// Reads the routine document of formats.md §1 (YAML; JSON is read by the same parser, being nearly a subset)
/// through YamlDotNet's representation model, which keeps each node's line and column for error messages.
/// The document's top-level keys are read here; each part of it by its own section.
/// </summary>
internal static class RoutineReader
{
    private static readonly SectionKeys<TrainingDocument> Keys = new(
        "the routine",
        EmptyValues.Skipped,
        ("name", (c, document, _, value) => document with { Name = c.Yaml.Text(value, "the routine's name") }),

        // Read before every other key (see Document); here it is already in the document.
        ("units", (_, document, _, _) => document),
        ("athlete", (c, document, _, value) => document with { Athlete = AthleteSection.Read(c, value) }),
        ("phase", (c, document, _, value) => document with { Phase = c.Yaml.Choice(value, "phase", RoutineChoices.Phases) }),
        ("running", (c, document, _, value) => document with { RunningWeek = RunningWeekSection.Read(c, value) }),
        ("runs", (c, document, _, value) => document with { Runs = DatedRunsSection.Read(c, value) }),
        ("races", (c, document, _, value) => document with { Races = RacesSection.Read(c, value) }),
        ("sessions", (c, document, _, value) => document with { Sessions = SessionsSection.Read(c, value) }),

        // A plan's week list and advice, and a plan request's limits: the planner's to read.
        ("weeks", (_, document, _, _) => document),
        ("notes", (_, document, _, _) => document),
        ("plan", (_, document, _, _) => document));

    public static TrainingDocument Read(string file, string text)
    {
        var yaml = new Yaml(file);
        var root = yaml.Load(text)
            ?? throw new InputException(file, "is empty: expected a routine document (sessions, running, races...) or a Hevy/Strong CSV export");
        return Document(new RoutineContext(yaml), root);
    }

    /// <summary>Reads a document already loaded by <paramref name="yaml"/>: a plan request shares the routine's sections.</summary>
    public static TrainingDocument Read(Yaml yaml, YamlNode root) => Document(new RoutineContext(yaml), root);

    private static TrainingDocument Document(RoutineContext context, YamlNode rootNode)
    {
        if (rootNode is not YamlMappingNode root)
        {
            throw context.Yaml.Error(rootNode, rootNode is YamlScalarNode
                ? "is not a routine document (keys such as 'sessions:' or 'running:') nor an export RunLift reads (Hevy, Strong, FitNotes or Strava CSV; FIT, GPX, TCX; a zip of them)"
                : "expected a routine document (keys such as 'sessions:'), found a list");
        }

        var entries = Keys.Entries(context, root);

        // Bare numbers anywhere depend on the units, so they are read first wherever they are written.
        foreach (var (key, _, value) in entries)
        {
            if (key == "units")
            {
                context.Units = context.Yaml.Choice(value, "unit", ("kg", MassUnit.Kilograms), ("lb", MassUnit.Pounds), ("lbs", MassUnit.Pounds));
            }
        }

        return Keys.Read(context, entries, new TrainingDocument { Units = context.Units });
    }
}
