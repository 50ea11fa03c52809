namespace RunLift.Formats.Calendar;

/// <summary>
/// One event of a calendar that <see cref="PlanCalendarWriter"/> writes: a session or a run at its time on the
/// athlete's clock, or a whole day when it has no time.
/// </summary>
public sealed record CalendarEntry
{
    /// <summary>
    /// What the event's UID is made of (<c>{Key}@runlift</c>): the same for the same event every time the calendar is
    /// written, so that a calendar app updates the event instead of adding a second copy.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The day, on the athlete's calendar.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When it starts on the athlete's clock; null for an event that takes the whole day.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>How long a timed event lasts (at least a minute is written); an all-day event lasts its day.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The title.</summary>
    public required string Summary { get; init; }

    /// <summary>The description, a line each (an exercise with its sets, a note).</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>The event's category: <see cref="PlanCalendarWriter.StrengthCategory"/>, <see cref="PlanCalendarWriter.RunningCategory"/>.</summary>
    public required string Category { get; init; }
}

/// <summary>
/// What a subscribed calendar (a feed) says about itself: the name calendar apps show for it, and how often they should
/// fetch it again.
/// </summary>
/// <param name="Name">The calendar's name (<c>NAME</c>, <c>X-WR-CALNAME</c>).</param>
/// <param name="RefreshInterval">How often to fetch it again (<c>REFRESH-INTERVAL</c>, <c>X-PUBLISHED-TTL</c>).</param>
public sealed record CalendarFeedHeader(string Name, TimeSpan RefreshInterval);
