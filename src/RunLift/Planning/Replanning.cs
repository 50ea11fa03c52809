using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Time;

namespace RunLift.Planning;

/// <summary>
/// Re-planning from today on (principles.md, "Changes re-plan forward"): a new race, a changed running week or new maxes
/// change the plan from the athlete's today, while every session before today stays as the athlete was given it, so
/// that the log, the calendar's statuses and the comments still speak of the same sessions.
/// </summary>
public static class Replanning
{
    /// <summary>
    /// <paramref name="replanned"/> (the whole plan as the new request gives it, from the same start) from
    /// <paramref name="today"/> on, after <paramref name="stored"/>'s sessions, runs and weeks before it. A new session
    /// less than 48 h after the last one kept is left out, as the planner would have spaced them, and this week keeps no
    /// more sessions than the new plan gives it.
    /// </summary>
    public static TrainingPlan FromToday(TrainingPlan stored, TrainingPlan replanned, DateOnly today, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(replanned);
        if (today <= replanned.Request.Start)
        {
            return replanned;
        }

        var thisWeek = IsoWeek.MondayOf(today);
        var kept = stored.Sessions.Where(s => s.Date < today).ToList();
        var lastKept = kept.Count == 0 ? (DateOnly?)null : kept[^1].Date;
        var roomThisWeek = replanned.Sessions.Count(s => IsoWeek.MondayOf(s.Date) == thisWeek) - kept.Count(s => s.Date >= thisWeek);
        var sessions = kept;
        foreach (var session in replanned.Sessions.Where(s => s.Date >= today && (lastKept is not { } last || s.Date.DayNumber - last.DayNumber >= 2)))
        {
            if (IsoWeek.MondayOf(session.Date) == thisWeek)
            {
                if (roomThisWeek <= 0)
                {
                    continue;
                }

                roomThisWeek--;
            }

            sessions.Add(session);
        }

        List<Training.Run> runs = [.. stored.Runs.Where(r => r.Date < today), .. replanned.Runs.Where(r => r.Date >= today)];
        return replanned with
        {
            Weeks = [.. stored.Weeks.Where(w => IsoWeek.SundayOf(w.Start) < thisWeek), .. replanned.Weeks.Where(w => IsoWeek.SundayOf(w.Start) >= thisWeek)],
            Sessions = sessions,
            Runs = runs,
            Notes = [.. replanned.Notes, $"Re-planned from {today:yyyy-MM-dd} on: the sessions before it are as they were."],
            SelfCheck = TrainingPlan.SelfCheckOf(new Auditor(catalog), replanned.Request, sessions, runs),
        };
    }
}
