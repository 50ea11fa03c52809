using System.Globalization;
using RunLift.Training;

namespace RunLift.Web.Features.Plans;

/// <summary>What a check found for a plan, in words ("Running week: Tue intervals, 70 min, am").</summary>
internal static class PlanFromCheckText
{
    /// <summary>One line for the running week, one per max (in <paramref name="units"/>) and one per race.</summary>
    public static IEnumerable<string> Lines(PlanFromCheck found, MassUnit units)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (found.RunningWeek.Count > 0)
        {
            yield return "Running week: " + string.Join("; ", found.RunningWeek.Select(Run)) + ".";
        }

        foreach (var max in found.Maxes)
        {
            yield return $"Max: {max.Exercise} {Mass(max.OneRepMaxKg, units)}.";
        }

        foreach (var race in found.Races)
        {
            yield return $"Race: {Race(race)}.";
        }
    }

    /// <summary>"Sun 18 Apr 2027, Boston, 42.195 km, A".</summary>
    public static string Race(CarriedRace race) =>
        string.Join(", ", new[]
        {
            race.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
            race.Name,
            (race.DistanceMeters / 1000).ToString("0.###", CultureInfo.InvariantCulture) + " km",
            race.Priority,
        }.OfType<string>());

    private static string Run(CarriedRun run) =>
        string.Join(", ", new[]
        {
            $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(run.Day)} {run.Kind}",
            run.Minutes is { } minutes ? $"{minutes} min" : null,
            run.Time,
        }.OfType<string>());

    private static string Mass(double kilograms, MassUnit units) =>
        units == MassUnit.Pounds
            ? $"{Math.Round(Load.FromKilograms(kilograms).Pounds):0} lb"
            : $"{Math.Round(kilograms * 2) / 2:0.#} kg";
}
