using RunLift.Planning;
using RunLift.Training;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Plans;

/// <summary>
/// Writes a plan as a routine document (formats.md §1 and §4) that <c>runlift audit</c> reads back: dated
/// sessions in the short exercise form, the dated runs, the races, the weeks and the notes.
/// </summary>
public static class PlanYamlWriter
{
    /// <summary>Writes <paramref name="plan"/> to <paramref name="output"/> as YAML.</summary>
    public static void Write(TrainingPlan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);

        // Built as YamlDotNet's representation model so the emitter does the quoting: a name such as
        // "Strength A: heavy" or "#1 Squat" must come back as written.
        var document = plan.ToDocument();
        var units = document.Units;
        var root = new YamlMappingNode
        {
            { "name", document.Name ?? "RunLift plan" },
            { "units", PlanVocabulary.Units(units) },
        };
        if (document.Athlete is { } athlete)
        {
            root.Add("athlete", Athlete(athlete, units));
        }

        if (document.Runs.Count > 0)
        {
            root.Add("runs", new YamlSequenceNode(document.Runs.Select(r => (YamlNode)new YamlScalarNode(PlanVocabulary.Run(r)))));
        }

        if (document.Races.Count > 0)
        {
            root.Add("races", new YamlSequenceNode(document.Races.Select(Race)));
        }

        root.Add("weeks", new YamlSequenceNode(plan.Weeks.Select(Week)));
        root.Add("notes", new YamlSequenceNode(plan.Notes.Select(n => (YamlNode)new YamlScalarNode(n))));
        root.Add("sessions", new YamlSequenceNode(plan.Sessions.Select(s => Session(s, units))));

        // Emitted node by node rather than with YamlStream.Save, which ends the document with "...".
        var emitter = new Emitter(output, bestIndent: 2, bestWidth: int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>The plan as YAML text.</summary>
    public static string ToYaml(TrainingPlan plan)
    {
        using var output = new StringWriter();
        Write(plan, output);
        return output.ToString();
    }

    /// <summary>Emits <paramref name="node"/> with plain scalars where YAML allows them; shared by the YAML writers.</summary>
    internal static void Emit(Emitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(null, null, scalar.Value ?? "", scalar.Style, isPlainImplicit: true, isQuotedImplicit: true));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, sequence.Style));
                foreach (var child in sequence.Children)
                {
                    Emit(emitter, child);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, mapping.Style));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }

    internal static YamlMappingNode Athlete(Athlete athlete, MassUnit units)
    {
        var node = new YamlMappingNode { { "experience", PlanVocabulary.Experience(athlete.Experience) } };
        if (athlete.Bodyweight is { } bodyweight)
        {
            node.Add("bodyweight", PlanVocabulary.Mass(bodyweight, units));
        }

        node.Add("rehab", athlete.Rehab ? "true" : "false");
        if (athlete.Injury is { } injury)
        {
            node.Add("injury", injury.Name());
        }

        if (athlete.TimeZone is { } zone)
        {
            node.Add("timezone", zone.Id);
        }

        if (athlete.Maxes.Count > 0)
        {
            var maxes = new YamlMappingNode();
            foreach (var max in athlete.Maxes.DistinctBy(m => m.Exercise, StringComparer.Ordinal))
            {
                maxes.Add(max.Exercise, PlanVocabulary.Mass(max.OneRepMax, units));
            }

            node.Add("maxes", maxes);
        }

        return node;
    }

    internal static YamlMappingNode Race(Race race)
    {
        var node = new YamlMappingNode
        {
            { "date", PlanVocabulary.Date(race.Date) },
            { "distance", PlanVocabulary.Distance(race.Distance) },
            { "priority", race.Priority.ToString() },
        };
        if (race.Name is { } name)
        {
            node.Add("name", name);
        }

        return node;
    }

    private static YamlMappingNode Week(PlanWeek week) => new(
        new YamlScalarNode("start"), new YamlScalarNode(PlanVocabulary.Date(week.Start)),
        new YamlScalarNode("phase"), new YamlScalarNode(PlanVocabulary.Phase(week.Phase)),
        new YamlScalarNode("deload"), new YamlScalarNode(week.Deload ? "true" : "false"))
    {
        Style = MappingStyle.Flow,
    };

    private static YamlMappingNode Session(PlannedSession session, MassUnit units)
    {
        var node = new YamlMappingNode
        {
            { "name", session.Name },
            { "date", PlanVocabulary.Date(session.Date) },
            { "time", session.Time.ToString() },
            { "phase", PlanVocabulary.Phase(session.Phase) },
            { "estimated-minutes", ((int)Math.Round(session.EstimatedDuration.TotalMinutes)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        if (session.Note is { } note)
        {
            node.Add("note", note);
        }

        node.Add("exercises", new YamlSequenceNode(session.Exercises.Select(
            e => (YamlNode)new YamlScalarNode(PlanVocabulary.Exercise(e.Exercise.Name, e.Sets, units)))));
        return node;
    }
}
