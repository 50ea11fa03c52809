using System.Globalization;
using RunLift.Training;

namespace RunLift.Web.Features.Plans;

/// <summary>What a check found for a plan, in words ("Running week: Tue intervals, 70 min, am").</summary>
internal static class PlanFromCheckText
{
    /// <summary>One line for the running week and one per max, maxes in <paramref name="units"/>.</summary>
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
    }

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
