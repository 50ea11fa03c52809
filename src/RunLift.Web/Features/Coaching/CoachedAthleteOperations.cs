using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Auditing;
using RunLift.Data;
using RunLift.Data.Coaching;
using RunLift.Data.Profiles;
using RunLift.Formats.Reports;
using RunLift.Training;
using RunLift.Web.Features.Calendar;

namespace RunLift.Web.Features.Coaching;

/// <summary>
/// What a coach reads of the athletes who accepted them, and only of those: the page and the API share these checks.
/// Reading is all a coach does here; the links themselves are <see cref="CoachLinkOperations"/>'. An athlete's calendar
/// and compliance are <see cref="CalendarOperations"/>', read here only for a coach the athlete accepted.
/// </summary>
internal sealed class CoachedAthleteOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time, CalendarOperations calendar)
{
    /// <summary>How many sessions the coach's drill-down shows.</summary>
    public const int RecentSessions = 10;

    /// <summary>The athletes who accepted <paramref name="me"/>, those with the most errors and warnings first.</summary>
    public async Task<List<CoachedAthlete>> ListAthletesAsync(string me, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var athletes = await AcceptedAthletes(db, me)
            .Select(a => new
            {
                a.Id,
                a.DisplayName,
                a.Email,
                Since = db.CoachLinks.Where(l => l.CoachId == me && l.AthleteId == a.Id && l.Status == CoachLinkStatus.Accepted).Min(l => l.RespondedAt),
                Audit = db.AuditSnapshots.Where(s => s.AccountId == a.Id).OrderByDescending(s => s.WeekStart)
                    .Select(s => new { s.WeekStart, s.Errors, s.Warnings, s.Infos }).FirstOrDefault(),
                LastSession = db.Sessions.Where(s => s.AccountId == a.Id).Max(s => (DateOnly?)s.Date),
            })
            .ToListAsync(cancellation);
        var listed = new List<CoachedAthlete>(athletes.Count);
        foreach (var a in athletes)
        {
            var compliance = await calendar.AtAGlanceAsync(a.Id, cancellation);
            var audit = a.Audit is { } s ? new AuditAtAGlance(s.WeekStart, s.Errors, s.Warnings, s.Infos, Verdicts.Of(s.Errors, s.Warnings)) : null;
            listed.Add(new CoachedAthlete(a.Id, CoachingNames.Of(a.DisplayName, a.Email), a.Email ?? "", a.Since, audit, a.LastSession, compliance));
        }

        return
        [
            .. listed.OrderByDescending(a => a.LatestAudit?.Errors ?? 0).ThenByDescending(a => a.LatestAudit?.Warnings ?? 0).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>
    /// The calendar of <paramref name="athleteId"/> for the days <paramref name="from"/> and <paramref name="to"/> ask for
    /// (as the API takes them), read-only; null when the athlete has not accepted <paramref name="coachId"/>.
    /// </summary>
    public async Task<CalendarRead?> ReadCalendarAsync(string coachId, string athleteId, string? from, string? to, CancellationToken cancellation) =>
        await CoachesAsync(coachId, athleteId, cancellation) ? await calendar.ReadAsync(athleteId, from, to, cancellation) : null;

    /// <summary>A month of <paramref name="athleteId"/>'s calendar (today's month when null); null when the athlete has not accepted <paramref name="coachId"/>.</summary>
    public async Task<CalendarMonth?> ReadMonthAsync(string coachId, string athleteId, DateOnly? month, CancellationToken cancellation) =>
        await CoachesAsync(coachId, athleteId, cancellation) ? await calendar.MonthAsync(athleteId, month, cancellation) : null;

    private async Task<bool> CoachesAsync(string coachId, string athleteId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await AcceptedAthletes(db, coachId).AnyAsync(a => a.Id == athleteId, cancellation);
    }

    /// <summary>
    /// What a coach may see of <paramref name="athleteId"/>, or null when the athlete has not accepted
    /// <paramref name="coachId"/> (or does not exist): the page and the API share this one check. Races ahead are
    /// those from the athlete's today on, in the athlete's zone, wherever the coach is.
    /// </summary>
    public async Task<AthleteDetail?> ReadAthleteAsync(string coachId, string athleteId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var account = await AcceptedAthletes(db, coachId).Where(a => a.Id == athleteId)
            .Select(a => new { a.Id, a.DisplayName, a.Email })
            .SingleOrDefaultAsync(cancellation);
        if (account is null)
        {
            return null;
        }

        var profile = await db.Profiles.AsNoTracking().Where(p => p.AccountId == athleteId)
            .Select(p => new ProfileSummary(p.Experience, p.BodyweightKg, p.Units, p.Rehab, p.Injury, p.SessionsPerWeek, p.MaxSessionMinutes, p.RunningWeek.Count, p.TimeZone))
            .SingleOrDefaultAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, athleteId, cancellation);
        var races = await db.Races.AsNoTracking().Where(r => r.AccountId == athleteId && r.Date >= today)
            .OrderBy(r => r.Date).Select(r => new RaceSummary(r.Date, r.Name, r.DistanceMeters, r.Priority))
            .ToListAsync(cancellation);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == athleteId)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Take(RecentSessions)
            .Select(s => new AthleteSessionSummary(
                s.Id,
                s.Date,
                s.Name,
                s.DurationMinutes,
                s.SessionRpe,
                s.Sets.Count(set => set.Kind == SetKind.Working),
                s.Sets.Select(set => set.ExerciseName).Distinct().Count(),
                s.Source)
            {
                Pain = s.Pain,
                PainSite = s.PainSite,
                Note = s.Notes,
                CheckedInAt = s.CheckedInAt,
                Comments = db.SessionComments.Count(c => c.SessionId == s.Id),
            })
            .ToListAsync(cancellation);
        var snapshot = await db.AuditSnapshots.AsNoTracking().Where(s => s.AccountId == athleteId)
            .OrderByDescending(s => s.WeekStart)
            .Select(s => new { s.WeekStart, s.Errors, s.Warnings, s.Infos, s.ReportJson })
            .FirstOrDefaultAsync(cancellation);
        var latest = snapshot is null ? null : new LatestAudit(snapshot.WeekStart, snapshot.Errors, snapshot.Warnings, snapshot.Infos, Verdicts.Of(snapshot.Errors, snapshot.Warnings), Findings(snapshot.ReportJson));
        return new AthleteDetail(account.Id, CoachingNames.Of(account.DisplayName, account.Email), account.Email ?? "", profile, races, sessions, latest);
    }

    /// <summary>
    /// The accounts that have an accepted link with <paramref name="coachId"/>: the one check of whom a coach may see,
    /// shared with the sessions' threads (<see cref="Log.SessionCommentOperations"/>).
    /// </summary>
    internal static IQueryable<Data.Accounts.Account> AcceptedAthletes(AppDbContext db, string coachId) =>
        db.Users.AsNoTracking().Where(a => db.CoachLinks.Any(l => l.CoachId == coachId && l.AthleteId == a.Id && l.Status == CoachLinkStatus.Accepted));

    /// <summary>The findings of a stored audit report (formats.md §3); a report that does not read gives none.</summary>
    private static List<FindingSummary> Findings(string reportJson)
    {
        try
        {
            return [.. JsonReport.Read(reportJson).Findings.Select(f => new FindingSummary(f.Id, f.Name, f.Severity, f.Mistake, f.Message, f.Fix))];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
