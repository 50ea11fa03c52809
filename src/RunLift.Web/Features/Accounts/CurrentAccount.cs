using System.Security.Claims;

namespace RunLift.Web.Features.Accounts;

/// <summary>Who is asking: the account id Identity put in the signed-in principal.</summary>
internal static class CurrentAccount
{
    /// <summary>The signed-in account's id; only for endpoints and pages that require an account.</summary>
    public static string AccountId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No account is signed in; the endpoint or page must require authorization.");
}
