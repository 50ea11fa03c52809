using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Auditing;
using RunLift.Data.Coaching;
using RunLift.Data.Log;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Coaching;

/// <summary>
/// Coaching: a coach invites an athlete by e-mail (<c>/api/v1/coach/...</c>); the athlete accepts, declines or
/// later revokes (<c>/api/v1/coaches/...</c>). Only an accepted link lets the coach read the athlete's training,
/// and only read it, but for the sessions' threads (<see cref="Log.SessionCommentsApi"/>). Anything the caller may not
/// see is 404, as if it did not exist.
/// </summary>
/// <remarks>
/// Decisions: inviting yourself is 400; inviting an e-mail that already has a pending or accepted link from the
/// same coach returns that link (200) instead of a second one; after a decline or a revocation the coach may
/// invite again (a new pending invitation). An e-mail without an account is invited all the same and the answer
/// does not say whether an account exists: the invitation waits, and whoever registers with that e-mail sees it.
/// </remarks>
internal static class CoachingApi
{
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
        InvitationRequest invitation, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation)
    {
        var outcome = await links.InviteAsync(user.AccountId(), invitation.Email, cancellation);
        return outcome switch
        {
            { Error: { } error } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [error] }, title: "The invitation is not valid"),
            { Created: true } => TypedResults.Created($"/api/v1/coach/invitations/{outcome.Invitation!.LinkId}", outcome.Invitation),
            _ => TypedResults.Ok(outcome.Invitation!),
        };
    }

    private static async Task<Ok<List<SentInvitation>>> SentInvitations(ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        TypedResults.Ok(await links.ListSentAsync(user.AccountId(), cancellation));

    private static async Task<Results<NoContent, NotFound>> Withdraw(long linkId, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        await links.WithdrawAsync(user.AccountId(), linkId, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<List<CoachedAthlete>>> Athletes(ClaimsPrincipal user, CoachedAthleteOperations athletes, CancellationToken cancellation) =>
        TypedResults.Ok(await athletes.ListAthletesAsync(user.AccountId(), cancellation));

    private static async Task<Results<Ok<AthleteDetail>, NotFound>> Athlete(string athleteId, ClaimsPrincipal user, CoachedAthleteOperations athletes, CancellationToken cancellation)
    {
        var detail = await athletes.ReadAthleteAsync(user.AccountId(), athleteId, cancellation);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    private static async Task<Results<NoContent, NotFound>> EndCoaching(string athleteId, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        await links.EndAsync(user.AccountId(), athleteId, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<MyCoaches>> MyCoaches(ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        TypedResults.Ok(await links.ListMyCoachesAsync(user.AccountId(), cancellation));

    private static async Task<Results<NoContent, NotFound>> Accept(long linkId, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        await links.AnswerAsync(user.AccountId(), linkId, CoachLinkStatus.Accepted, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Decline(long linkId, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        await links.AnswerAsync(user.AccountId(), linkId, CoachLinkStatus.Declined, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Revoke(long linkId, ClaimsPrincipal user, CoachLinkOperations links, CancellationToken cancellation) =>
        await links.RevokeAsync(user.AccountId(), linkId, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>How an invitation went: the invitation (new when <see cref="Created"/>), or why there is none.</summary>
internal sealed record InvitationOutcome(SentInvitation? Invitation, bool Created, string? Error);

/// <summary>The body of <c>POST /api/v1/coach/invitations</c>.</summary>
internal sealed record InvitationRequest(string? Email);

/// <summary>An invitation the coach sent.</summary>
internal sealed record SentInvitation(long LinkId, string Email, CoachLinkStatus Status, DateTime InvitedAt);

/// <summary>An athlete's latest weekly audit, as counts and its verdict (<see cref="Verdicts"/>).</summary>
internal sealed record AuditAtAGlance(DateOnly WeekStart, int Errors, int Warnings, int Infos, Verdict Verdict);

/// <summary>An athlete on the coach's list; <c>Compliance</c> is their week and current plan, planned vs done.</summary>
internal sealed record CoachedAthlete(
    string AthleteId, string Name, string Email, DateTime? Since, AuditAtAGlance? LatestAudit, DateOnly? LastSessionDate, Calendar.ComplianceAtAGlance Compliance);

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

/// <summary>One of the athlete's logged sessions, in a line, with the athlete's check-in after it and the size of its thread.</summary>
// Named apart from the log's SessionSummary: the API document names each schema by its type's name alone.
internal sealed record AthleteSessionSummary(long SessionId, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, int WorkingSets, int Exercises, LogSource Source)
{
    /// <summary>Pain in or after the session, 0–10, when the athlete said.</summary>
    public int? Pain { get; init; }

    /// <summary>Where it hurt, when the athlete said.</summary>
    public InjurySite? PainSite { get; init; }

    /// <summary>The athlete's note on the session (its notes).</summary>
    public string? Note { get; init; }

    /// <summary>When the athlete last checked in (UTC); null when they have not.</summary>
    public DateTime? CheckedInAt { get; init; }

    /// <summary>How many comments the session's thread has.</summary>
    public int Comments { get; init; }
}

/// <summary>The athlete's latest weekly audit with its verdict (<see cref="Verdicts"/>) and findings.</summary>
internal sealed record LatestAudit(DateOnly WeekStart, int Errors, int Warnings, int Infos, Verdict Verdict, List<FindingSummary> Findings);

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
