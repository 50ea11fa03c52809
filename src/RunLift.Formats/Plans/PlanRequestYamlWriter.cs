using System.Globalization;
using RunLift.Planning;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Plans;

/// <summary>
/// Writes a plan request (formats.md §4) as the YAML document <see cref="PlanRequestReader"/> reads back to an
/// equal request: every field explicit, <c>plan.start</c> included, so that planning it again later gives the
/// same plan whatever day it is.
/// </summary>
public static class PlanRequestYamlWriter
{
    private static readonly (DayOfWeek Day, string Name)[] Weekdays =
    [
        (DayOfWeek.Monday, "mon"), (DayOfWeek.Tuesday, "tue"), (DayOfWeek.Wednesday, "wed"), (DayOfWeek.Thursday, "thu"),
        (DayOfWeek.Friday, "fri"), (DayOfWeek.Saturday, "sat"), (DayOfWeek.Sunday, "sun"),
    ];

    /// <summary>The request as YAML text.</summary>
    public static string ToYaml(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var units = request.Units;
        var root = new YamlMappingNode
        {
            { "units", PlanVocabulary.Units(units) },
            { "athlete", PlanYamlWriter.Athlete(request.Athlete, units) },
        };

        var running = new YamlMappingNode();
        foreach (var (day, name) in Weekdays)
        {
            var runs = request.RunningWeek.Where(r => r.Day == day).Select(r => PlanVocabulary.Run(r with { Date = null })).ToList();
            if (runs.Count == 1)
            {
                running.Add(name, runs[0]);
            }
            else if (runs.Count > 1)
            {
                running.Add(name, new YamlSequenceNode(runs.Select(r => (YamlNode)new YamlScalarNode(r))) { Style = SequenceStyle.Flow });
            }
        }

        if (running.Children.Count > 0)
        {
            root.Add("running", running);
        }

        if (request.Races.Count > 0)
        {
            root.Add("races", new YamlSequenceNode(request.Races.Select(PlanYamlWriter.Race)));
        }

        var plan = new YamlMappingNode { { "start", PlanVocabulary.Date(request.Start) } };
        if (request.Weeks is { } weeks)
        {
            plan.Add("weeks", Whole(weeks));
        }

        plan.Add("max-session-minutes", Whole(request.MaxSessionMinutes));
        if (request.SessionsPerWeek is { } sessions)
        {
            plan.Add("sessions-per-week", Whole(sessions));
        }

        var equipment = request.Equipment.Count == 0
            ? ["bodyweight"]
            : request.Equipment.Order().Select(EquipmentSets.NameOf);
        plan.Add("equipment", new YamlSequenceNode(equipment.Select(e => (YamlNode)new YamlScalarNode(e))) { Style = SequenceStyle.Flow });
        root.Add("plan", plan);

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(output, bestIndent: 2, bestWidth: int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        PlanYamlWriter.Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return output.ToString();
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
