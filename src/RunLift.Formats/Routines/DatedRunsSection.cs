using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// The document's <c>runs:</c>, runs on dates (a log's or a plan's): each a line (<c>2026-12-08 intervals 60min am</c>)
/// or a mapping of date, kind, duration and time.
/// </summary>
internal static class DatedRunsSection
{
    private static readonly SectionKeys<DatedRunFields> Keys = new(
        "a run",
        EmptyValues.Read,
        ("date", (c, run, _, value) => run with { Date = c.Date(value) }),
        ("kind", (c, run, _, value) => run with { Kind = c.Yaml.Choice(value, "kind of run", RoutineChoices.RunKindNames) }),
        ("duration", (c, run, _, value) => run with { Duration = c.Duration(value, "the run's duration") }),
        ("time", (c, run, _, value) => run with { Time = c.TimeOf(value) }));

    public static List<Run> Read(RoutineContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var runs = new List<Run>();
        foreach (var item in yaml.Sequence(node, "the dated runs").Children)
        {
            runs.Add(item is YamlMappingNode mapping ? RunMapping(context, mapping) : RunText(yaml, item));
        }

        return runs;
    }

    private static Run RunText(Yaml yaml, YamlNode item)
    {
        var scalar = yaml.Scalar(item, "a dated run (2026-12-08 intervals 60min am)");
        var text = yaml.Text(scalar, "a dated run (2026-12-08 intervals 60min am)");
        var spot = yaml.TextSpot(scalar);
        var c = new Cursor(text, spot);
        c.SkipSpaces();
        var dateAt = c.Pos;
        while (!c.AtEnd && !char.IsWhiteSpace(c.Current))
        {
            c.Pos++;
        }

        var date = Quantities.Date(text[dateAt..c.Pos], spot with { Column = spot.Column + dateAt });
        return RunLine.Read(c) with { Date = date, Basis = RunKindBasis.Typed };
    }

    private static Run RunMapping(RoutineContext context, YamlMappingNode mapping)
    {
        var (date, kind, duration, time) = Keys.Read(context, mapping, default);
        if (date is null || kind is null)
        {
            throw context.Yaml.Error(mapping, "a dated run needs a date and a kind");
        }

        return new Run(kind.Value) { Basis = RunKindBasis.Typed, Date = date, Duration = duration, Time = time };
    }

    private readonly record struct DatedRunFields(DateOnly? Date, RunKind? Kind, TimeSpan? Duration, TimeOfDay? Time);
}
