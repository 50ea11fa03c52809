using System.Globalization;

namespace RunLift.Web.Features.Log;

// Public as the log page's month bar takes it; the API's shape all the same.
/// <summary>A month of the log with training in it: how many strength sessions and runs are dated in it.</summary>
/// <param name="Month">The month, YYYY-MM.</param>
/// <param name="Sessions">Strength sessions dated in it.</param>
/// <param name="Runs">Runs dated in it.</param>
public sealed record LogMonthCount(string Month, int Sessions, int Runs);

/// <summary>
/// The log page's month: its weeks (only the month's days), the months of the whole log with training, newest first,
/// and the athlete's today.
/// </summary>
internal sealed record LogMonthView(DateOnly Month, IReadOnlyList<LogWeek> Weeks, IReadOnlyList<LogMonthCount> Months, DateOnly Today);

/// <summary>
/// Months as the log's addresses and the API write them (YYYY-MM, <c>/log?month=2023-04</c>): read, written and named,
/// within the years a training day can be.
/// </summary>
internal static class LogMonth
{
    private const string Format = "yyyy-MM";
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    /// <summary>The first day of the month <paramref name="text"/> names, or why it names none.</summary>
    public static DateOnly? TryRead(string text, out string? error)
    {
        if (!DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            error = $"must be a month YYYY-MM, such as 2023-04, not '{Shown(text)}'.";
            return null;
        }

        if (first.Year is < FirstYear or > LastYear)
        {
            error = $"must be a month of the years {FirstYear}–{LastYear}, not {text}.";
            return null;
        }

        error = null;
        return first;
    }

    /// <summary>
    /// The months <paramref name="from"/> and <paramref name="to"/> name (YYYY-MM, both included, each open when absent) as
    /// their first days, or null with the problem of each field.
    /// </summary>
    public static (DateOnly? From, DateOnly? To)? TryReadRange(string? from, string? to, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var first = Field(from, "from", errors);
        var last = Field(to, "to", errors);
        if (first > last)
        {
            errors["to"] = [$"must be on or after from ({from}), not {to}."];
        }

        return errors.Count > 0 ? null : (first, last);
    }

    /// <summary>The first day of a month written YYYY-MM by <see cref="Of"/>.</summary>
    public static DateOnly FirstDayOf(string month) => DateOnly.ParseExact(month, Format, CultureInfo.InvariantCulture);

    /// <summary><paramref name="day"/>'s month, YYYY-MM.</summary>
    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary><paramref name="day"/>'s month in words, "April 2023".</summary>
    public static string Named(DateOnly day) => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The log page's address for <paramref name="day"/>'s month.</summary>
    public static string PathOf(DateOnly day) => "/log?month=" + Of(day);

    private static DateOnly? Field(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var first = TryRead(text, out var error);
        if (error is not null)
        {
            errors[field] = [error];
        }

        return first;
    }

    // A hostile value is echoed short: the message says what was wrong, not all of it.
    private static string Shown(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
