using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Auditing;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Formats.Plans;
using RunLift.Formats.Reports;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Dashboard;

/// <summary>
/// Reads the athlete's week at a glance (<see cref="DashboardView"/>) for the dashboard page and its API: a handful of
/// small, indexed queries whatever the log's size.
/// </summary>
internal sealed class DashboardOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>The dashboard for the ISO week of the athlete's today, in their profile's zone.</summary>
    public async Task<DashboardView> ReadAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
        return await LoadAsync(db, accountId, today, cancellation);
    }

    /// <summary>The dashboard for <paramref name="today"/>'s ISO week.</summary>
    private static async Task<DashboardView> LoadAsync(AppDbContext db, string accountId, DateOnly today, CancellationToken cancellation)
    {
        var monday = IsoWeek.MondayOf(today);

        var logged = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.WeekStart == monday)
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new LoggedSessionSummary(s.Id, s.Date, s.Name, s.Sets.Count(x => x.Kind != SetKind.Warmup), s.DurationMinutes))
            .ToListAsync(cancellation);

        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.PlanJson })
            .FirstOrDefaultAsync(cancellation);

        var runningWeek = await db.Profiles.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => p.RunningWeek)
            .FirstOrDefaultAsync(cancellation) ?? [];

        var audit = await db.AuditSnapshots.AsNoTracking()
            .Where(a => a.AccountId == accountId)
            .OrderByDescending(a => a.WeekStart)
            .Select(a => new { a.WeekStart, a.Errors, a.Warnings, a.Infos, a.ReportJson })
            .FirstOrDefaultAsync(cancellation);

        var race = await db.Races.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Date >= today)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .FirstOrDefaultAsync(cancellation);

        return new DashboardView(
            today,
            monday,
            logged,
            plan is null ? null : new PlannedWeek(plan.Id, plan.Name, PlannedSessions(plan.PlanJson, monday)),
            KeyRunsOf(runningWeek, monday),
            audit is null ? null : new AuditStatus(audit.WeekStart, audit.Errors, audit.Warnings, audit.Infos, Verdicts.Of(audit.Errors, audit.Warnings),
                audit.Errors == 0 && audit.Warnings == 0, TopFindingsOf(audit.ReportJson)),
            race is null ? null : new NextRace(race.Id, race.Name, race.Date, race.DistanceMeters, race.Priority, race.Date.DayNumber - today.DayNumber));
    }

    /// <summary>The planned sessions dated in the week of <paramref name="monday"/>, read from the plan's JSON (formats.md §4).</summary>
    private static List<PlannedSession> PlannedSessions(string planJson, DateOnly monday)
    {
        try
        {
            return
            [
                .. PlanJsonReader.Read(planJson).Sessions
                    .Where(s => s.Date >= monday && s.Date < monday.AddDays(7))
                    .OrderBy(s => s.Date)
                    .Select(s => new PlannedSession(s.Date, s.Name, s.Phase, s.EstimatedMinutes, [.. s.Exercises.Select(e => e.Name)])),
            ];
        }
        catch (JsonException)
        {
            // A plan the planner wrote reads; a damaged one shows no sessions rather than breaking the page.
            return [];
        }
    }

    /// <summary>The key runs of the running week, dated in the week of <paramref name="monday"/>.</summary>
    private static List<KeyRun> KeyRunsOf(IEnumerable<WeeklyRun> runningWeek, DateOnly monday) =>
    [
        .. runningWeek
            .Select(r => (Stored: r, Run: new Run(r.Kind) { Day = r.Day, Duration = r.Minutes is { } m ? TimeSpan.FromMinutes(m) : null }))
            .Where(r => r.Run.IsKey)
            .Select(r => new KeyRun(IsoWeek.Of(monday).On(r.Stored.Day), r.Stored.Kind, r.Stored.Minutes, r.Stored.Time))
            .OrderBy(r => r.Date),
    ];

    /// <summary>The most severe findings of a stored report (formats.md §3), in the report's order within a severity.</summary>
    private static List<TopFinding> TopFindingsOf(string reportJson)
    {
        try
        {
            return
            [
                .. JsonReport.Read(reportJson).Findings
                    .Select(f => new TopFinding(f.Id, f.Name, f.Severity, f.Message))
                    .OrderBy(f => f.Severity switch { "error" => 0, "warning" => 1, _ => 2 })
                    .Take(DashboardView.TopFindings),
            ];
        }
        catch (JsonException)
        {
            // The counts still show; the findings' text is a bonus.
            return [];
        }
    }
}
