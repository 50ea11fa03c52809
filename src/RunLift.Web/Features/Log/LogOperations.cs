using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Log;

/// <summary>The log's weeks: an athlete's sessions and runs week by week.</summary>
internal sealed record LogWeek(DateOnly Monday, IReadOnlyList<SessionSummary> Sessions, IReadOnlyList<RunView> Runs);

/// <summary>A saved plan the log can prefill a session from.</summary>
internal sealed record PlanChoice(long Id, string Name);

/// <summary>
/// What the log page reads around the sessions it edits: the athlete's today and unit, the recent weeks of their log,
/// and the saved plans a new session can be prefilled from.
/// </summary>
internal sealed class LogOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>The date in the athlete's zone: a new session's day, not the server's nor UTC's.</summary>
    public async Task<DateOnly> TodayAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
    }

    /// <summary>The athlete's zone: their days are dates there, and the times of their check-ins and threads are shown in it.</summary>
    public async Task<TimeZoneInfo> ZoneAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ProfileTimeZone.OfAsync(db, accountId, cancellation);
    }

    /// <summary>The unit the athlete enters loads in (kilograms until the profile says).</summary>
    public async Task<MassUnit> UnitsAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Profiles.Where(p => p.AccountId == accountId).Select(p => (MassUnit?)p.Units).FirstOrDefaultAsync(cancellation) ?? MassUnit.Kilograms;
    }

    /// <summary>The athlete's saved plans, the latest changed first.</summary>
    public async Task<List<PlanChoice>> PlansAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Plans.AsNoTracking().Where(p => p.AccountId == accountId).OrderByDescending(p => p.UpdatedAt)
            .Select(p => new PlanChoice(p.Id, p.Name)).ToListAsync(cancellation);
    }

    /// <summary>
    /// The <paramref name="count"/> weeks up to the latest one with a logged session (up to the athlete's this week when
    /// there is none), so that an imported history from years ago still shows; newest first, weeks without training left out.
    /// </summary>
    public async Task<List<LogWeek>> RecentWeeksAsync(string accountId, int count, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var latest = await db.Sessions.Where(s => s.AccountId == accountId).MaxAsync(s => (DateOnly?)s.WeekStart, cancellation);
        var last = latest is { } week ? IsoWeek.Of(week) : IsoWeek.Of(await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation));
        var from = last.Plus(-(count - 1)).Monday;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId && s.WeekStart >= from)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Select(s => new SessionSummary(s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Source,
                s.Sets.Count, s.Sets.Count(set => set.Kind != SetKind.Warmup))
            {
                Pain = s.Pain,
                PainSite = s.PainSite,
                CheckedInAt = s.CheckedInAt,
            })
            .ToListAsync(cancellation);
        var runs = await db.Runs.AsNoTracking().Where(r => r.AccountId == accountId && r.WeekStart >= from)
            .OrderByDescending(r => r.Date)
            .Select(r => new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis))
            .ToListAsync(cancellation);
        return [.. sessions.Select(s => IsoWeek.MondayOf(s.Date)).Concat(runs.Select(r => IsoWeek.MondayOf(r.Date)))
            .Distinct().OrderDescending()
            .Select(monday => new LogWeek(monday,
                [.. sessions.Where(s => IsoWeek.MondayOf(s.Date) == monday)],
                [.. runs.Where(r => IsoWeek.MondayOf(r.Date) == monday)]))];
    }
}
