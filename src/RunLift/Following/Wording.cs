using System.Globalization;
using RunLift.Training;

namespace RunLift.Following;

/// <summary>How a prescription's reasons say days, loads and sites: as a runner would ("last Tuesday", "+5 kg", "the knee").</summary>
internal static class Wording
{
    /// <summary>"today", "yesterday", "last Tuesday" within the week, "on 1 Dec" before (with the year when it is not this one's).</summary>
    public static string When(DateOnly date, DateOnly today) => (today.DayNumber - date.DayNumber) switch
    {
        0 => "today",
        1 => "yesterday",
        >= 2 and <= 6 => $"last {date.DayOfWeek}",
        _ => date.Year == today.Year ? Invariant($"on {date:d MMM}") : Invariant($"on {date:d MMM yyyy}"),
    };

    /// <summary>A load in the athlete's unit: "102.5 kg", "225 lb".</summary>
    public static string Mass(Load load, MassUnit units) =>
        units == MassUnit.Pounds ? Invariant($"{load.Pounds:0.#} lb") : Invariant($"{load.Kilograms:0.#} kg");

    /// <summary>The site as a sentence names it: "the knee", "the lower back", "the Achilles".</summary>
    public static string Site(InjurySite site) =>
        site == InjurySite.Achilles ? "the Achilles" : "the " + site.Label().ToLowerInvariant();

    /// <summary>Formats numbers the same wherever the app runs.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
