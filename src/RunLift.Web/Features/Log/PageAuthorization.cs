using Microsoft.AspNetCore.Identity;

namespace RunLift.Web.Features.Log;

/// <summary>
/// Pages that need an account: signed in by the cookie, and a visitor without one is challenged by the cookie
/// scheme (a redirect to the sign-in page) rather than by the API's bearer scheme (a bare 401). Components cannot
/// name a scheme in <c>[Authorize]</c>, so the policy carries it.
/// </summary>
internal static class PageAuthorization
{
    public const string Policy = "SignedInPage";

    public static IServiceCollection AddPageAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy =>
            policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        return services;
    }
}
