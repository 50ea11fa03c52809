using System.Globalization;
using RunLift.Time;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// The days a calendar request asks for: <c>from</c> and <c>to</c> (YYYY-MM-DD, both included), each defaulting to four
/// weeks either side of the athlete's week, at most <see cref="MaxDays"/> days, within the years a training day can be.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
internal sealed record CalendarRange(DateOnly From, DateOnly To)
{
    /// <summary>The most days one request may ask for.</summary>
    public const int MaxDays = 400;

    /// <summary>The weeks either side of the athlete's week shown by default.</summary>
    public const int DefaultWeeksAround = 4;

    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    /// <summary>From the Monday <see cref="DefaultWeeksAround"/> weeks before <paramref name="today"/>'s week to the Sunday as many weeks after.</summary>
    public static CalendarRange Around(DateOnly today) =>
        new(IsoWeek.MondayOf(today).AddDays(-7 * DefaultWeeksAround), IsoWeek.SundayOf(today).AddDays(7 * DefaultWeeksAround));

    /// <summary>The weeks of <paramref name="month"/>'s month: from the Monday on or before its first day to the Sunday on or after its last.</summary>
    public static CalendarRange OfMonth(DateOnly month) =>
        new(IsoWeek.MondayOf(Months.FirstDayOf(month)), IsoWeek.SundayOf(Months.LastDayOf(month)));

    /// <summary>The range <paramref name="from"/> and <paramref name="to"/> ask for on the athlete's <paramref name="today"/>, or why they do not.</summary>
    public static CalendarRange? TryRead(string? from, string? to, DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var around = Around(today);
        var first = Day(from, "from", around.From, errors);
        var last = Day(to, "to", around.To, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        if (first > last)
        {
            errors["to"] = [$"must be on or after from ({first:yyyy-MM-dd}), not {last:yyyy-MM-dd}."];
        }
        else if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [$"at most {MaxDays} days from from: {first:yyyy-MM-dd} to {last:yyyy-MM-dd} is {last.DayNumber - first.DayNumber + 1}."];
        }

        return errors.Count > 0 ? null : new CalendarRange(first, last);
    }

    private static DateOnly Day(string? text, string field, DateOnly absent, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return absent;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors[field] = [$"must be a date YYYY-MM-DD, not '{Shown(text)}'."];
        }
        else if (day.Year is < FirstYear or > LastYear)
        {
            errors[field] = [$"must be a training day in the years {FirstYear}–{LastYear}, not {day:yyyy-MM-dd}."];
        }

        return day;
    }

    // A hostile value is echoed short: the problem says what was wrong, not all of it.
    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
