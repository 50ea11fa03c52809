using System.Globalization;

namespace RunLift.Web.Features.Progress;

/// <summary>The x-axis labels of the progress charts: four or five dates, the others blank so that they do not run into each other on a phone.</summary>
internal static class AxisLabels
{
    /// <summary>
    /// Labels counted back from the last of <paramref name="points"/> (always labelled), blank between: five, the day
    /// and month ("3 Mar"), for a range <paramref name="withinAYear"/>; else four, the month and the whole year
    /// ("Apr 2019", never a two-digit year, which reads as a day: "Apr 19"), four as the longer labels would run into
    /// each other on a phone.
    /// </summary>
    public static string[] Of(IReadOnlyList<DateOnly> points, bool withinAYear)
    {
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / (withinAYear ? 5.0 : 4.0)));
        var format = withinAYear ? "d MMM" : "MMM yyyy";
        return [.. points.Select((day, i) => (points.Count - 1 - i) % every == 0 ? day.ToString(format, CultureInfo.InvariantCulture) : "")];
    }
}
