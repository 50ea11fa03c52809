using System.Globalization;
using System.Text;
using System.Text.Json;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// The words and short forms every plan writer prints, written so that the routine reader reads them back
/// (formats.md §1): phases, kinds of run, durations, masses and the short prescription form.
/// </summary>
internal static class PlanVocabulary
{
    public static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    public static string Phase(TrainingPhase phase) => Kebab(phase.ToString());

    public static string Experience(Experience experience) => Kebab(experience.ToString());

    public static string Units(MassUnit units) => units == MassUnit.Pounds ? "lb" : "kg";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A mass in the plan's units, with at most 2 decimals: <c>102.5 kg</c>.</summary>
    public static string Mass(Load load, MassUnit units) => $"{Number(load.In(units))} {Units(units)}";

    /// <summary>
    /// <c>2h</c>, <c>1h40min</c>, <c>3min</c>, or seconds (<c>90s</c>) when not whole minutes: all read back exactly.
    /// Never <c>2:30</c>, which after a run's kind would read as a time of day.
    /// </summary>
    public static string Duration(TimeSpan duration)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds);
        if (seconds % 60 != 0 || seconds == 0)
        {
            return $"{seconds}s";
        }

        var (hours, minutes) = Math.DivRem(seconds / 60, 60);
        return (hours, minutes) switch
        {
            (0, _) => $"{minutes}min",
            (_, 0) => $"{hours}h",
            _ => $"{hours}h{minutes}min",
        };
    }

    public static string Distance(Distance distance) =>
        distance.Meters >= 1000
            ? $"{Math.Round(distance.Kilometers, 4).ToString("0.####", CultureInfo.InvariantCulture)} km"
            : $"{Math.Round(distance.Meters, 2).ToString("0.##", CultureInfo.InvariantCulture)} m";

    /// <summary>How a runner names a race distance: "5K", "half marathon", else the distance.</summary>
    public static string RaceDistance(Distance distance) => Math.Round(distance.Kilometers, 1) switch
    {
        5 => "5K",
        10 => "10K",
        21.1 => "half marathon",
        42.2 => "marathon",
        _ => Distance(distance),
    };

    /// <summary>A dated run: <c>2026-12-08 intervals 60min am</c>.</summary>
    public static string Run(Run run)
    {
        var text = new StringBuilder();
        if (run.Date is { } date)
        {
            text.Append(Date(date)).Append(' ');
        }

        text.Append(run.Kind.Name());
        if (run.Duration is { } duration)
        {
            text.Append(' ').Append(Duration(duration));
        }

        if (run.Time is { } time)
        {
            text.Append(' ').Append(time.ToString());
        }

        return text.ToString();
    }

    /// <summary>An exercise in the short form: <c>Back Squat 4x5 @ 100 kg rest 3min</c>.</summary>
    public static string Exercise(string name, IReadOnlyList<TrainingSet> sets, MassUnit units) =>
        $"{name} {Prescriptions(sets, units)}";

    /// <summary>The sets as prescriptions, one per run of equal sets: <c>1x5 @ 90 kg, 3x5 @ 100 kg</c>.</summary>
    public static string Prescriptions(IReadOnlyList<TrainingSet> sets, MassUnit units) =>
        string.Join(", ", Groups(sets).Select(g => $"{g.Count}x{Prescription(g.Set, units)}"));

    /// <summary>Runs of equal consecutive sets.</summary>
    public static List<(int Count, TrainingSet Set)> Groups(IReadOnlyList<TrainingSet> sets)
    {
        var groups = new List<(int Count, TrainingSet Set)>();
        foreach (var set in sets)
        {
            if (groups.Count > 0 && groups[^1].Set == set)
            {
                groups[^1] = (groups[^1].Count + 1, set);
            }
            else
            {
                groups.Add((1, set));
            }
        }

        return groups;
    }

    /// <summary>One set without its count: <c>5 @ 100 kg rest 3min</c>, <c>5 @ 40 kg rest 1min warm-up</c>.</summary>
    public static string Prescription(TrainingSet set, MassUnit units)
    {
        var text = new StringBuilder(Reps(set));
        if (LoadText(set, units) is { Length: > 0 } load)
        {
            text.Append(" @ ").Append(load);
        }

        if (set.Rest is { } rest)
        {
            text.Append(" rest ").Append(Duration(rest));
        }

        // RPE 10 and RIR 0 already read back as failure.
        if (set.ToFailure && !(set.Rpe?.Value >= 10) && set.RepsInReserve != 0)
        {
            text.Append(" to failure");
        }

        if (set.Kind == SetKind.Warmup)
        {
            text.Append(" warm-up");
        }

        return text.ToString();
    }

    /// <summary>The reps part: <c>5</c>, <c>8-10</c>, <c>AMRAP</c>, <c>30s</c> or <c>20 m</c>, with <c>/side</c>.</summary>
    public static string Reps(TrainingSet set)
    {
        var reps = set switch
        {
            { Amrap: true } => "AMRAP",
            { Reps: { } low, RepsMax: { } high } when high != low => $"{low}-{high}",
            { Reps: { } n } => n.ToString(CultureInfo.InvariantCulture),
            { Duration: { } duration } => Duration(duration),
            { Distance: { } distance } => $"{Math.Round(distance.Meters, 2).ToString("0.##", CultureInfo.InvariantCulture)}m",
            _ => "1",
        };
        return set.PerSide ? reps + "/side" : reps;
    }

    /// <summary>
    /// Everything the set says about its load, in one <c>@</c> clause: the mass (or <c>bw</c>, <c>bw+10 kg</c>),
    /// the share of 1RM, RPE and RIR; empty when it says nothing.
    /// </summary>
    public static string LoadText(TrainingSet set, MassUnit units)
    {
        var parts = new List<string>(4);
        if (set.Bodyweight)
        {
            parts.Add(set.Load is { } extra && extra.Kilograms > 0 ? $"bw{(set.Assisted ? '-' : '+')}{Mass(extra, units)}" : "bw");
        }
        else if (set.Load is { } load)
        {
            parts.Add(Mass(load, units));
        }

        if (set.PercentOneRepMax is { } percent)
        {
            parts.Add($"{Number(percent)}%");
        }

        if (set.Rpe is { } rpe)
        {
            parts.Add($"RPE {rpe.Value.ToString("0.#", CultureInfo.InvariantCulture)}");
        }

        if (set.RepsInReserve is { } rir)
        {
            parts.Add($"RIR {rir}");
        }

        return string.Join(' ', parts);
    }
}
