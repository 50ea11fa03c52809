using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Names;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Profiles;

namespace RunLift.Web.Features.Audit;

/// <summary>
/// What a check reads of the signed-in athlete (their zone, their readings of exercise names), for the check page and
/// <c>POST /api/v1/audit</c> alike; an anonymous check reads nothing.
/// </summary>
internal sealed class AuditOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, ProfileOperations profiles)
{
    /// <summary>The signed-in athlete's profile zone; null for an anonymous caller, or a profile that has none yet.</summary>
    public Task<TimeZoneInfo?> SignedInZoneAsync(ClaimsPrincipal user, CancellationToken cancellation) =>
        profiles.SignedInZoneAsync(user, cancellation);

    /// <summary>The signed-in athlete's own readings of exercise names; none for an anonymous check.</summary>
    public async Task<NameMapping> NamesAsync(ClaimsPrincipal user, CancellationToken cancellation)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return NameMapping.Empty;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ExerciseNames.MappingAsync(db, catalog, user.AccountId(), cancellation);
    }
}
