using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Following;
using RunLift.Time;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// Planned vs done (principles.md, "The plan follows the athlete"): an athlete's saved plans followed against their log
/// (<see cref="PlanFollowing"/>), as days of a calendar, a plan's compliance, and this week at a glance. Today is the
/// athlete's, in their profile's time zone, whoever asks (the athlete, or their coach elsewhere).
/// </summary>
internal sealed class CalendarOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The days <paramref name="from"/> and <paramref name="to"/> ask for (as the API takes them), or why they are no range.</summary>
    public async Task<CalendarRead> ReadAsync(string account, string? from, string? to, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        return CalendarRange.TryRead(from, to, today, out var errors) is { } range
            ? new CalendarRead.Read(await ReadAsync(db, account, range, today, cancellation))
            : new CalendarRead.Invalid(errors);
    }

    /// <summary>The weeks of <paramref name="month"/>'s month; of the athlete's today's month when it is null.</summary>
    public async Task<CalendarMonth> MonthAsync(string account, DateOnly? month, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var shown = month ?? today;
        var first = Months.FirstDayOf(shown);
        return new CalendarMonth(first, await ReadAsync(db, account, CalendarRange.OfMonth(first), today, cancellation));
    }

    /// <summary>The compliance of the athlete's saved plan <paramref name="planId"/>; null when they have no such plan.</summary>
    /// <remarks>
    /// The plan as it was followed among the athlete's plans: one that a plan starting later took over counts only its
    /// sessions before that start, as the calendar shows them.
    /// </remarks>
    public async Task<PlanComplianceView?> ComplianceAsync(string account, long planId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.AccountId == account)
            .Select(p => new { p.Start, p.End }).FirstOrDefaultAsync(cancellation);
        if (plan is null)
        {
            return null;
        }

        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var followed = await PlanFollowing.FollowAsync(db, catalog, account, plan.Start, plan.End, today, cancellation);
        var mine = followed.Plans.Single(p => p.Plan.Id == planId);
        return new PlanComplianceView(mine.Overall, [.. mine.Weeks.Select(WeekCompliance.From)]);
    }

    /// <summary>The athlete's week (the sessions of every plan in it) and the plan they follow today.</summary>
    public async Task<ComplianceAtAGlance> AtAGlanceAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var (monday, sunday) = (IsoWeek.MondayOf(today), IsoWeek.SundayOf(today));
        var followed = await PlanFollowing.FollowAsync(db, catalog, account, monday, sunday, today, cancellation);
        var week = FollowedWeek.Of(monday, [.. followed.Plans.SelectMany(p => p.Sessions).Where(s => s.Date >= monday && s.Date <= sunday)], today);

        // Where plans overlap, the one that starts later is followed (PlanFollower.FollowAll).
        var current = followed.Plans.Where(p => p.Plan.Start <= today && p.Plan.End >= today)
            .OrderByDescending(p => p.Plan.Start).ThenByDescending(p => p.Plan.Id).FirstOrDefault();
        if (current is null)
        {
            return new ComplianceAtAGlance(WeekCompliance.From(week), null);
        }

        var name = await db.Plans.AsNoTracking().Where(p => p.Id == current.Plan.Id).Select(p => p.Name).FirstAsync(cancellation);
        return new ComplianceAtAGlance(WeekCompliance.From(week), new CurrentPlanCompliance(current.Plan.Id, name, current.Overall));
    }

    private async Task<CalendarView> ReadAsync(AppDbContext db, string account, CalendarRange range, DateOnly today, CancellationToken cancellation)
    {
        var followed = await PlanFollowing.FollowAsync(db, catalog, account, range.From, range.To, today, cancellation);
        var runs = (await db.Runs.AsNoTracking()
                .Where(r => r.AccountId == account && r.Date >= range.From && r.Date <= range.To)
                .OrderBy(r => r.Date).ThenBy(r => r.StartedAt).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.Date, r.Kind, r.DurationSeconds })
                .ToListAsync(cancellation))
            .ToLookup(r => r.Date, r => new CalendarRun(r.Id, r.Kind, (int)Math.Round(r.DurationSeconds / 60.0, MidpointRounding.AwayFromZero)));
        return new CalendarView(today, CalendarDays.Of(followed, range, runs));
    }
}
