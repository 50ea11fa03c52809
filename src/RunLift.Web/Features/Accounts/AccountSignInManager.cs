using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Accounts;
using RunLift.Data.Profiles;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in, answering an unknown e-mail exactly as a wrong password, on the page and the API alike: the same
/// result, after the same work (a password hash is checked either way, so the time taken does not tell), and a locked
/// account is "failed" too (only an existing account can be locked, so saying so would tell that it exists). The
/// lockout itself still holds: a locked account cannot sign in even with the right password. Every sign-in from the
/// pages (password, code, recovery code, registration) keeps the zone the browser reported while the profile has none.
/// </summary>
internal sealed class AccountSignInManager(
    UserManager<Account> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<Account> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    AppDbContext db,
    ExerciseCatalog catalog,
    TimeProvider time)
    : SignInManager<Account>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(Account user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        if (BrowserTimeZone.Reported(Context) is { } zone)
        {
            await ProfileTimeZone.KeepFromBrowserAsync(db, catalog, time, user.Id, zone, Context.RequestAborted);
        }
    }

    // A hash of a random password, made once: verifying against it costs what verifying a real account's does.
    private static readonly Lazy<string> Decoy = new(() => new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(new Account(), Decoy.Value, password);
            return SignInResult.Failed;
        }

        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        return result.IsLockedOut ? SignInResult.Failed : result;
    }
}
