using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Training;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>How a session went, as the athlete tells it afterwards: every field optional, the site only with pain.</summary>
/// <param name="SessionRpe">How hard the whole session was, 1–10 in halves.</param>
/// <param name="Pain">Pain in or after the session, 0 (none) to 10.</param>
/// <param name="PainSite">Where it hurt, an injury site's name (<c>knee</c>, <c>lower-back</c>).</param>
/// <param name="Note">Anything else: the session's notes.</param>
internal sealed record CheckInInput(double? SessionRpe, int? Pain, string? PainSite, string? Note);

/// <summary>A session's check-in as stored; <c>checkedInAt</c> is null until the athlete first checks in.</summary>
internal sealed record CheckInView(double? SessionRpe, int? Pain, InjurySite? PainSite, string? Note, DateTime? CheckedInAt);

/// <summary>
/// The athlete's check-in after a session, for the API and the log page alike: it replaces the session's RPE, pain,
/// pain site and notes as a whole, bumps the session's version, and recomputes the audit snapshots of its week (session
/// RPE is the week's strength load) in one transaction.
/// </summary>
internal sealed class CheckInOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The longest note, as a session's notes.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>The check-in of the athlete's session <paramref name="id"/> with the session's version; null when they have no such session.</summary>
    public async Task<Versioned<CheckInView>?> FindAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await FindAsync(db, accountId, id, cancellation);
    }

    /// <summary>The site the athlete is in rehab for (the profile's injury, with rehab on): where pain most likely is; null when none.</summary>
    public async Task<InjurySite?> RehabSiteAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Profiles.Where(p => p.AccountId == accountId && p.Rehab).Select(p => p.Injury).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>
    /// Stores the check-in of the athlete's session <paramref name="id"/> when it is valid and, with
    /// <paramref name="expectedVersion"/>, the session is still at that version.
    /// </summary>
    public async Task<Change<CheckInView>> CheckInAsync(string accountId, long id, CheckInInput input, int? expectedVersion, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var session = db.Sessions.Where(s => s.Id == id && s.AccountId == accountId);
        if (!await session.AnyAsync(cancellation))
        {
            return new Change<CheckInView>.Missing();
        }

        if (Errors(input, out var site) is { Count: > 0 } errors)
        {
            return new Change<CheckInView>.Invalid(errors);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            switch (await Versions.ClaimAsync(session, expectedVersion, cancellation))
            {
                case VersionClaim.Missing:
                    return new Change<CheckInView>.Missing();
                case VersionClaim.Changed:
                    return new Change<CheckInView>.Overtaken();
            }

            var stored = await session.SingleAsync(cancellation);
            stored.SessionRpe = input.SessionRpe;
            stored.Pain = input.Pain;
            stored.PainSite = site;
            stored.Notes = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            stored.CheckedInAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [stored.Date], cancellation);
            await transaction.CommitAsync(cancellation);
        }

        var saved = await FindAsync(db, accountId, id, cancellation);
        return saved is null ? new Change<CheckInView>.Missing() : new Change<CheckInView>.Made(saved.Value, saved.Version);
    }

    /// <summary>Every problem with the check-in, by field; none when it can be stored, with the site it names.</summary>
    private static Dictionary<string, string[]> Errors(CheckInInput input, out InjurySite? site)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.SessionRpe is { } rpe && !(Rpe.IsValid(rpe) && Math.Round(rpe * 2) == rpe * 2))
        {
            errors["sessionRpe"] = ["must be between 1 and 10, in halves (7 or 7.5)."];
        }

        if (input.Pain is < 0 or > 10)
        {
            errors["pain"] = ["must be a whole number from 0 (none) to 10."];
        }

        site = null;
        if (input.PainSite is not null)
        {
            if (!InjurySites.TryParse(input.PainSite, out var named))
            {
                errors["painSite"] = [$"must be one of: {InjurySites.Choices}."];
            }
            else if (input.Pain is null or 0)
            {
                errors["painSite"] = ["says where it hurt: give it with a pain above 0."];
            }
            else
            {
                site = named;
            }
        }

        if (input.Note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"must be at most {MaxNoteLength} characters."];
        }

        return errors;
    }

    private static async Task<Versioned<CheckInView>?> FindAsync(AppDbContext db, string accountId, long id, CancellationToken cancellation)
    {
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == id && s.AccountId == accountId)
            .Select(s => new { s.Version, View = new CheckInView(s.SessionRpe, s.Pain, s.PainSite, s.Notes, s.CheckedInAt) })
            .FirstOrDefaultAsync(cancellation);
        return found is null ? null : new Versioned<CheckInView>(found.View, found.Version);
    }
}
