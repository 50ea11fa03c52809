namespace RunLift.Training;

/// <summary>
/// When in the day something happens: an exact clock time (<c>17:30</c>) or just morning/afternoon
/// (<c>am</c>/<c>pm</c>), which is enough to order a run against a lift on the same day.
/// </summary>
public readonly record struct TimeOfDay
{
    private static readonly TimeOnly Morning = new(7, 0);
    private static readonly TimeOnly Evening = new(18, 0);

    private TimeOfDay(TimeOnly time, bool approximate)
    {
        Time = time;
        IsApproximate = approximate;
    }

    /// <summary>The clock time (07:00 for <c>am</c>, 18:00 for <c>pm</c>).</summary>
    public TimeOnly Time { get; }

    /// <summary>True when only <c>am</c> or <c>pm</c> was given.</summary>
    public bool IsApproximate { get; }

    /// <summary>Some time in the morning.</summary>
    public static TimeOfDay Am => new(Morning, true);

    /// <summary>Some time in the afternoon or evening.</summary>
    public static TimeOfDay Pm => new(Evening, true);

    /// <summary>An exact clock time.</summary>
    public static TimeOfDay At(TimeOnly time) => new(time, false);


    /// <inheritdoc />
    public override string ToString() => IsApproximate ? (Time < new TimeOnly(12, 0) ? "am" : "pm") : Time.ToString("HH:mm");
}
