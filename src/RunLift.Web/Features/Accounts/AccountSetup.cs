using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using RunLift.Data;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Accounts with ASP.NET Core Identity: a cookie for the pages and bearer tokens for scripts (both issued by
/// Identity, both protected by data-protection keys kept in the database so that every instance accepts them).
/// </summary>
internal static class AccountSetup
{
    /// <summary>The path of the sign-in page, where the cookie scheme sends anonymous visitors of a page that needs an account.</summary>
    public const string SignInPath = "/account/login";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "RunLift.Auth";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("RunLift").PersistKeysToDbContext<AppDbContext>();

        services.AddIdentityApiEndpoints<Account>(options =>
            {
                // Length, not composition rules, makes a password strong (NIST SP 800-63B).
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AccountSignInManager>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = SignInPath;
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;

            // An API client is told 401/403, not redirected to a page it cannot use.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
            };
        });

        // Identity's default scheme (bearer or cookie) challenges with the bearer's 401; a page ([Authorize]) must
        // send a visitor to sign in instead, so outside the API challenges go to the cookie scheme. (The scheme's
        // name is IdentityConstants.BearerAndApplicationScheme, which Identity keeps internal.)
        services.PostConfigure<AuthenticationSchemeOptions>("Identity.BearerAndApplication", options =>
            options.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api") ? null : IdentityConstants.ApplicationScheme);

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
