using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Formats.Plans;
using RunLift.Formats.Reports;
using RunLift.Training;

namespace RunLift.Web.Features.Dashboard;

/// <summary>
/// The athlete's week at a glance: the strength sessions logged and planned this ISO week, the key runs of their
/// running week, the latest audit and the next race. A handful of small, indexed queries whatever the log's size.
/// </summary>
internal sealed record DashboardView(
    DateOnly Today,
    DateOnly WeekStart,
    IReadOnlyList<LoggedSessionSummary> LoggedSessions,
    PlannedWeek? Plan,
    IReadOnlyList<KeyRun> KeyRuns,
    AuditStatus? Audit,
    NextRace? NextRace)
{
    /// <summary>How many findings the dashboard names.</summary>
    public const int TopFindings = 3;

    /// <summary>Nothing to show yet: no sessions, plan, running week, audit or race.</summary>
    public bool IsEmpty => LoggedSessions.Count == 0 && Plan is null && KeyRuns.Count == 0 && Audit is null && NextRace is null;

    /// <summary>The dashboard for <paramref name="today"/>'s ISO week.</summary>
    public static async Task<DashboardView> LoadAsync(AppDbContext db, string accountId, DateOnly today, CancellationToken cancellation)
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
            audit is null ? null : new AuditStatus(audit.WeekStart, audit.Errors, audit.Warnings, audit.Infos,
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
                    .Take(TopFindings),
            ];
        }
        catch (JsonException)
        {
            // The counts still show; the findings' text is a bonus.
            return [];
        }
    }
}

/// <summary>A strength session logged this week.</summary>
internal sealed record LoggedSessionSummary(long Id, DateOnly Date, string Name, int WorkingSets, int? DurationMinutes);

/// <summary>The latest saved plan and its sessions this week.</summary>
internal sealed record PlannedWeek(long PlanId, string PlanName, IReadOnlyList<PlannedSession> Sessions);

/// <summary>A session the plan schedules this week.</summary>
internal sealed record PlannedSession(DateOnly Date, string Name, string? Phase, int? EstimatedMinutes, IReadOnlyList<string> Exercises);

/// <summary>A key run of the athlete's running week, on this week's date.</summary>
internal sealed record KeyRun(DateOnly Date, RunKind Kind, int? Minutes, string? Time);

/// <summary>The latest audit snapshot: it passes with no errors and no warnings (what a plan must achieve).</summary>
internal sealed record AuditStatus(DateOnly WeekStart, int Errors, int Warnings, int Infos, bool Passed, IReadOnlyList<TopFinding> TopFindings);

/// <summary>A finding of the latest audit.</summary>
internal sealed record TopFinding(string Id, string Name, string Severity, string Message);

/// <summary>The next race on the calendar (today's included) and the days to go.</summary>
internal sealed record NextRace(long Id, string? Name, DateOnly Date, double DistanceMeters, RacePriority Priority, int DaysToGo);
