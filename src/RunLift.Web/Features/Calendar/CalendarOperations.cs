using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Training;
using RunLift.Web.Features.Coaching;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// Planned vs done: the training calendar of an athlete's saved plans against their log, and a plan's compliance, for
/// the calendar page, the dashboard, the coach's view and the API. "Today" is the athlete's, in their profile's zone.
/// </summary>
internal sealed class CalendarOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The longest range one request may ask for, in days.</summary>
    public const int MaxDays = 400;

    /// <summary>Weeks shown either side of this week when no range is given.</summary>
    public const int DefaultWeeksAround = 4;

    /// <summary>
    /// The athlete's calendar from <paramref name="from"/> to <paramref name="to"/> (by default the four weeks either side
    /// of this week); the range must be valid (<see cref="RangeProblem"/>).
    /// </summary>
    public async Task<CalendarView> ReadAsync(string account, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var first = from ?? IsoWeek.MondayOf(today).AddDays(-7 * DefaultWeeksAround);
        var last = to ?? IsoWeek.SundayOf(today).AddDays(7 * DefaultWeeksAround);
        var followed = await PlanFollowing.FollowAsync(db, catalog, account, first, last, today, cancellation);
        var runs = (await db.Runs.AsNoTracking()
                .Where(r => r.AccountId == account && r.Date >= first && r.Date <= last)
                .OrderBy(r => r.Date).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.Date, r.Kind, r.DurationSeconds })
                .ToListAsync(cancellation))
            .ToLookup(r => r.Date, r => new RunItem(r.Id, r.Kind.Name(), (int)Math.Round(r.DurationSeconds / 60.0)));
        return new CalendarView(today, [.. followed.Days(first, last).Select(d => CalendarDayView.From(d, [.. runs[d.Date]]))]);
    }

    /// <summary>The calendar of <paramref name="athleteId"/> as their coach sees it; null unless the athlete accepted <paramref name="coachId"/>.</summary>
    public async Task<CalendarView?> ReadForCoachAsync(string coachId, string athleteId, DateOnly? from, DateOnly? to, CancellationToken cancellation)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellation))
        {
            if (!await CoachedAthleteOperations.AcceptedAthletes(db, coachId).AnyAsync(a => a.Id == athleteId, cancellation))
            {
                return null;
            }
        }

        return await ReadAsync(athleteId, from, to, cancellation);
    }

    /// <summary>The compliance of the athlete's saved plan <paramref name="planId"/>, followed alone; null when they have no such plan.</summary>
    public async Task<PlanCompliance?> ComplianceAsync(string account, long planId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var followed = await PlanFollowing.FollowPlanAsync(db, catalog, account, planId, today, cancellation);
        return followed is null ? null : new PlanCompliance(followed.Plans[0].Overall, followed.Plans[0].Weeks);
    }

    /// <summary>What is wrong with a requested range, or null when it is fine.</summary>
    public static string? RangeProblem(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) when f > t => $"from ({f:yyyy-MM-dd}) must not be after to ({t:yyyy-MM-dd}).",
        ({ } f, { } t) when t.DayNumber - f.DayNumber + 1 > MaxDays => $"the range is {t.DayNumber - f.DayNumber + 1} days; ask for at most {MaxDays} at a time.",
        ({ }, null) or (null, { }) => "give both from and to, or neither (the four weeks either side of this week).",
        _ => null,
    };
}
