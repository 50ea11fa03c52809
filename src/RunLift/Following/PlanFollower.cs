using RunLift.Catalog;

namespace RunLift.Following;

/// <summary>
/// Follows saved plans against the log (principles.md, "The plan follows the athlete"): a logged session matches a planned
/// one on the same day, or a day either side when it shares exercises with it; a planned session whose day is past with
/// no match is missed, and moves to a later day of its week where the 24 h and 48 h rules allow, else it is dropped.
/// </summary>
/// <param name="catalog">Says which logged exercises stand in for planned ones.</param>
public sealed class PlanFollower(ExerciseCatalog catalog)
{
    /// <summary>Follows <paramref name="plan"/> alone against <paramref name="logged"/> on the athlete's <paramref name="today"/>.</summary>
    public FollowedPlan Follow(PlanToFollow plan, IReadOnlyList<LoggedWorkout> logged, DateOnly today) =>
        Follow(plan, plan.Sessions, logged, new HashSet<long>(), today);

    /// <summary>
    /// Follows every plan of an athlete together: where plans overlap, the one that starts later takes over from its start
    /// (the older one's sessions from then on are superseded), and a logged session counts for one planned session only.
    /// </summary>
    public IReadOnlyList<FollowedPlan> FollowAll(IReadOnlyList<PlanToFollow> plans, IReadOnlyList<LoggedWorkout> logged, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var newestFirst = plans.OrderByDescending(p => p.Start).ThenByDescending(p => p.Id).ToList();
        var taken = new HashSet<long>();
        var followed = new List<FollowedPlan>(newestFirst.Count);
        DateOnly? takenOverOn = null;
        foreach (var plan in newestFirst)
        {
            var own = takenOverOn is { } cut ? [.. plan.Sessions.Where(s => s.Date < cut)] : plan.Sessions;
            followed.Add(Follow(plan, own, logged, taken, today));
            takenOverOn = takenOverOn is { } earlier && earlier < plan.Start ? earlier : plan.Start;
        }

        followed.Reverse();
        return followed;
    }

    private FollowedPlan Follow(PlanToFollow plan, IReadOnlyList<PlannedWorkout> sessions, IReadOnlyList<LoggedWorkout> logged, HashSet<long> taken, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(logged);
        var ordered = sessions.OrderBy(s => s.Date).ThenBy(s => s.Time).ToList();
        var nearby = logged.Where(l => l.Date >= plan.Start.AddDays(-1) && l.Date <= plan.End.AddDays(1)).OrderBy(l => l.Date).ThenBy(l => l.SessionId).ToList();
        var matches = new LoggedWorkout?[ordered.Count];

        // Same-day matches first, so that a session done a day late never takes the log of the next day's own session.
        for (var i = 0; i < ordered.Count; i++)
        {
            matches[i] = Best(ordered[i], ordered[i].Date, nearby, taken, sameDayOnly: true);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            matches[i] ??= Best(ordered[i], ordered[i].Date, nearby, taken, sameDayOnly: false);
        }

        var moves = new MissedSessionMoves(plan.Request);
        var result = new List<FollowedSession>(ordered.Count);
        var dates = ordered.Select(s => s.Date).ToArray();
        for (var i = 0; i < ordered.Count; i++)
        {
            var planned = ordered[i];
            if (matches[i] is { } match)
            {
                result.Add(Matched(planned, planned.Date, match));
                continue;
            }

            if (planned.Date >= today)
            {
                result.Add(new FollowedSession(planned, planned.Date, SessionOutcome.Planned, null, 0));
                continue;
            }

            // Missed: the sessions that stay where they are, and every session logged by the day after it was missed, keep
            // the new day 48 h clear. Where it goes is decided that day: a session logged later (the moved one, done on its
            // new day) is matched to it there, never a reason to move it again.
            var decided = planned.Date.AddDays(1);
            var others = ordered.Select((s, j) => (Date: dates[j], s.Time, Index: j))
                .Where(o => o.Index != i && (matches[o.Index] is not null || o.Date >= today || o.Index > i || result[o.Index].Moved))
                .Select(o => (o.Date, o.Time))
                .Concat(nearby.Where(l => l.Date <= decided).Select(l => (l.Date, (TimeOnly?)null)));
            if (moves.DayFor(planned, others) is not { } day)
            {
                result.Add(new FollowedSession(planned, planned.Date, SessionOutcome.Missed, null, 0, Dropped: true));
                continue;
            }

            dates[i] = day;
            var moved = planned with { Date = day, Time = moves.TimeOn(day) ?? planned.Time };
            result.Add(Best(moved, day, nearby, taken, sameDayOnly: false) is { } late
                ? Matched(planned, day, late)
                : new FollowedSession(planned, day, day >= today ? SessionOutcome.Planned : SessionOutcome.Missed, null, 0));
        }

        return new FollowedPlan(plan, today, [.. result.OrderBy(s => s.Date).ThenBy(s => s.Planned.Time)]);
    }

    private FollowedSession Matched(PlannedWorkout planned, DateOnly date, LoggedWorkout logged)
    {
        var sets = Compliance.MatchedSets(planned, logged, catalog);
        return new FollowedSession(planned, date, Compliance.OutcomeOf(FollowedSession.Share(sets, planned.WorkingSets)), logged, sets);
    }

    /// <summary>The untaken logged session that best matches <paramref name="planned"/> on <paramref name="date"/> (or a day either side, by its exercises), taken.</summary>
    private LoggedWorkout? Best(PlannedWorkout planned, DateOnly date, List<LoggedWorkout> nearby, HashSet<long> taken, bool sameDayOnly)
    {
        LoggedWorkout? best = null;
        var bestSets = -1;
        foreach (var log in nearby)
        {
            var days = Math.Abs(log.Date.DayNumber - date.DayNumber);
            if (days > (sameDayOnly ? 0 : 1) || taken.Contains(log.SessionId))
            {
                continue;
            }

            var sets = Compliance.MatchedSets(planned, log, catalog);
            if ((days == 0 || sets > 0) && sets > bestSets)
            {
                (best, bestSets) = (log, sets);
            }
        }

        if (best is not null)
        {
            taken.Add(best.SessionId);
        }

        return best;
    }
}
