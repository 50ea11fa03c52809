using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>The document's <c>races:</c>, each a date, a distance, a priority (A, B or C) and maybe a name.</summary>
internal static class RacesSection
{
    private static readonly SectionKeys<RaceFields> Keys = new(
        "a race",
        EmptyValues.Read,
        ("date", (c, race, _, value) => race with { Date = c.Date(value) }),
        ("distance", (c, race, _, value) => race with { Distance = RaceDistance(c.Yaml, value) }),
        ("priority", (c, race, _, value) => race with
        {
            Priority = c.Yaml.Choice(value, "race priority", ("A", RacePriority.A), ("B", RacePriority.B), ("C", RacePriority.C)),
        }),
        ("name", (c, race, _, value) => race with { Name = c.Yaml.Text(value, "the race's name") }));

    public static List<Race> Read(RoutineContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var races = new List<Race>();
        foreach (var item in yaml.Sequence(node, "the races").Children)
        {
            var mapping = yaml.Mapping(item, "a race (date, distance, priority)");
            var (date, distance, priority, name) = Keys.Read(context, mapping, default);
            if (date is null || distance is null || priority is null)
            {
                var missing = date is null ? "date" : distance is null ? "distance" : "priority (A, B or C)";
                throw yaml.Error(mapping, $"a race needs a {missing}");
            }

            races.Add(new Race(date.Value, distance.Value, priority.Value) { Name = name });
        }

        return races;
    }

    private static Distance RaceDistance(Yaml yaml, YamlNode node)
    {
        var scalar = yaml.Scalar(node, "the race distance");
        return Quantities.RaceDistance(yaml.Text(scalar, "the race distance"), yaml.TextSpot(scalar));
    }

    private readonly record struct RaceFields(DateOnly? Date, Distance? Distance, RacePriority? Priority, string? Name);
}
