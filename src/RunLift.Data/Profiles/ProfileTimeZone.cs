using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Auditing;
using RunLift.Time;

namespace RunLift.Data.Profiles;

/// <summary>
/// The athlete's time zone as their profile keeps it, and their today: what every page, API and import of the web app
/// asks instead of the server's clock or zone. An athlete without a zone yet has their days read in UTC.
/// </summary>
public static class ProfileTimeZone
{
    /// <summary>The longest zone name stored (the longest IANA name has 32 characters).</summary>
    public const int MaxLength = 64;

    /// <summary>The zone of the athlete's profile, or null while it has none (or there is no profile).</summary>
    public static async Task<TimeZoneInfo?> FindAsync(AppDbContext db, string accountId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = await db.Profiles.AsNoTracking().Where(p => p.AccountId == accountId).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellation);
        return IanaTimeZones.TryFind(id, out var zone) ? zone : null;
    }

    /// <summary>The zone the athlete's days are in: the profile's, UTC until it is known.</summary>
    public static async Task<TimeZoneInfo> OfAsync(AppDbContext db, string accountId, CancellationToken cancellation) =>
        await FindAsync(db, accountId, cancellation) ?? TimeZoneInfo.Utc;

    /// <summary>The athlete's today: the date on their calendar now.</summary>
    public static async Task<DateOnly> TodayAsync(AppDbContext db, TimeProvider time, string accountId, CancellationToken cancellation) =>
        AthleteClock.Today(time, await OfAsync(db, accountId, cancellation));

    /// <summary>
    /// Keeps <paramref name="zoneId"/>, the zone the athlete's browser reported as they signed in, when their profile
    /// has none yet (creating the profile with its defaults when there is none), and re-audits the log, whose "today"
    /// it moves. A zone the profile already has is the athlete's choice and stays; a name that is no IANA zone is
    /// ignored. True when the zone was kept.
    /// </summary>
    public static async Task<bool> KeepFromBrowserAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string? zoneId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (!IanaTimeZones.TryFind(zoneId, out var zone) || await FindAsync(db, accountId, cancellation) is not null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var now = time.GetUtcNow().UtcDateTime;
        var kept = await db.Profiles.Where(p => p.AccountId == accountId && p.TimeZone == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.TimeZone, zone.Id).SetProperty(p => p.Version, p => p.Version + 1).SetProperty(p => p.UpdatedAt, now), cancellation);
        if (kept == 0)
        {
            if (await db.Profiles.AnyAsync(p => p.AccountId == accountId, cancellation))
            {
                // Another request gave the profile a zone between the two looks: that one stays.
                return false;
            }

            db.Profiles.Add(new Profile { AccountId = accountId, TimeZone = zone.Id, UpdatedAt = now });
            try
            {
                await db.SaveChangesAsync(cancellation);
            }
            catch (DbUpdateException)
            {
                // The profile was created meanwhile (a save from another device): it decides.
                db.ChangeTracker.Clear();
                return false;
            }
        }

        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, accountId, cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }
}
