using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// One set of the long exercise form, <c>{ reps: 5, load: 100 kg, rest: 3min }</c>, and its prescription: the load
/// written as text (<c>100 kg</c>, <c>80%</c>, <c>RPE 8</c>) or as the JSON long form's mapping.
/// </summary>
internal static class SetReader
{
    private static readonly SectionKeys<SetFields> Keys = new(
        "a set",
        EmptyValues.Skipped,
        ("reps", (c, f, _, value) => Reps(c, f, value)),
        ("load", (c, f, _, value) => f with { Set = value is YamlMappingNode loadMapping ? LoadMapping(c, loadMapping, f.Set) : LoadText(c, value, f.Set) }),
        ("rest", (c, f, _, value) => f with { Set = f.Set with { Rest = c.Duration(value, "the rest") } }),
        ("rest-seconds", (c, f, _, value) => f with
        {
            Set = f.Set with { Rest = TimeSpan.FromSeconds(c.Yaml.Number(value, "the rest in seconds", 0, 24 * 3600)) },
        }),
        ("rpe", (c, f, _, value) =>
        {
            var rpe = c.Yaml.Number(value, "RPE", 1, 10);
            return f with { Set = f.Set with { Rpe = Rpe.Of(rpe), ToFailure = f.Set.ToFailure || rpe >= 10 } };
        }),
        ("rir", (c, f, _, value) =>
        {
            var rir = c.Yaml.Integer(value, "RIR", 0, 10);
            return f with { Set = f.Set with { RepsInReserve = rir, ToFailure = f.Set.ToFailure || rir == 0 } };
        }),
        ("duration", (c, f, _, value) => f with { Set = f.Set with { Duration = c.Duration(value, "the set's duration") } }),
        ("duration-seconds", (c, f, _, value) => f with
        {
            Set = f.Set with { Duration = TimeSpan.FromSeconds(c.Yaml.Number(value, "the set's duration in seconds", 0, 24 * 3600)) },
        }),
        ("reps-max", (c, f, _, value) => f with { RepsMax = (value, c.Yaml.Integer(value, "the top of the rep range", 1, 1000)) }),
        ("distance", (c, f, _, value) => f with { Set = f.Set with { Distance = SetDistance(c, value) } }),
        ("to-failure", (c, f, _, value) => f with { Set = f.Set with { ToFailure = f.Set.ToFailure || c.Yaml.Boolean(value, "to-failure") } }),
        ("warmup", (c, f, _, value) => c.Yaml.Boolean(value, "warmup") ? f with { Set = f.Set with { Kind = SetKind.Warmup } } : f),
        ("kind", (c, f, _, value) => f with
        {
            Set = f.Set with { Kind = c.Yaml.Choice(value, "kind of set", ("working", SetKind.Working), ("warmup", SetKind.Warmup), ("drop", SetKind.Drop)) },
        }),
        ("amrap", (c, f, _, value) => f with { Set = f.Set with { Amrap = c.Yaml.Boolean(value, "amrap") } }),
        ("per-side", (c, f, _, value) => f with { Set = f.Set with { PerSide = c.Yaml.Boolean(value, "per-side") } }));

    /// <summary>The JSON long form's load: <c>{ "kg", "lb", "percent1RM", "rpe", "rir", "bodyweight", "assisted" }</c>.</summary>
    private static readonly SectionKeys<TrainingSet> LoadKeys = new(
        "a load",
        EmptyValues.Skipped,
        ("kg", (c, set, _, value) => set with { Load = Load.FromKilograms(Math.Round(c.Yaml.Number(value, "the load in kg", 0, 1000), 3)) }),
        ("lb", (c, set, _, value) => set with { Load = Load.FromPounds(Math.Round(c.Yaml.Number(value, "the load in lb", 0, 2200), 3)) }),
        ("percent1RM", (c, set, _, value) => set with { PercentOneRepMax = c.Yaml.Number(value, "the percentage of 1RM", 1, 120) }),
        ("rpe", (c, set, _, value) => set with { Rpe = Rpe.Of(c.Yaml.Number(value, "RPE", 1, 10)) }),
        ("rir", (c, set, _, value) => set with { RepsInReserve = c.Yaml.Integer(value, "RIR", 0, 10) }),
        ("bodyweight", (c, set, _, value) => set with { Bodyweight = c.Yaml.Boolean(value, "bodyweight") }),
        ("assisted", (c, set, _, value) => set with { Assisted = c.Yaml.Boolean(value, "assisted") }));

    public static TrainingSet Read(RoutineContext context, YamlMappingNode mapping)
    {
        var (set, repsNode, repsMax) = Keys.Read(context, mapping, new SetFields(new TrainingSet(), null, null));
        if (set.Reps is null && set.Duration is null && set.Distance is null && !set.Amrap)
        {
            throw context.Yaml.Error(repsNode ?? mapping, "a set needs reps, a duration or a distance");
        }

        // The JSON long form writes a rep range as "reps" and "repsMax" numbers.
        if (repsMax is (var maxNode, var max))
        {
            if (set.Reps is not { } low || max < low)
            {
                throw context.Yaml.Error(maxNode, $"repsMax ends a rep range that starts at reps, so it needs reps no higher than {max}");
            }

            set = set with { RepsMax = max };
        }

        return set;
    }

    private static SetFields Reps(RoutineContext context, SetFields fields, YamlNode value)
    {
        var c = context.CursorOn(value, "reps");
        var reps = Prescription.ReadReps(c);
        c.ExpectEnd("the reps");
        var set = fields.Set;
        return fields with
        {
            RepsNode = value,
            Set = set with
            {
                Reps = reps.Reps, RepsMax = reps.RepsMax, Amrap = set.Amrap || reps.Amrap, Duration = reps.Duration ?? set.Duration,
                Distance = reps.Distance ?? set.Distance, PerSide = set.PerSide || reps.PerSide,
            },
        };
    }

    private static Distance SetDistance(RoutineContext context, YamlNode value)
    {
        var c = context.CursorOn(value, "the distance");
        c.SkipSpaces();
        if (!c.TryNumber(out var amount) || amount <= 0 || Quantities.TryDistanceUnit(c, amount) is not { } distance)
        {
            throw context.Yaml.Error(value, "expected a distance such as 20 m or 50 yd");
        }

        c.ExpectEnd("the distance");
        return distance;
    }

    private static TrainingSet LoadMapping(RoutineContext context, YamlMappingNode mapping, TrainingSet set)
    {
        set = LoadKeys.Read(context, mapping, set);
        return set with { ToFailure = set.ToFailure || set.Rpe?.Value >= 10 || set.RepsInReserve == 0 };
    }

    private static TrainingSet LoadText(RoutineContext context, YamlNode node, TrainingSet set)
    {
        var c = context.CursorOn(node, "a load");
        set = Prescription.ReadLoads(c, set, context.Units, "'load:'");
        c.ExpectEnd("the load");
        return set;
    }

    private readonly record struct SetFields(TrainingSet Set, YamlNode? RepsNode, (YamlNode Node, int Value)? RepsMax);
}
