using System.Globalization;

namespace RunLift.Web.Features.Progress;

/// <summary>The x-axis labels of the progress charts: four or five dates, the others blank so that they do not run into each other on a phone.</summary>
internal static class AxisLabels
{
    /// <summary>
    /// A label every fifth of <paramref name="points"/>, counted back from the last (always labelled), blank between:
    /// the day and month ("3 Mar") for a range <paramref name="withinAYear"/>, else the month and the whole year
    /// ("Apr 2019"), never a two-digit year, which reads as a day ("Apr 19").
    /// </summary>
    public static string[] Of(IReadOnlyList<DateOnly> points, bool withinAYear)
    {
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 5.0));
        var format = withinAYear ? "d MMM" : "MMM yyyy";
        return [.. points.Select((day, i) => (points.Count - 1 - i) % every == 0 ? day.ToString(format, CultureInfo.InvariantCulture) : "")];
    }
}
