using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Log;

/// <summary>The log's weeks: an athlete's sessions and runs week by week.</summary>
internal sealed record LogWeek(DateOnly Monday, IReadOnlyList<SessionSummary> Sessions, IReadOnlyList<RunView> Runs);

/// <summary>A saved plan the log can prefill a session from.</summary>
internal sealed record PlanChoice(long Id, string Name);

/// <summary>
/// What the log page reads around the sessions it edits: the athlete's today and unit, their log a month at a time with
/// the months that hold training, and the saved plans a new session can be prefilled from.
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
    /// The month of the log that <paramref name="month"/> (its first day) names, else the newest month with training
    /// (else the athlete's this month): its sessions and runs week by week, newest first, weeks without training left
    /// out, and the months of the whole log with their counts, so that any of them is a click away.
    /// </summary>
    public async Task<LogMonthView> MonthAsync(string accountId, DateOnly? month, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
        var months = await MonthsAsync(db, accountId, null, null, cancellation);
        var shown = month ?? (months.Count > 0 ? LogMonth.FirstDayOf(months[0].Month) : Months.FirstDayOf(today));
        var (from, to) = (shown, Months.LastDayOf(shown));
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId && s.Date >= from && s.Date <= to)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .Select(s => new SessionSummary(s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Source,
                s.Sets.Count, s.Sets.Count(set => set.Kind != SetKind.Warmup))
            {
                Pain = s.Pain,
                PainSite = s.PainSite,
                CheckedInAt = s.CheckedInAt,
            })
            .ToListAsync(cancellation);
        var runs = await db.Runs.AsNoTracking().Where(r => r.AccountId == accountId && r.Date >= from && r.Date <= to)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Select(r => new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis))
            .ToListAsync(cancellation);
        LogWeek[] weeks = [.. sessions.Select(s => IsoWeek.MondayOf(s.Date)).Concat(runs.Select(r => IsoWeek.MondayOf(r.Date)))
            .Distinct().OrderDescending()
            .Select(monday => new LogWeek(monday,
                [.. sessions.Where(s => IsoWeek.MondayOf(s.Date) == monday)],
                [.. runs.Where(r => IsoWeek.MondayOf(r.Date) == monday)]))];
        return new LogMonthView(shown, weeks, months, today);
    }

    /// <summary>
    /// The months with training from the month that starts on <paramref name="from"/> to the one that starts on
    /// <paramref name="to"/> (each bound only when given), newest first, with how many sessions and runs each holds.
    /// </summary>
    public async Task<List<LogMonthCount>> MonthsAsync(string accountId, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await MonthsAsync(db, accountId, from, to, cancellation);
    }

    // Counted in SQL, a row per month: ten years of a log are at most 120 rows of each.
    private static async Task<List<LogMonthCount>> MonthsAsync(
        AppDbContext db, string accountId, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        var last = to is { } month ? Months.LastDayOf(month) : (DateOnly?)null;
        var sessions = await db.Sessions.Where(s => s.AccountId == accountId).Between(from, last)
            .GroupBy(s => new { s.Date.Year, s.Date.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellation);
        var runs = await db.Runs.Where(r => r.AccountId == accountId).Between(from, last)
            .GroupBy(r => new { r.Date.Year, r.Date.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellation);
        return [.. sessions.Select(m => (Month: new DateOnly(m.Year, m.Month, 1), Sessions: m.Count, Runs: 0))
            .Concat(runs.Select(m => (Month: new DateOnly(m.Year, m.Month, 1), Sessions: 0, Runs: m.Count)))
            .GroupBy(m => m.Month)
            .OrderByDescending(g => g.Key)
            .Select(g => new LogMonthCount(LogMonth.Of(g.Key), g.Sum(m => m.Sessions), g.Sum(m => m.Runs)))];
    }
}
