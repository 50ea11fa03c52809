using RunLift.Progress;
using RunLift.Time;
using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>The document's <c>athlete:</c>: experience, bodyweight, rehab, injury, time zone and known maxes.</summary>
internal static class AthleteSection
{
    private static readonly SectionKeys<Athlete> Keys = new(
        "athlete",
        EmptyValues.Skipped,
        ("experience", (c, athlete, _, value) => athlete with
        {
            Experience = c.Yaml.Choice(value, "experience", ("new", Experience.New), ("novice", Experience.Novice), ("intermediate", Experience.Intermediate), ("advanced", Experience.Advanced)),
        }),
        ("bodyweight", (c, athlete, _, value) => athlete with { Bodyweight = c.Mass(value, "the bodyweight") }),
        ("rehab", (c, athlete, _, value) => athlete with { Rehab = c.Yaml.Boolean(value, "rehab") }),
        ("injury", (c, athlete, _, value) => athlete with { Injury = Injury(c.Yaml, value) }),
        ("timezone", (c, athlete, _, value) => athlete with { TimeZone = Zone(c.Yaml, value) }),
        ("maxes", (c, athlete, _, value) => athlete with { Maxes = Maxes(c, value) }));

    public static Athlete Read(RoutineContext context, YamlNode node) =>
        Keys.Read(context, context.Yaml.Mapping(node, "the athlete"), new Athlete());

    private static InjurySite Injury(Yaml yaml, YamlNode node)
    {
        var scalar = yaml.Scalar(node, "the injury");
        return InjurySites.TryParse(yaml.Text(scalar, "the injury"), out var site)
            ? site
            : throw yaml.Error(scalar, $"unknown injury site '{scalar.Value}': use one of {InjurySites.Choices}");
    }

    private static TimeZoneInfo Zone(Yaml yaml, YamlNode node)
    {
        var scalar = yaml.Scalar(node, "the time zone");
        return IanaTimeZones.TryFind(yaml.Text(scalar, "the time zone"), out var zone)
            ? zone
            : throw yaml.Error(scalar, $"unknown time zone '{scalar.Value}': use an IANA name such as {IanaTimeZones.Example} or America/Los_Angeles");
    }

    private static List<KnownMax> Maxes(RoutineContext context, YamlNode node)
    {
        var yaml = context.Yaml;
        var maxes = new List<KnownMax>();
        foreach (var (keyNode, value) in yaml.Mapping(node, "the maxes (Exercise: 100 kg)").Children)
        {
            var name = yaml.Text(keyNode, "an exercise name");
            var scalar = yaml.Scalar(value, $"the max of {name}");
            var text = yaml.Text(scalar, $"the max of {name} (100 kg, or a recent set like 5 x 110 kg)");
            var c = new Cursor(text, yaml.TextSpot(scalar));
            var max = Max(c, context.Units);
            c.ExpectEnd($"the max of {name}");
            maxes.Add(new KnownMax(name, max));
        }

        return maxes;
    }

    /// <summary>A 1RM (<c>100 kg</c>) or a recent set it is estimated from (<c>5 x 110 kg</c>).</summary>
    private static Load Max(Cursor c, MassUnit units)
    {
        c.SkipSpaces();
        var start = c.Pos;
        if (!c.TryNumber(out var first))
        {
            throw c.Error($"expected a 1RM (100 kg) or a recent set (5 x 110 kg), found {c.Token()}");
        }

        c.SkipSpaces();
        if (c.Current is not ('x' or 'X' or '×'))
        {
            c.Pos = start;
            return Quantities.ReadMass(c, units, "the max");
        }

        if (first != Math.Floor(first) || first < 1 || first > OneRepMax.ReliableReps)
        {
            throw c.Error(start, $"estimate a max from a set of 1 to {OneRepMax.ReliableReps} reps; beyond that the estimate is unreliable");
        }

        c.Pos++;
        var load = Quantities.ReadMass(c, units, "the set's load");
        // Read as a rep max on the RTS table the planner prescribes from: 5 x 100 kg comes back as 5 reps at RPE 10.
        return OneRepMax.FromTable(load, (int)first);
    }
}
