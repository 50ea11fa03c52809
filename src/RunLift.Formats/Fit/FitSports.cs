namespace RunLift.Formats.Fit;

/// <summary>
/// The FIT profile's sports as a person names them, and which of them are training: a ride, a swim or a yoga class is
/// cross-training (time in the week's load); driving, flying or fishing recorded on a watch is not training at all.
/// </summary>
internal static class FitSports
{
    private static readonly Dictionary<byte, string> Sports = new()
    {
        [0] = "other", [2] = "cycling", [4] = "fitness equipment", [5] = "swimming", [6] = "basketball", [7] = "soccer",
        [8] = "tennis", [9] = "american football", [10] = "training", [11] = "walking", [12] = "cross-country skiing",
        [13] = "alpine skiing", [14] = "snowboarding", [15] = "rowing", [16] = "mountaineering", [17] = "hiking",
        [19] = "paddling", [21] = "e-biking", [30] = "inline skating", [31] = "rock climbing", [33] = "ice skating",
        [35] = "snowshoeing", [37] = "stand-up paddleboarding", [38] = "surfing", [41] = "kayaking", [47] = "boxing",
        [48] = "floor climbing", [62] = "HIIT", [64] = "racket sports", [65] = "wheelchair push walk",
        [70] = "team sport", [80] = "mixed martial arts", [83] = "dance", [84] = "jump rope", [86] = "mobility",
        [88] = "canoeing",
    };

    // Sub-sports that say more than their sport (fitness equipment, training, cycling indoors).
    private static readonly Dictionary<byte, string> SubSports = new()
    {
        [6] = "indoor cycling", [14] = "indoor rowing", [15] = "elliptical", [16] = "stair climbing", [17] = "lap swimming",
        [18] = "open water swimming", [19] = "flexibility training", [26] = "cardio training", [27] = "indoor walking",
        [43] = "yoga", [44] = "pilates", [70] = "HIIT",
    };

    /// <summary>The name of a training sport, or null when the sport is not training (driving, flying...) or unknown.</summary>
    public static string? TrainingName(byte? sport, byte? subSport) =>
        sport is { } known && Sports.TryGetValue(known, out var name)
            ? subSport is { } sub && SubSports.TryGetValue(sub, out var more) ? more : name
            : null;

    /// <summary>How a skipped session's sport reads in the reason it was skipped.</summary>
    public static string Describe(byte? sport) => sport switch
    {
        null => "of no sport",
        3 => "a transition",
        18 => "a multisport summary",
        20 => "flying",
        22 => "motorcycling",
        23 => "boating",
        24 => "driving",
        _ => TrainingName(sport, null) ?? $"sport {sport}",
    };
}
