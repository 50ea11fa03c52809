namespace RunLift.Time;

/// <summary>Calendar months of dates: where a month the log or the calendar shows starts and ends.</summary>
public static class Months
{
    /// <summary>The first day of <paramref name="day"/>'s month.</summary>
    public static DateOnly FirstDayOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The last day of <paramref name="day"/>'s month.</summary>
    public static DateOnly LastDayOf(DateOnly day) => FirstDayOf(day).AddMonths(1).AddDays(-1);
}
