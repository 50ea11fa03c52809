using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>The document's <c>running:</c>, the usual week: a weekday to a run, or to a list of runs.</summary>
internal static class RunningWeekSection
{
    public static List<Run> Read(RoutineContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var week = new List<Run>();
        foreach (var (keyNode, value) in yaml.Mapping(node, "the running week (mon: easy 40min)").Children)
        {
            var day = yaml.Choice(keyNode, "weekday", RoutineChoices.Weekdays);
            if (Yaml.IsNull(value))
            {
                continue;
            }

            // Two runs on one day are written as a list.
            var items = value is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[value];
            foreach (var item in items)
            {
                week.Add(RunLine.Read(context.CursorOn(item, "a run (easy 40min am)")) with { Day = day });
            }
        }

        return week;
    }
}
