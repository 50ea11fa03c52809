using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunLift.Data;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Checks on every request that the sign-in (cookie or bearer token) carries the account's current security stamp.
/// Identity renews the stamp when the password, the e-mail or two-factor sign-in changes, and RunLift renews it on
/// sign-out, so each of them revokes every cookie and token issued before; an account that no longer exists is
/// signed out too. Identity's own check runs only for cookies and only every half hour; bearer tokens it never
/// checks. One read of one row by its key is the price, paid only by signed-in requests.
/// </summary>
internal static class SecurityStamps
{
    public static IApplicationBuilder UseSecurityStampCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
            {
                // The request goes on as anonymous: what needs an account answers 401 (the API) or sends to sign-in.
                if (context.Request.Cookies.ContainsKey(AccountSetup.CookieName))
                {
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                }

                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.User.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.User.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }

        var db = context.RequestServices.GetRequiredService<AppDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.RequestAborted);
        return current == stamp;
    }
}
