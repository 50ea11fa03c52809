using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Identity's endpoints that change how an account signs in ask for the current password, as the pages do:
/// <c>POST /api/v1/account/manage/2fa</c> always (it hands out the authenticator key and turns two-factor sign-in on
/// and off), and <c>POST /api/v1/account/manage/info</c> when it changes the e-mail (<c>password</c>) or the password
/// (<c>oldPassword</c>, which Identity checks too). So a bearer token or cookie alone, stolen or left signed in, cannot
/// take the account over. A wrong password counts towards the lockout.
/// </summary>
internal static class Reauthentication
{
    private const string Manage = "/api/v1/account/manage/";
    private const int MaxBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseReauthenticationForAccountChanges(this IApplicationBuilder app) =>
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method) && context.User.Identity?.IsAuthenticated == true
                && (context.Request.Path.Equals(Manage + "2fa", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(Manage + "info", StringComparison.OrdinalIgnoreCase)),
            branch => branch.Use(async (context, next) =>
            {
                if (await RefusalAsync(context) is { } refusal)
                {
                    await refusal.ExecuteAsync(context);
                    return;
                }

                await next(context);
            }));

    private static async Task<IResult?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        request.EnableBuffering(MaxBodyBytes);
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "The body must be a JSON object.");
        }
        finally
        {
            request.Body.Position = 0;
        }

        var isTwoFactor = request.Path.Value!.EndsWith("2fa", StringComparison.OrdinalIgnoreCase);
        var field = isTwoFactor || Text(body, "newEmail") is { Length: > 0 } ? "password"
            : Text(body, "newPassword") is { Length: > 0 } ? "oldPassword"
            : null;
        if (field is null)
        {
            return null;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<Account>>();
        if (await users.GetUserAsync(context.User) is not { } account)
        {
            return TypedResults.Unauthorized();
        }

        var check = await CurrentPassword.CheckAsync(users, account, Text(body, field));
        if (check == PasswordCheck.Right && isTwoFactor)
        {
            await EnsureAuthenticatorKeyAsync(context.RequestServices, users, account);
        }

        return check switch
        {
            PasswordCheck.Right => null,
            PasswordCheck.LockedOut => TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong passwords", detail: CurrentPassword.LockedOutMessage),
            _ => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = ["must be this account's current password, to change how it signs in."] },
                title: "The current password is needed"),
        };
    }

    /// <summary>
    /// Identity's 2fa endpoint makes an account's first authenticator key with <c>ResetAuthenticatorKeyAsync</c>, which
    /// renews the security stamp and so would revoke the very token asking for the key, leaving it unable to turn two-factor
    /// sign-in on. A first key, never shown to anyone before, revokes nothing: it is stored without renewing the stamp.
    /// </summary>
    private static async Task EnsureAuthenticatorKeyAsync(IServiceProvider services, UserManager<Account> users, Account account)
    {
        if (!string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(account)))
        {
            return;
        }

        var store = (IUserAuthenticatorKeyStore<Account>)services.GetRequiredService<IUserStore<Account>>();
        await store.SetAuthenticatorKeyAsync(account, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await users.UpdateAsync(account);
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
