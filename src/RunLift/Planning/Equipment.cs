using System.Collections.Frozen;
using RunLift.Catalog;

namespace RunLift.Planning;

/// <summary>Equipment a runner can train with.</summary>
public enum Equipment
{
    /// <summary>A barbell and plates.</summary>
    Barbell,

    /// <summary>A squat rack or stands.</summary>
    Rack,

    /// <summary>A flat bench.</summary>
    Bench,

    /// <summary>Dumbbells.</summary>
    Dumbbells,

    /// <summary>Kettlebells.</summary>
    Kettlebell,

    /// <summary>A plyo box or sturdy step.</summary>
    Box,

    /// <summary>A pull-up bar.</summary>
    PullUpBar,

    /// <summary>Resistance bands.</summary>
    Bands,
}

/// <summary>Equipment sets and the names requests use for them.</summary>
public static class EquipmentSets
{
    /// <summary>Everything a gym has: the default.</summary>
    public static IReadOnlySet<Equipment> FullGym { get; } = Enum.GetValues<Equipment>().ToFrozenSet();

    /// <summary>Nothing but the body.</summary>
    public static IReadOnlySet<Equipment> Bodyweight { get; } = FrozenSet<Equipment>.Empty;

    /// <summary>Names accepted in a request's <c>equipment</c> list, with the singular/plural forms people write.</summary>
    public static IReadOnlyDictionary<string, Equipment> Names { get; } = new Dictionary<string, Equipment>(StringComparer.OrdinalIgnoreCase)
    {
        ["barbell"] = Equipment.Barbell,
        ["rack"] = Equipment.Rack,
        ["squat rack"] = Equipment.Rack,
        ["bench"] = Equipment.Bench,
        ["dumbbells"] = Equipment.Dumbbells,
        ["dumbbell"] = Equipment.Dumbbells,
        ["kettlebell"] = Equipment.Kettlebell,
        ["kettlebells"] = Equipment.Kettlebell,
        ["box"] = Equipment.Box,
        ["pull-up bar"] = Equipment.PullUpBar,
        ["pullup bar"] = Equipment.PullUpBar,
        ["bands"] = Equipment.Bands,
        ["band"] = Equipment.Bands,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The implements a lift is loaded with (the catalog's word, the plan's kit). Bodyweight work (a push-up, a pull-up, a
    // single-leg RDL with nothing in the hands) has no load to add or take off.
    private static readonly (string Catalog, Equipment Kit)[] Implements =
        [("barbell", Equipment.Barbell), ("dumbbells", Equipment.Dumbbells), ("kettlebells", Equipment.Kettlebell)];

    /// <summary>True when <paramref name="kit"/> holds an implement <paramref name="exercise"/> can be loaded with.</summary>
    internal static bool CanLoad(this IReadOnlySet<Equipment> kit, Exercise exercise) =>
        Implements.Any(i => kit.Contains(i.Kit) && exercise.Equipment.Contains(i.Catalog));

    /// <summary>The name a request writes for <paramref name="equipment"/>: one of <see cref="Names"/>, as formats.md lists them.</summary>
    public static string NameOf(Equipment equipment) => equipment switch
    {
        Equipment.Barbell => "barbell",
        Equipment.Rack => "rack",
        Equipment.Bench => "bench",
        Equipment.Dumbbells => "dumbbells",
        Equipment.Kettlebell => "kettlebell",
        Equipment.Box => "box",
        Equipment.PullUpBar => "pull-up bar",
        Equipment.Bands => "bands",
        _ => throw new ArgumentOutOfRangeException(nameof(equipment), equipment, "unknown equipment"),
    };
}
