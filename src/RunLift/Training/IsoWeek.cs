namespace RunLift.Training;

/// <summary>ISO weeks, Monday to Sunday: the weeks logs are judged in and plans are laid out in.</summary>
public static class IsoWeek
{
    /// <summary>The day's position in its week: Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The Monday of <paramref name="date"/>'s week.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-DayIndex(date.DayOfWeek));
}
