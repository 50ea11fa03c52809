using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Following;
using RunLift.Formats;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Data.Plans;

/// <summary>
/// Reads an athlete's saved plans and logged sessions as the domain follows them (<see cref="PlanFollower"/>): the
/// calendar, the compliance of a plan, the next session and the feed all start here. Only the plans and sessions near
/// the days asked for are read, so that ten years of history cost no more than a few weeks.
/// </summary>
public static class PlanFollowing
{
    // A session done a day late matches, and a missed one moves within its week: a week either side is enough.
    private const int MarginDays = 8;

    /// <summary>The athlete's plans that touch <paramref name="from"/>–<paramref name="to"/>, followed together against the log.</summary>
    public static async Task<Followed> FollowAsync(AppDbContext db, ExerciseCatalog catalog, string account, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == account && p.End >= from.AddDays(-MarginDays) && p.Start <= to.AddDays(MarginDays))
            .ToListAsync(cancellation);
        var takeovers = await TakeoversAsync(db, account, stored, from.AddDays(-MarginDays), cancellation);
        var followed = await FollowAsync(db, catalog, account, stored, takeovers, today, (from, to), cancellation);
        var cutOnly = takeovers.Select(p => p.Id).ToHashSet();
        return followed with { Plans = [.. followed.Plans.Where(p => !cutOnly.Contains(p.Plan.Id))] };
    }

    /// <summary>
    /// The plans that ended before <paramref name="before"/> but started after one of <paramref name="stored"/>: a plan that
    /// starts later takes over from its start for good (<see cref="PlanFollower.FollowAll"/>), so such a plan still takes
    /// the older plan's sessions on the days asked for. Only their days are read; they have no sessions to follow there.
    /// </summary>
    private static async Task<List<PlanToFollow>> TakeoversAsync(AppDbContext db, string account, List<SavedPlan> stored, DateOnly before, CancellationToken cancellation)
    {
        if (stored.Count == 0)
        {
            return [];
        }

        var earliest = stored.Min(p => p.Start);
        var ended = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == account && p.Start >= earliest && p.End < before)
            .Select(p => new { p.Id, p.Start, p.End })
            .ToListAsync(cancellation);
        return [.. ended.Select(p => new PlanToFollow(p.Id, p.Start, p.End, null, []))];
    }

    /// <summary>The athlete's plan <paramref name="planId"/> followed alone; null when they have no such plan.</summary>
    public static async Task<Followed?> FollowPlanAsync(AppDbContext db, ExerciseCatalog catalog, string account, long planId, DateOnly today, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Plans.AsNoTracking().Where(p => p.AccountId == account && p.Id == planId).ToListAsync(cancellation);
        return stored.Count == 0 ? null : await FollowAsync(db, catalog, account, stored, takeovers: [], today, range: null, cancellation);
    }

    // range: the days a calendar shows, whose sessions are read whether a plan covers them or not; null for one plan alone.
    // takeovers: plans without sessions to follow, whose starts cut the older plans short.
    private static async Task<Followed> FollowAsync(
        AppDbContext db, ExerciseCatalog catalog, string account, List<SavedPlan> stored, List<PlanToFollow> takeovers, DateOnly today,
        (DateOnly From, DateOnly To)? range, CancellationToken cancellation)
    {
        var plans = stored.Select(ToFollow).ToList();
        var spans = plans.Select(p => (From: p.Start.AddDays(-MarginDays), To: p.End.AddDays(MarginDays))).ToList();
        if (range is { } days)
        {
            spans.Add(days);
        }

        var logged = spans.Count == 0 ? [] : await LoggedAsync(db, account, spans.Min(s => s.From), spans.Max(s => s.To), cancellation);
        var follower = new PlanFollower(catalog);
        IReadOnlyList<FollowedPlan> followed = range is null ? [follower.Follow(plans[0], logged, today)] : follower.FollowAll([.. plans, .. takeovers], logged, today);
        return new Followed(followed, logged, today);
    }

    /// <summary>The athlete's logged sessions from <paramref name="from"/> to <paramref name="to"/>, with their working sets by exercise.</summary>
    public static async Task<IReadOnlyList<LoggedWorkout>> LoggedAsync(AppDbContext db, string account, DateOnly from, DateOnly to, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == account && s.Date >= from && s.Date <= to)
            .Select(s => new { s.Id, s.Name, s.Date })
            .ToListAsync(cancellation);
        // From the sessions to their sets: both by index, where a filter on the sets would visit every athlete's sets.
        var sets = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == account && s.Date >= from && s.Date <= to)
            .Join(db.Sets.Where(x => x.Kind != SetKind.Warmup), s => s.Id, x => x.SessionId, (s, x) => x)
            .GroupBy(x => new { x.SessionId, x.ExerciseId })
            .Select(g => new { g.Key.SessionId, g.Key.ExerciseId, Sets = g.Count() })
            .ToListAsync(cancellation);
        var lifts = sets.ToLookup(s => s.SessionId, s => new WorkoutLift(s.ExerciseId, s.Sets));
        return [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new LoggedWorkout(s.Id, s.Name, s.Date, [.. lifts[s.Id]]))];
    }

    /// <summary>A stored plan as the domain follows it: its sessions' working sets, and its request when it still reads.</summary>
    public static PlanToFollow ToFollow(SavedPlan saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var document = PlanJsonReader.Read(saved.PlanJson);
        var sessions = document.Sessions.Select(s => new PlannedWorkout(
            saved.Id,
            s.Name,
            s.Date,
            TimeOf(s.Time),
            [.. s.Exercises.Select(e => new WorkoutLift(e.Id, e.Sets.Count(set => !set.Warmup)))])).ToList();
        return new PlanToFollow(saved.Id, saved.Start, saved.End, RequestOf(saved.RequestYaml), sessions);
    }

    /// <summary>The stored request, or null when it no longer reads (then a missed session cannot be moved, only dropped).</summary>
    private static PlanRequest? RequestOf(string yaml)
    {
        try
        {
            return PlanRequestReader.Parse("request", yaml, DateOnly.MinValue);
        }
        catch (InputException)
        {
            return null;
        }
    }

    /// <summary>A session's time as the plan writes it: <c>am</c>, <c>pm</c> or <c>HH:mm</c>.</summary>
    private static TimeOnly? TimeOf(string text) => text switch
    {
        "am" => TimeOfDay.Am.Time,
        "pm" => TimeOfDay.Pm.Time,
        _ => TimeOnly.TryParseExact(text, "HH:mm", out var time) ? time : null,
    };
}

/// <summary>Plans followed against the log on the athlete's today, with the logged sessions they were followed against.</summary>
/// <param name="Plans">The plans, oldest first.</param>
/// <param name="Logged">The logged sessions read, by day.</param>
/// <param name="Today">The athlete's today.</param>
public sealed record Followed(IReadOnlyList<FollowedPlan> Plans, IReadOnlyList<LoggedWorkout> Logged, DateOnly Today)
{
    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IReadOnlyList<CalendarDay> Days(DateOnly from, DateOnly to) => TrainingCalendar.Days(Plans, Logged, from, to);

    /// <summary>The next session of any plan: the first dated on or after today that no logged session matches yet.</summary>
    public FollowedSession? Next => Plans.Select(p => p.Next).Where(n => n is not null).OrderBy(n => n!.Date).ThenBy(n => n!.Planned.Time).FirstOrDefault();
}
