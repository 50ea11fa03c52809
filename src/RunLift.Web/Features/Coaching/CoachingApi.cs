using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Coaching;
using RunLift.Data.Log;
using RunLift.Data.Profiles;
using RunLift.Formats.Reports;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Coaching;

/// <summary>
/// Coaching: a coach invites an athlete by e-mail (<c>/api/v1/coach/...</c>); the athlete accepts, declines or
/// later revokes (<c>/api/v1/coaches/...</c>). Only an accepted link lets the coach read the athlete's training,
/// and only read it. Anything the caller may not see is 404, as if it did not exist.
/// </summary>
/// <remarks>
/// Decisions: inviting yourself is 400; inviting an e-mail that already has a pending or accepted link from the
/// same coach returns that link (200) instead of a second one; after a decline or a revocation the coach may
/// invite again (a new pending invitation). An e-mail without an account is invited all the same and the answer
/// does not say whether an account exists: the invitation waits, and whoever registers with that e-mail sees it.
/// </remarks>
internal static class CoachingApi
{
    /// <summary>How many sessions the coach's drill-down shows.</summary>
    public const int RecentSessions = 10;

    public static RouteGroupBuilder MapCoaching(this RouteGroupBuilder api)
    {
        var coach = api.MapGroup("/coach").WithTags(ApiTags.Coaching).RequireAuthorization();
        coach.MapPost("/invitations", Invite)
            .WithName("InviteAthlete")
            .WithSummary("Invite an athlete by e-mail; the athlete must accept before the coach sees anything");
        coach.MapGet("/invitations", SentInvitations)
            .WithName("ListSentInvitations")
            .WithSummary("List the coach's invitations that are still waiting for an answer");
        coach.MapDelete("/invitations/{linkId:long}", Withdraw)
            .WithName("WithdrawInvitation")
            .WithSummary("Withdraw an invitation the athlete has not answered");
        coach.MapGet("/athletes", Athletes)
            .WithName("ListAthletes")
            .WithSummary("List the athletes who accepted, with their latest audit at a glance and their last session");
        coach.MapGet("/athletes/{athleteId}", Athlete)
            .WithName("GetAthlete")
            .WithSummary("Read one athlete who accepted: profile summary, recent sessions and latest findings");
        coach.MapDelete("/athletes/{athleteId}", EndCoaching)
            .WithName("EndCoaching")
            .WithSummary("Stop coaching an athlete: the coach loses access at once");

        var coaches = api.MapGroup("/coaches").WithTags(ApiTags.Coaching).RequireAuthorization();
        coaches.MapGet("", MyCoaches)
            .WithName("ListCoaches")
            .WithSummary("List the invitations waiting for the signed-in athlete's answer, and the coaches they accepted");
        coaches.MapPost("/{linkId:long}/accept", Accept)
            .WithName("AcceptCoach")
            .WithSummary("Accept a coach's invitation addressed to the signed-in athlete's e-mail");
        coaches.MapPost("/{linkId:long}/decline", Decline)
            .WithName("DeclineCoach")
            .WithSummary("Decline a coach's invitation");
        coaches.MapDelete("/{linkId:long}", Revoke)
            .WithName("RevokeCoach")
            .WithSummary("Revoke an accepted coach (or decline a pending invitation): the coach loses access at once");
        return api;
    }

    private static async Task<Results<Created<SentInvitation>, Ok<SentInvitation>, ValidationProblem>> Invite(
        InvitationRequest invitation, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation)
    {
        var outcome = await InviteAsync(db, user.AccountId(), invitation.Email, time.GetUtcNow().UtcDateTime, cancellation);
        return outcome switch
        {
            { Error: { } error } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [error] }, title: "The invitation is not valid"),
            { Created: true } => TypedResults.Created($"/api/v1/coach/invitations/{outcome.Invitation!.LinkId}", outcome.Invitation),
            _ => TypedResults.Ok(outcome.Invitation!),
        };
    }

    /// <summary>
    /// Invites <paramref name="email"/> to be coached by <paramref name="coachId"/>: a new pending invitation, the
    /// one already pending or accepted, or why not (the e-mail field's message).
    /// </summary>
    public static async Task<InvitationOutcome> InviteAsync(AppDbContext db, string coachId, string? email, DateTime now, CancellationToken cancellation)
    {
        email = email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal))
        {
            return new InvitationOutcome(null, false, "must be an e-mail address such as athlete@example.com.");
        }

        var normalized = email.ToUpperInvariant();
        if (normalized == await MyEmailAsync(db, coachId, cancellation))
        {
            return new InvitationOutcome(null, false, "is your own e-mail: you cannot coach yourself.");
        }

        var existing = await db.CoachLinks.AsNoTracking()
            .Where(l => l.CoachId == coachId && l.AthleteEmail == normalized && (l.Status == CoachLinkStatus.Pending || l.Status == CoachLinkStatus.Accepted))
            .OrderByDescending(l => l.Status == CoachLinkStatus.Accepted).ThenBy(l => l.Id)
            .Select(l => new SentInvitation(l.Id, l.AthleteEmail, l.Status, l.InvitedAt))
            .FirstOrDefaultAsync(cancellation);
        if (existing is not null)
        {
            return new InvitationOutcome(existing with { Email = existing.Email.ToLowerInvariant() }, false, null);
        }

        var link = new CoachLink { CoachId = coachId, AthleteEmail = normalized, Status = CoachLinkStatus.Pending, InvitedAt = now };
        db.CoachLinks.Add(link);
        await db.SaveChangesAsync(cancellation);
        return new InvitationOutcome(new SentInvitation(link.Id, normalized.ToLowerInvariant(), link.Status, link.InvitedAt), true, null);
    }

    private static async Task<Ok<List<SentInvitation>>> SentInvitations(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellation) =>
        TypedResults.Ok(await ListSentAsync(db, user.AccountId(), cancellation));

    /// <summary>The coach's invitations still waiting for an answer, oldest first.</summary>
    public static async Task<List<SentInvitation>> ListSentAsync(AppDbContext db, string coachId, CancellationToken cancellation)
    {
        var pending = await db.CoachLinks.AsNoTracking()
            .Where(l => l.CoachId == coachId && l.Status == CoachLinkStatus.Pending)
            .OrderBy(l => l.InvitedAt).ThenBy(l => l.Id)
            .Select(l => new SentInvitation(l.Id, l.AthleteEmail, l.Status, l.InvitedAt))
            .ToListAsync(cancellation);
        return [.. pending.Select(p => p with { Email = p.Email.ToLowerInvariant() })];
    }

    private static async Task<Results<NoContent, NotFound>> Withdraw(long linkId, ClaimsPrincipal user, AppDbContext db, CancellationToken cancellation) =>
        await WithdrawAsync(db, user.AccountId(), linkId, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Deletes the coach's pending invitation; false when there is none such.</summary>
    public static async Task<bool> WithdrawAsync(AppDbContext db, string coachId, long linkId, CancellationToken cancellation) =>
        await db.CoachLinks
            .Where(l => l.Id == linkId && l.CoachId == coachId && l.Status == CoachLinkStatus.Pending)
            .ExecuteDeleteAsync(cancellation) > 0;

    private static async Task<Ok<List<CoachedAthlete>>> Athletes(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellation) =>
        TypedResults.Ok(await ListAthletesAsync(db, user.AccountId(), cancellation));

    /// <summary>The athletes who accepted <paramref name="me"/>, those with the most errors and warnings first.</summary>
    public static async Task<List<CoachedAthlete>> ListAthletesAsync(AppDbContext db, string me, CancellationToken cancellation)
    {
        var athletes = await AcceptedAthletes(db, me)
            .Select(a => new
            {
                a.Id,
                a.DisplayName,
                a.Email,
                Since = db.CoachLinks.Where(l => l.CoachId == me && l.AthleteId == a.Id && l.Status == CoachLinkStatus.Accepted).Min(l => l.RespondedAt),
                Audit = db.AuditSnapshots.Where(s => s.AccountId == a.Id).OrderByDescending(s => s.WeekStart)
                    .Select(s => new AuditAtAGlance(s.WeekStart, s.Errors, s.Warnings, s.Infos)).FirstOrDefault(),
                LastSession = db.Sessions.Where(s => s.AccountId == a.Id).Max(s => (DateOnly?)s.Date),
            })
            .ToListAsync(cancellation);
        return
        [
            .. athletes
                .Select(a => new CoachedAthlete(a.Id, Name(a.DisplayName, a.Email), a.Email ?? "", a.Since, a.Audit, a.LastSession))
                .OrderByDescending(a => a.LatestAudit?.Errors ?? 0).ThenByDescending(a => a.LatestAudit?.Warnings ?? 0).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase),
        ];
    }

    private static async Task<Results<Ok<AthleteDetail>, NotFound>> Athlete(string athleteId, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation)
    {
        var detail = await ReadAthleteAsync(db, user.AccountId(), athleteId, time, cancellation);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    /// <summary>
    /// What a coach may see of <paramref name="athleteId"/>, or null when the athlete has not accepted
    /// <paramref name="coachId"/> (or does not exist): the page and the API share this one check. Races ahead are
    /// those from the athlete's today on, in the athlete's zone, wherever the coach is.
    /// </summary>
    public static async Task<AthleteDetail?> ReadAthleteAsync(AppDbContext db, string coachId, string athleteId, TimeProvider time, CancellationToken cancellation)
    {
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
                s.Source))
            .ToListAsync(cancellation);
        var snapshot = await db.AuditSnapshots.AsNoTracking().Where(s => s.AccountId == athleteId)
            .OrderByDescending(s => s.WeekStart)
            .Select(s => new { s.WeekStart, s.Errors, s.Warnings, s.Infos, s.ReportJson })
            .FirstOrDefaultAsync(cancellation);
        var latest = snapshot is null ? null : new LatestAudit(snapshot.WeekStart, snapshot.Errors, snapshot.Warnings, snapshot.Infos, Findings(snapshot.ReportJson));
        return new AthleteDetail(account.Id, Name(account.DisplayName, account.Email), account.Email ?? "", profile, races, sessions, latest);
    }

    private static async Task<Results<NoContent, NotFound>> EndCoaching(string athleteId, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation) =>
        await EndAsync(db, user.AccountId(), athleteId, time.GetUtcNow().UtcDateTime, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The coach ends the link with an athlete; false when the athlete has not accepted this coach.</summary>
    public static async Task<bool> EndAsync(AppDbContext db, string coachId, string athleteId, DateTime now, CancellationToken cancellation) =>
        await db.CoachLinks
            .Where(l => l.CoachId == coachId && l.AthleteId == athleteId && l.Status == CoachLinkStatus.Accepted)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, CoachLinkStatus.Revoked).SetProperty(x => x.RespondedAt, now), cancellation) > 0;

    private static async Task<Ok<MyCoaches>> MyCoaches(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellation) =>
        TypedResults.Ok(await ListMyCoachesAsync(db, user.AccountId(), cancellation));

    /// <summary>The invitations waiting for <paramref name="me"/>'s answer and the coaches <paramref name="me"/> accepted.</summary>
    public static async Task<MyCoaches> ListMyCoachesAsync(AppDbContext db, string me, CancellationToken cancellation)
    {
        var myEmail = await MyConfirmedEmailAsync(db, me, cancellation);
        var links = await db.CoachLinks.AsNoTracking()
            .Where(l => (l.Status == CoachLinkStatus.Pending && l.AthleteEmail == myEmail && l.CoachId != me)
                || (l.Status == CoachLinkStatus.Accepted && l.AthleteId == me))
            .OrderBy(l => l.InvitedAt).ThenBy(l => l.Id)
            .Join(db.Users, l => l.CoachId, a => a.Id, (l, a) => new { l.Id, l.Status, l.InvitedAt, l.RespondedAt, a.DisplayName, a.Email })
            .ToListAsync(cancellation);
        return new MyCoaches(
            [.. links.Where(l => l.Status == CoachLinkStatus.Pending).Select(l => new CoachInvitation(l.Id, Name(l.DisplayName, l.Email), l.Email ?? "", l.InvitedAt))],
            [.. links.Where(l => l.Status == CoachLinkStatus.Accepted).Select(l => new MyCoach(l.Id, Name(l.DisplayName, l.Email), l.Email ?? "", l.RespondedAt))],
            EmailConfirmed: myEmail is not null);
    }

    private static async Task<Results<NoContent, NotFound>> Accept(long linkId, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation) =>
        await AnswerAsync(db, user.AccountId(), linkId, CoachLinkStatus.Accepted, time.GetUtcNow().UtcDateTime, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Decline(long linkId, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation) =>
        await AnswerAsync(db, user.AccountId(), linkId, CoachLinkStatus.Declined, time.GetUtcNow().UtcDateTime, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Revoke(long linkId, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation) =>
        await RevokeAsync(db, user.AccountId(), linkId, time.GetUtcNow().UtcDateTime, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The athlete revokes an accepted coach (or declines a pending invitation); false for any other link.</summary>
    public static async Task<bool> RevokeAsync(AppDbContext db, string me, long linkId, DateTime now, CancellationToken cancellation)
    {
        var revoked = await db.CoachLinks
            .Where(l => l.Id == linkId && l.AthleteId == me && l.Status == CoachLinkStatus.Accepted)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, CoachLinkStatus.Revoked).SetProperty(x => x.RespondedAt, now), cancellation);
        return revoked > 0 || await AnswerAsync(db, me, linkId, CoachLinkStatus.Declined, now, cancellation);
    }

    /// <summary>
    /// Accepts or declines a pending invitation addressed to <paramref name="me"/>'s e-mail; false (404) for any
    /// other link, so that nobody learns of invitations addressed to someone else.
    /// </summary>
    public static async Task<bool> AnswerAsync(AppDbContext db, string me, long linkId, CoachLinkStatus answer, DateTime now, CancellationToken cancellation)
    {
        var myEmail = await MyConfirmedEmailAsync(db, me, cancellation);

        // One conditional update: two answers racing each other cannot both win.
        var answered = await db.CoachLinks
            .Where(l => l.Id == linkId && l.Status == CoachLinkStatus.Pending && l.AthleteEmail == myEmail && l.CoachId != me)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, answer).SetProperty(x => x.AthleteId, me).SetProperty(x => x.RespondedAt, now), cancellation);
        return answered > 0;
    }

    /// <summary>The accounts that have an accepted link with <paramref name="coachId"/>.</summary>
    private static IQueryable<Data.Accounts.Account> AcceptedAthletes(AppDbContext db, string coachId) =>
        db.Users.AsNoTracking().Where(a => db.CoachLinks.Any(l => l.CoachId == coachId && l.AthleteId == a.Id && l.Status == CoachLinkStatus.Accepted));

    private static async Task<string?> MyEmailAsync(AppDbContext db, string me, CancellationToken cancellation) =>
        await db.Users.Where(a => a.Id == me).Select(a => a.NormalizedEmail).SingleOrDefaultAsync(cancellation);

    /// <summary>
    /// The athlete's e-mail once they have confirmed it, else null: an invitation goes to whoever owns the address, and
    /// registering with an address proves nothing until a link sent there is followed.
    /// </summary>
    private static async Task<string?> MyConfirmedEmailAsync(AppDbContext db, string me, CancellationToken cancellation) =>
        await db.Users.Where(a => a.Id == me && a.EmailConfirmed).Select(a => a.NormalizedEmail).SingleOrDefaultAsync(cancellation);

    private static string Name(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? "" : displayName;

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

/// <summary>How an invitation went: the invitation (new when <see cref="Created"/>), or why there is none.</summary>
internal sealed record InvitationOutcome(SentInvitation? Invitation, bool Created, string? Error);

/// <summary>The body of <c>POST /api/v1/coach/invitations</c>.</summary>
internal sealed record InvitationRequest(string? Email);

/// <summary>An invitation the coach sent.</summary>
internal sealed record SentInvitation(long LinkId, string Email, CoachLinkStatus Status, DateTime InvitedAt);

/// <summary>An athlete's latest weekly audit, as counts.</summary>
internal sealed record AuditAtAGlance(DateOnly WeekStart, int Errors, int Warnings, int Infos);

/// <summary>An athlete on the coach's list.</summary>
internal sealed record CoachedAthlete(string AthleteId, string Name, string Email, DateTime? Since, AuditAtAGlance? LatestAudit, DateOnly? LastSessionDate);

/// <summary>The coach's drill-down into one athlete.</summary>
internal sealed record AthleteDetail(
    string AthleteId,
    string Name,
    string Email,
    ProfileSummary? Profile,
    List<RaceSummary> Races,
    List<AthleteSessionSummary> RecentSessions,
    LatestAudit? LatestAudit);

/// <summary>
/// What the planner knows of the athlete, without the details a coach does not need; <c>TimeZone</c> is the athlete's
/// IANA zone (their days are dates there), or null while it is not known.
/// </summary>
internal sealed record ProfileSummary(
    Experience Experience, double? BodyweightKg, MassUnit Units, bool Rehab, InjurySite? Injury, int? SessionsPerWeek, int MaxSessionMinutes, int RunsPerWeek,
    string? TimeZone);

/// <summary>A race on the athlete's calendar.</summary>
internal sealed record RaceSummary(DateOnly Date, string? Name, double DistanceMeters, RacePriority Priority);

/// <summary>One of the athlete's logged sessions, in a line.</summary>
// Named apart from the log's SessionSummary: the API document names each schema by its type's name alone.
internal sealed record AthleteSessionSummary(long SessionId, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, int WorkingSets, int Exercises, LogSource Source);

/// <summary>The athlete's latest weekly audit with its findings.</summary>
internal sealed record LatestAudit(DateOnly WeekStart, int Errors, int Warnings, int Infos, List<FindingSummary> Findings);

/// <summary>One finding of a stored audit report.</summary>
internal sealed record FindingSummary(string Id, string Name, string Severity, string Mistake, string Message, string Fix);

/// <summary>The athlete's side: invitations waiting for an answer and the coaches accepted.</summary>
/// <param name="Invitations">Invitations to the athlete's e-mail waiting for an answer (none until the e-mail is confirmed).</param>
/// <param name="Coaches">The coaches the athlete accepted.</param>
/// <param name="EmailConfirmed">Whether the athlete confirmed their e-mail; invitations to it show only once they have.</param>
internal sealed record MyCoaches(List<CoachInvitation> Invitations, List<MyCoach> Coaches, bool EmailConfirmed);

/// <summary>A coach's invitation waiting for the athlete.</summary>
internal sealed record CoachInvitation(long LinkId, string CoachName, string CoachEmail, DateTime InvitedAt);

/// <summary>A coach the athlete accepted.</summary>
internal sealed record MyCoach(long LinkId, string CoachName, string CoachEmail, DateTime? Since);
