using System.Globalization;

namespace RunLift.Time;

/// <summary>
/// An ISO 8601 week, Monday to Sunday: the week logs are judged in, plans are laid out in and the dashboard shows.
/// Every week calculation goes through here (the Monday of a date, the next Monday, the weeks before), so that no
/// two places count weeks differently.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    private IsoWeek(DateOnly monday) => Monday = monday;

    /// <summary>The week's first day.</summary>
    public DateOnly Monday { get; }

    /// <summary>The week's last day.</summary>
    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The ISO week-numbering year: the year of the week's Thursday (2026-12-28 … 2027-01-03 is 2026-W53).</summary>
    public int Year => ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The week's number in its <see cref="Year"/>, 1 to 52 or 53.</summary>
    public int Number => ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The week after this one.</summary>
    public IsoWeek Next => Plus(1);

    /// <summary>The week before this one.</summary>
    public IsoWeek Previous => Plus(-1);

    /// <summary>The seven days, Monday first.</summary>
    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var i = 0; i < 7; i++)
            {
                yield return Monday.AddDays(i);
            }
        }
    }

    /// <summary>The week <paramref name="date"/> falls in.</summary>
    public static IsoWeek Of(DateOnly date) => new(MondayOf(date));

    /// <summary>Week <paramref name="number"/> of the ISO year <paramref name="year"/> (2026, 53 is 28 December 2026).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year has no such week.</exception>
    public static IsoWeek FromNumber(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ISOWeek.GetWeeksInYear(year));
        return new(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
    }

    /// <summary>How many weeks the ISO year <paramref name="year"/> has: 52, or 53 when it starts or ends on a Thursday.</summary>
    public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

    /// <summary>The day's position in its week: Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The Monday of <paramref name="date"/>'s week.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-DayIndex(date.DayOfWeek));

    /// <summary>The Sunday that ends <paramref name="date"/>'s week.</summary>
    public static DateOnly SundayOf(DateOnly date) => MondayOf(date).AddDays(6);

    /// <summary>The first Monday strictly after <paramref name="date"/> (a Monday gives the one a week later): where a plan starts by default.</summary>
    public static DateOnly NextMonday(DateOnly date) => MondayOf(date).AddDays(7);

    /// <summary>The week <paramref name="weeks"/> weeks after this one (before it when negative).</summary>
    public IsoWeek Plus(int weeks) => new(Monday.AddDays(7 * weeks));

    /// <summary>The day of this week that is a <paramref name="day"/>.</summary>
    public DateOnly On(DayOfWeek day) => Monday.AddDays(DayIndex(day));

    /// <summary>Whether <paramref name="date"/> is one of this week's days.</summary>
    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    /// <summary>Whole weeks from this week to <paramref name="later"/> (negative when it is earlier).</summary>
    public int WeeksUntil(IsoWeek later) => (later.Monday.DayNumber - Monday.DayNumber) / 7;

    /// <summary>
    /// The first day of the <paramref name="weeks"/> whole weeks (7 days each, not ISO weeks) that end on
    /// <paramref name="last"/>: the window of "the last 8 weeks" up to a day.
    /// </summary>
    public static DateOnly StartOfWeeksEndingOn(DateOnly last, int weeks) => last.AddDays((-7 * weeks) + 1);

    /// <summary>The same day <paramref name="weeks"/> weeks before <paramref name="date"/>.</summary>
    public static DateOnly WeeksBefore(DateOnly date, int weeks) => date.AddDays(-7 * weeks);

    /// <inheritdoc/>
    public int CompareTo(IsoWeek other) => Monday.CompareTo(other.Monday);

    /// <summary>Whether <paramref name="left"/> is an earlier week than <paramref name="right"/>.</summary>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a later week than <paramref name="right"/>.</summary>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same week as <paramref name="right"/> or an earlier one.</summary>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same week as <paramref name="right"/> or a later one.</summary>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    /// <summary>ISO 8601's week notation: <c>2026-W53</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Number:00}");
}
