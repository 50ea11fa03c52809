namespace RunLift.Training;

/// <summary>Where a rehabilitating runner is injured (formats.md, <c>athlete.injury</c>): it decides what the plan protects and rehabilitates first.</summary>
public enum InjurySite
{
    /// <summary>The Achilles tendon: the slowest to come back, so it is protected for 6 weeks.</summary>
    Achilles,

    /// <summary>The calf muscles.</summary>
    Calf,

    /// <summary>The foot (plantar fascia, metatarsals).</summary>
    Foot,

    /// <summary>The shin (medial tibial stress, tibialis).</summary>
    Shin,

    /// <summary>The knee (patellar tendon, runner's knee).</summary>
    Knee,

    /// <summary>The hip and glutes.</summary>
    Hip,

    /// <summary>The hamstrings.</summary>
    Hamstring,

    /// <summary>The lower back.</summary>
    LowerBack,

    /// <summary>The shoulder.</summary>
    Shoulder,
}

/// <summary>The names <see cref="InjurySite"/> has in routine files, JSON and the API.</summary>
public static class InjurySites
{
    private static readonly Dictionary<InjurySite, string> Names = new()
    {
        [InjurySite.Achilles] = "achilles",
        [InjurySite.Calf] = "calf",
        [InjurySite.Foot] = "foot",
        [InjurySite.Shin] = "shin",
        [InjurySite.Knee] = "knee",
        [InjurySite.Hip] = "hip",
        [InjurySite.Hamstring] = "hamstring",
        [InjurySite.LowerBack] = "lower-back",
        [InjurySite.Shoulder] = "shoulder",
    };

    /// <summary>Every site, in the order formats.md lists them.</summary>
    public static IReadOnlyList<InjurySite> All { get; } = [.. Names.Keys];

    /// <summary>The site's name as files write it: <c>lower-back</c>.</summary>
    public static string Name(this InjurySite site) => Names[site];

    /// <summary>The site as a person reads it, at the start of a sentence or a label: "Lower back".</summary>
    public static string Label(this InjurySite site)
    {
        var name = site.Name();
        return char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
    }

    /// <summary>The site a name stands for (any case, "lower back" or "lower_back" too); false when it names none.</summary>
    public static bool TryParse(string? text, out InjurySite site)
    {
        var wanted = text?.Trim().Replace(' ', '-').Replace('_', '-');
        foreach (var (candidate, name) in Names)
        {
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                site = candidate;
                return true;
            }
        }

        site = default;
        return false;
    }

    /// <summary>"achilles, calf, ..., shoulder", for messages that list the choices.</summary>
    public static string Choices => string.Join(", ", Names.Values);
}
