using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Coaching;

namespace RunLift.Web.Features.Coaching;

/// <summary>
/// The links between a coach and an athlete, from both sides: the coach invites, withdraws and ends; the athlete
/// accepts, declines and revokes. What a link lets the coach read is <see cref="CoachedAthleteOperations"/>'.
/// </summary>
internal sealed class CoachLinkOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>
    /// Invites <paramref name="email"/> to be coached by <paramref name="coachId"/>: a new pending invitation, the
    /// one already pending or accepted, or why not (the e-mail field's message).
    /// </summary>
    public async Task<InvitationOutcome> InviteAsync(string coachId, string? email, CancellationToken cancellation)
    {
        email = email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal))
        {
            return new InvitationOutcome(null, false, "must be an e-mail address such as athlete@example.com.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
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

        var link = new CoachLink { CoachId = coachId, AthleteEmail = normalized, Status = CoachLinkStatus.Pending, InvitedAt = time.GetUtcNow().UtcDateTime };
        db.CoachLinks.Add(link);
        await db.SaveChangesAsync(cancellation);
        return new InvitationOutcome(new SentInvitation(link.Id, normalized.ToLowerInvariant(), link.Status, link.InvitedAt), true, null);
    }

    /// <summary>The coach's invitations still waiting for an answer, oldest first.</summary>
    public async Task<List<SentInvitation>> ListSentAsync(string coachId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var pending = await db.CoachLinks.AsNoTracking()
            .Where(l => l.CoachId == coachId && l.Status == CoachLinkStatus.Pending)
            .OrderBy(l => l.InvitedAt).ThenBy(l => l.Id)
            .Select(l => new SentInvitation(l.Id, l.AthleteEmail, l.Status, l.InvitedAt))
            .ToListAsync(cancellation);
        return [.. pending.Select(p => p with { Email = p.Email.ToLowerInvariant() })];
    }

    /// <summary>Deletes the coach's pending invitation; false when there is none such.</summary>
    public async Task<bool> WithdrawAsync(string coachId, long linkId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CoachLinks
            .Where(l => l.Id == linkId && l.CoachId == coachId && l.Status == CoachLinkStatus.Pending)
            .ExecuteDeleteAsync(cancellation) > 0;
    }

    /// <summary>The coach ends the link with an athlete; false when the athlete has not accepted this coach.</summary>
    public async Task<bool> EndAsync(string coachId, string athleteId, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CoachLinks
            .Where(l => l.CoachId == coachId && l.AthleteId == athleteId && l.Status == CoachLinkStatus.Accepted)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, CoachLinkStatus.Revoked).SetProperty(x => x.RespondedAt, now), cancellation) > 0;
    }

    /// <summary>The invitations waiting for <paramref name="me"/>'s answer and the coaches <paramref name="me"/> accepted.</summary>
    public async Task<MyCoaches> ListMyCoachesAsync(string me, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var myEmail = await MyConfirmedEmailAsync(db, me, cancellation);
        var links = await db.CoachLinks.AsNoTracking()
            .Where(l => (l.Status == CoachLinkStatus.Pending && l.AthleteEmail == myEmail && l.CoachId != me)
                || (l.Status == CoachLinkStatus.Accepted && l.AthleteId == me))
            .OrderBy(l => l.InvitedAt).ThenBy(l => l.Id)
            .Join(db.Users, l => l.CoachId, a => a.Id, (l, a) => new { l.Id, l.Status, l.InvitedAt, l.RespondedAt, a.DisplayName, a.Email })
            .ToListAsync(cancellation);
        return new MyCoaches(
            [.. links.Where(l => l.Status == CoachLinkStatus.Pending).Select(l => new CoachInvitation(l.Id, CoachingNames.Of(l.DisplayName, l.Email), l.Email ?? "", l.InvitedAt))],
            [.. links.Where(l => l.Status == CoachLinkStatus.Accepted).Select(l => new MyCoach(l.Id, CoachingNames.Of(l.DisplayName, l.Email), l.Email ?? "", l.RespondedAt))],
            EmailConfirmed: myEmail is not null);
    }

    /// <summary>The athlete revokes an accepted coach (or declines a pending invitation); false for any other link.</summary>
    public async Task<bool> RevokeAsync(string me, long linkId, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var revoked = await db.CoachLinks
            .Where(l => l.Id == linkId && l.AthleteId == me && l.Status == CoachLinkStatus.Accepted)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, CoachLinkStatus.Revoked).SetProperty(x => x.RespondedAt, now), cancellation);
        return revoked > 0 || await AnswerAsync(db, me, linkId, CoachLinkStatus.Declined, now, cancellation);
    }

    /// <summary>
    /// Accepts or declines a pending invitation addressed to <paramref name="me"/>'s e-mail; false (404) for any
    /// other link, so that nobody learns of invitations addressed to someone else.
    /// </summary>
    public async Task<bool> AnswerAsync(string me, long linkId, CoachLinkStatus answer, CancellationToken cancellation)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await AnswerAsync(db, me, linkId, answer, now, cancellation);
    }

    private static async Task<bool> AnswerAsync(AppDbContext db, string me, long linkId, CoachLinkStatus answer, DateTime now, CancellationToken cancellation)
    {
        var myEmail = await MyConfirmedEmailAsync(db, me, cancellation);

        // One conditional update: two answers racing each other cannot both win.
        var answered = await db.CoachLinks
            .Where(l => l.Id == linkId && l.Status == CoachLinkStatus.Pending && l.AthleteEmail == myEmail && l.CoachId != me)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Status, answer).SetProperty(x => x.AthleteId, me).SetProperty(x => x.RespondedAt, now), cancellation);
        return answered > 0;
    }

    private static async Task<string?> MyEmailAsync(AppDbContext db, string me, CancellationToken cancellation) =>
        await db.Users.Where(a => a.Id == me).Select(a => a.NormalizedEmail).SingleOrDefaultAsync(cancellation);

    /// <summary>
    /// The athlete's e-mail once they have confirmed it, else null: an invitation goes to whoever owns the address, and
    /// registering with an address proves nothing until a link sent there is followed.
    /// </summary>
    private static async Task<string?> MyConfirmedEmailAsync(AppDbContext db, string me, CancellationToken cancellation) =>
        await db.Users.Where(a => a.Id == me && a.EmailConfirmed).Select(a => a.NormalizedEmail).SingleOrDefaultAsync(cancellation);
}
