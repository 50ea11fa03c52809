using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RunLift.Data.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// <c>/api/v1/account</c>: Identity's endpoints for scripts and other clients: <c>POST register</c>,
/// <c>POST login</c> (a bearer token and a refresh token, or the cookie with <c>?useCookies=true</c>),
/// <c>POST refresh</c> and <c>GET/POST manage/info</c>. Rate-limited per client like the sign-in page.
/// </summary>
internal static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags(ApiTags.Account).RequireRateLimiting(RateLimits.SignIn);
        account.MapIdentityApi<Account>().AddOpenApiOperationTransformer(IdentityOperations.DescribeAsync);
        account.MapPost("/logout", SignOutEverywhereAsync)
            .RequireAuthorization()
            .WithName("AccountLogout")
            .WithSummary("Sign out everywhere: every bearer token, refresh token and sign-in cookie of the account stops working");
        return api;
    }

    /// <summary>
    /// <c>POST /account/logout</c>: the pages' sign-out form. A form post (never a link) so that another site cannot
    /// sign a person out; the antiforgery token is checked because the handler binds the form.
    /// </summary>
    public static void MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<Account> signIn, [FromForm] string? returnUrl) =>
        {
            await SignOutEverywhereAsync(http, signIn);
            return TypedResults.LocalRedirect(ReturnUrls.LocalOr(returnUrl, "/"));
        }).ExcludeFromDescription();
    }

    /// <summary>
    /// Renews the account's security stamp, which revokes every cookie and token issued before (a copied cookie or a
    /// stolen token stops working too), and removes this browser's cookie.
    /// </summary>
    private static async Task<NoContent> SignOutEverywhereAsync(HttpContext http, SignInManager<Account> signIn)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is { } account)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(account);
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
