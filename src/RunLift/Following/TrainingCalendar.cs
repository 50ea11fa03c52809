namespace RunLift.Following;

/// <summary>What a day of the training calendar came to.</summary>
public enum DayStatus
{
    /// <summary>Its planned session (or the one a session on it matched) is ≥ 80 % done.</summary>
    Done,

    /// <summary>50–79 % done.</summary>
    Partial,

    /// <summary>Its day is past and under half of it was done, or nothing.</summary>
    Missed,

    /// <summary>A session is planned for it (today or later).</summary>
    Planned,

    /// <summary>A session was planned for it, missed, and moved to a later day of the week.</summary>
    Moved,

    /// <summary>A session was logged that no plan asked for.</summary>
    Unplanned,

    /// <summary>No strength session planned or done (runs may be).</summary>
    Rest,
}

/// <summary>A day of the training calendar.</summary>
/// <param name="Date">The day, in the athlete's time zone.</param>
/// <param name="Status">What it came to.</param>
/// <param name="Compliance">The share of its planned working sets done (0–1); null when nothing due was planned.</param>
/// <param name="Planned">The planned sessions on it now (moved ones on their new day), with their outcome.</param>
/// <param name="MovedAway">Sessions planned for it that were missed and moved to a later day.</param>
/// <param name="Logged">The sessions logged on it.</param>
public sealed record CalendarDay(
    DateOnly Date, DayStatus Status, double? Compliance, IReadOnlyList<FollowedSession> Planned, IReadOnlyList<FollowedSession> MovedAway, IReadOnlyList<LoggedWorkout> Logged);

/// <summary>Lays followed plans and the log out day by day.</summary>
public static class TrainingCalendar
{
    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> (both included) of <paramref name="plans"/> and <paramref name="logged"/>.</summary>
    public static IReadOnlyList<CalendarDay> Days(IReadOnlyList<FollowedPlan> plans, IReadOnlyList<LoggedWorkout> logged, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(logged);
        var sessions = plans.SelectMany(p => p.Sessions).ToList();
        var onDay = sessions.Where(s => s.Date >= from && s.Date <= to).ToLookup(s => s.Date);
        var movedAway = sessions.Where(s => s.Moved && s.Planned.Date >= from && s.Planned.Date <= to).ToLookup(s => s.Planned.Date);
        var matchedOn = sessions.Where(s => s.Logged is not null).ToLookup(s => s.Logged!.Date);
        var logs = logged.Where(l => l.Date >= from && l.Date <= to).ToLookup(l => l.Date);
        var days = new List<CalendarDay>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var planned = onDay[date].ToList();
            var away = movedAway[date].ToList();
            var done = logs[date].OrderBy(l => l.SessionId).ToList();

            // A session done a day early or late counts for its planned day; its own day shows how that session went.
            var judged = planned.Count > 0 ? planned : matchedOn[date].ToList();
            var (status, compliance) = Judge(judged, away.Count > 0, done.Count > 0);
            days.Add(new CalendarDay(date, status, compliance, planned, away, done));
        }

        return days;
    }

    private static (DayStatus Status, double? Compliance) Judge(List<FollowedSession> sessions, bool movedAway, bool logged)
    {
        var due = sessions.Where(s => s.Outcome != SessionOutcome.Planned).ToList();
        if (due.Count > 0)
        {
            var share = FollowedSession.Share(due.Sum(s => s.MatchedSets), due.Sum(s => s.Planned.WorkingSets));
            return (Compliance.OutcomeOf(share) switch
            {
                SessionOutcome.Done => DayStatus.Done,
                SessionOutcome.Partial => DayStatus.Partial,
                _ => DayStatus.Missed,
            }, share);
        }

        return sessions.Count > 0 ? (DayStatus.Planned, null)
            : movedAway ? (DayStatus.Moved, null)
            : logged ? (DayStatus.Unplanned, null)
            : (DayStatus.Rest, null);
    }
}
