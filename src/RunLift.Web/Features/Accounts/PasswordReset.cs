using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// A forgotten password: a link with a one-time code goes to the account's address, and the reset page sets a new
/// password with it. Following the link proves the address is the owner's, so a reset also confirms it; an address
/// not confirmed yet therefore gets the link too (Identity's API sends its code only to confirmed ones).
/// </summary>
internal static class PasswordReset
{
    public const string RequestPath = "/account/forgot-password";

    public const string PagePath = "/account/reset-password";

    /// <summary>
    /// Sends the account of <paramref name="email"/>, if there is one, a link to the reset page on this site
    /// (<paramref name="siteUri"/>). Whether there is one is not told: that would tell a stranger who has an account.
    /// </summary>
    public static async Task SendAsync(UserManager<Account> users, IEmailSender<Account> sender, string email, string siteUri)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { Email: { } address } account)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        var link = $"{siteUri.TrimEnd('/')}{PagePath}?email={Uri.EscapeDataString(address)}&code={LinkCode.Of(token)}";
        await sender.SendPasswordResetLinkAsync(account, address, HtmlEncoder.Default.Encode(link));
    }

    /// <summary>
    /// Sets <paramref name="password"/> as the password of the account of <paramref name="email"/> with
    /// <paramref name="code"/> from the link, confirms its address and lifts a sign-in lock; null when done, else what to tell the user.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> ResetAsync(UserManager<Account> users, string? email, string? code, string password)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code) || await users.FindByEmailAsync(email) is not { } account
            || LinkCode.TokenIn(code) is not { } token)
        {
            return [InvalidLink];
        }

        var reset = await users.ResetPasswordAsync(account, token, password);
        if (!reset.Succeeded)
        {
            return [.. reset.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? InvalidLink : e.Description).Distinct()];
        }

        // The owner of the address is back in: the sign-in lock of a stranger's guesses does not keep them out.
        account.EmailConfirmed = true;
        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        await users.UpdateAsync(account);
        return null;
    }

    /// <summary>What a link that cannot reset a password is told: the causes are not told apart, as the request page does not.</summary>
    public const string InvalidLink =
        "This link is not valid: it may be incomplete, older than a day, already used, or older than a newer one we sent. Ask for a new one.";
}
