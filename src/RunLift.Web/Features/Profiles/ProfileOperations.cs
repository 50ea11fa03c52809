using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Profiles;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Plans;

namespace RunLift.Web.Features.Profiles;

/// <summary>
/// What the app does with an athlete's profile: reads and saves it (re-auditing the log, which reads it), and tells
/// the other features the zone and the today it puts the athlete in.
/// </summary>
internal sealed class ProfileOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time, SavedPlanOperations plans)
{
    /// <summary>The version (ETag) of a profile not stored yet: <c>If-Match: "0"</c> creates it only if nobody else has.</summary>
    public const int NoProfileYet = 0;

    /// <summary>The athlete's profile (the defaults until one is saved) and its version (<see cref="NoProfileYet"/> until then).</summary>
    public async Task<(ProfileDocument Profile, int Version)> GetAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var stored = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == account, cancellation);
        return (ProfileDocument.From(stored ?? new Profile { AccountId = account }), stored?.Version ?? NoProfileYet);
    }

    /// <summary>
    /// Writes a valid <paramref name="document"/> as <paramref name="account"/>'s profile, creating it the first time,
    /// and re-audits the log: the audit reads the athlete, running week and maxes, so every weekly snapshot changes. Then
    /// the plans that are not over are re-planned from today on where the profile changes them (a new running week, new maxes).
    /// With <paramref name="expectedVersion"/>, throws <see cref="DbUpdateConcurrencyException"/> when the profile is not
    /// at that version (0: when one was stored meanwhile).
    /// </summary>
    public async Task<Profile> SaveAsync(string account, ProfileDocument document, CancellationToken cancellation, int? expectedVersion = null)
    {
        var saved = await SaveProfileAsync(account, document, expectedVersion, cancellation);
        await plans.ReplanFromTodayAsync(account, cancellation);
        return saved;
    }

    private async Task<Profile> SaveProfileAsync(string account, ProfileDocument document, int? expectedVersion, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        try
        {
            return await SaveOnceAsync(db, account, document, expectedVersion, cancellation);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another request created the profile after this one found none (nothing locks a row that is not there
            // yet): now there is one, to change as any other, or to refuse if this change asked for none (If-Match "0").
            db.ChangeTracker.Clear();
            return await SaveOnceAsync(db, account, document, expectedVersion, cancellation);
        }
    }

    /// <summary>The zone of the athlete's profile, or null while it has none (or there is no profile).</summary>
    public async Task<TimeZoneInfo?> ZoneAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ProfileTimeZone.FindAsync(db, account, cancellation);
    }

    /// <summary>
    /// The zone of whoever calls something anyone may use (a check, a plan): the signed-in athlete's profile zone; null
    /// for an anonymous caller, or a profile that has none yet.
    /// </summary>
    public async Task<TimeZoneInfo?> SignedInZoneAsync(ClaimsPrincipal user, CancellationToken cancellation) =>
        user.Identity?.IsAuthenticated == true ? await ZoneAsync(user.AccountId(), cancellation) : null;

    /// <summary>The athlete's today: the date on their calendar now.</summary>
    public async Task<DateOnly> TodayAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
    }

    private async Task<Profile> SaveOnceAsync(
        AppDbContext db, string account, ProfileDocument document, int? expectedVersion, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var claim = await Versions.ClaimAsync(db.Profiles.Where(p => p.AccountId == account), expectedVersion == NoProfileYet ? -1 : expectedVersion, cancellation);
        if (claim == VersionClaim.Changed || (claim == VersionClaim.Missing && expectedVersion is > NoProfileYet))
        {
            throw new DbUpdateConcurrencyException($"The profile is no longer at version {expectedVersion}.");
        }

        // Missing means none was there when the claim looked: create it, even if another request has since. Reading it
        // back instead would change a row this request holds no claim on, at the version another request gave it (a lost
        // version); created twice, the insert fails on the key and the retry claims the other request's row.
        Profile profile;
        if (claim == VersionClaim.Missing)
        {
            profile = new Profile { AccountId = account };
            db.Profiles.Add(profile);
        }
        else
        {
            profile = await db.Profiles.FirstAsync(p => p.AccountId == account, cancellation);
        }

        document.ApplyTo(profile, catalog);
        profile.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        return profile;
    }
}
