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
            .AddEntityFrameworkStores<AppDbContext>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = SignInPath;
            cookie.Cookie.Name = "RunLift.Auth";
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

        // A page that needs an account ([Authorize] on a component) is challenged by the default scheme, which
        // Identity forwards to the bearer handler (401). Outside /api the challenge goes to the cookie instead, whose
        // events above send the visitor to the sign-in page and back.
        // ("Identity.BearerAndApplication" is AddIdentityApiEndpoints' default scheme; its constant is internal.)
        services.PostConfigure<AuthenticationSchemeOptions>("Identity.BearerAndApplication", composite =>
            composite.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? null : IdentityConstants.ApplicationScheme);

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
