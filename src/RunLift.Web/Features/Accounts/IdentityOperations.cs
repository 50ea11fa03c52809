using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Identity's endpoints (<c>MapIdentityApi</c>) as the OpenAPI document shows them. Identity maps them without names
/// or summaries and declares only the answers its handlers' return types name, while clients generated from the
/// document need a name per operation (<c>AccountLogin</c>, <c>AccountManageInfoGet</c>...), a summary, and every
/// 4xx: the 401 of a wrong password, the 400 of a body or query that does not bind, and RunLift's own answers for
/// account changes (<see cref="Reauthentication"/>). 401 for signing in and 429 come from
/// <see cref="ApiSecurity"/> and <see cref="RateLimits"/>.
/// </summary>
internal static class IdentityOperations
{
    private const string Prefix = "api/v1/account/";
    private const string NotBound = "The body (or query) is not the request this operation takes.";
    private const string AccountGone = "The signed-in account no longer exists.";

    private static readonly Dictionary<(string Method, string Path), Described> ByRoute = new()
    {
        [("POST", "register")] = new(
            "AccountRegister",
            "Create an account with an e-mail address and a password",
            (400, "The e-mail address is taken or not valid, or the password is too short (the errors say which).")),
        [("POST", "login")] = new(
            "AccountLogin",
            "Sign in with an e-mail address and password for a bearer token, or the cookie with useCookies=true",
            (400, NotBound),
            (401, "Not signed in; the detail says why: Failed (a wrong e-mail address, password or two-factor code), RequiresTwoFactor, LockedOut or NotAllowed.")),
        [("POST", "refresh")] = new(
            "AccountRefresh",
            "Exchange a refresh token for a new bearer token and refresh token",
            (400, NotBound),
            (401, "The refresh token has expired, or was revoked by a password change or by signing out everywhere.")),
        [("GET", "confirmEmail")] = new(
            "AccountConfirmEmail",
            "Confirm an e-mail address with the link that was sent to it",
            (400, "userId or code is missing."),
            (401, "The link is not valid, or has expired.")),
        [("POST", "resendConfirmationEmail")] = new(
            "AccountResendConfirmationEmail",
            "Send the e-mail address confirmation link again",
            (400, NotBound)),
        [("POST", "forgotPassword")] = new(
            "AccountForgotPassword",
            "Send a password reset code to an account's confirmed e-mail address",
            (400, NotBound)),
        [("POST", "resetPassword")] = new(
            "AccountResetPassword",
            "Set a new password with the reset code from the e-mail",
            (400, "The reset code is not valid or has expired, or the new password is not accepted.")),
        [("POST", "manage/2fa")] = new(
            "AccountManage2fa",
            "Turn two-factor sign-in on or off, or renew its key or recovery codes, with the current password",
            (400, "The current password or the two-factor code is wrong, or the request cannot be done (the errors say why)."),
            (404, AccountGone)),
        [("GET", "manage/info")] = new(
            "AccountManageInfoGet",
            "Read the signed-in account's e-mail address and whether it is confirmed",
            // Identity's handler declares a validation problem that it never answers.
            (400, null),
            (404, AccountGone)),
        [("POST", "manage/info")] = new(
            "AccountManageInfo",
            "Change the password, or the e-mail address (confirmed by a link sent to it), with the current password",
            (400, "The current password is wrong, or the new e-mail address or password is not accepted (the errors say which)."),
            (404, AccountGone)),
    };

    /// <summary>Names and describes one of Identity's operations; one it does not know keeps what Identity gave it.</summary>
    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var path = context.Description.RelativePath;
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal)
            || !ByRoute.TryGetValue((context.Description.HttpMethod ?? "", path[Prefix.Length..]), out var described))
        {
            return;
        }

        operation.OperationId = described.OperationId;
        operation.Summary = described.Summary;
        operation.Responses ??= [];
        foreach (var (status, description) in described.Answers)
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            if (description is null)
            {
                operation.Responses.Remove(key);
            }
            else if (operation.Responses.TryGetValue(key, out var declared) && declared is OpenApiResponse response)
            {
                response.Description = description;
            }
            else
            {
                operation.Responses[key] = await ApiDocument.ProblemResponseAsync(context, description, cancellation);
            }
        }
    }

    /// <summary>An operation's name and summary, and its 4xx answers with what each means (null: one it never gives).</summary>
    private sealed record Described(string OperationId, string Summary, params (int Status, string? Description)[] Answers);
}
