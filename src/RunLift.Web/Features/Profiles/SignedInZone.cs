using System.Security.Claims;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Web.Features.Accounts;

namespace RunLift.Web.Features.Profiles;

/// <summary>The zone of whoever calls an endpoint that anyone may use (a check, a plan): the athlete's, when signed in.</summary>
internal static class SignedInZone
{
    /// <summary>The signed-in athlete's profile zone; null for an anonymous caller, or a profile that has none yet.</summary>
    public static async Task<TimeZoneInfo?> FindAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellation) =>
        user.Identity?.IsAuthenticated == true ? await ProfileTimeZone.FindAsync(db, user.AccountId(), cancellation) : null;
}
