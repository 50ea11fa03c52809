namespace RunLift.Time;

/// <summary>
/// The athlete's calendar and clock: what day it is where the athlete lives, the day an instant falls on there, and
/// the instant of a time on their wall clock. Instants are UTC; days are <see cref="DateOnly"/>s in the athlete's
/// IANA zone. Nothing else turns "now" into a date, so the log, the dashboard, plans and the command line agree on
/// today even for an athlete in Pacific/Auckland, whose day starts half a day before UTC's.
/// </summary>
public static class AthleteClock
{
    /// <summary>The date on the athlete's wall calendar now.</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        return LocalDate(time.GetUtcNow(), zone);
    }

    /// <summary>The ISO week the athlete is in now.</summary>
    public static IsoWeek ThisWeek(TimeProvider time, TimeZoneInfo zone) => IsoWeek.Of(Today(time, zone));

    /// <summary>The athlete's wall-clock date and time at <paramref name="instant"/>.</summary>
    public static DateTime LocalDateTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone).DateTime;
    }

    /// <summary>The day <paramref name="instant"/> falls on in the athlete's zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(LocalDateTime(instant, zone));

    /// <summary>The day and the time of day the athlete's calendar and clock show at <paramref name="instant"/>.</summary>
    public static (DateOnly Date, TimeOnly Time) WallClock(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = LocalDateTime(instant, zone);
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>
    /// The instant the athlete's clock shows <paramref name="time"/> on <paramref name="date"/>. A time the clocks
    /// skip when they go forward is read with the offset before the change (02:30 becomes 03:30 summer time, as the
    /// clock would have read had it not jumped); a time they show twice when they go back is the first of the two.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Zones change their offset at most a few times a year: a day before the gap has the offset before it.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the hour before the clocks went back.
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
