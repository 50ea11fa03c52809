using RunLift.Auditing;
using RunLift.Training;

namespace RunLift.Web.Features.Dashboard;

// The summary below is this schema's description in the API document, kept as it was: the queries it speaks of are
// DashboardOperations'.
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
}

/// <summary>A strength session logged this week.</summary>
internal sealed record LoggedSessionSummary(long Id, DateOnly Date, string Name, int WorkingSets, int? DurationMinutes);

/// <summary>The latest saved plan and its sessions this week.</summary>
internal sealed record PlannedWeek(long PlanId, string PlanName, IReadOnlyList<PlannedSession> Sessions);

/// <summary>A session the plan schedules this week.</summary>
internal sealed record PlannedSession(DateOnly Date, string Name, string? Phase, int? EstimatedMinutes, IReadOnlyList<string> Exercises);

/// <summary>A key run of the athlete's running week, on this week's date.</summary>
internal sealed record KeyRun(DateOnly Date, RunKind Kind, int? Minutes, string? Time);

/// <summary>
/// The latest audit snapshot: its verdict (<see cref="Verdicts"/>), and whether it passes with no errors and no warnings
/// (what a plan must achieve).
/// </summary>
internal sealed record AuditStatus(DateOnly WeekStart, int Errors, int Warnings, int Infos, Verdict Verdict, bool Passed, IReadOnlyList<TopFinding> TopFindings);

/// <summary>A finding of the latest audit.</summary>
internal sealed record TopFinding(string Id, string Name, string Severity, string Message);

/// <summary>The next race on the calendar (today's included) and the days to go.</summary>
internal sealed record NextRace(long Id, string? Name, DateOnly Date, double DistanceMeters, RacePriority Priority, int DaysToGo);
