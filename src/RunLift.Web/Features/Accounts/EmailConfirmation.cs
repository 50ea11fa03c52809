using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Confirming that an account's e-mail address is its owner's: a link with a one-time code goes to the address, and
/// following it (the confirm page) marks the address confirmed. Coaches' invitations, addressed by e-mail, are shown
/// only to an account whose address is confirmed. The code is Identity's, in the form its API's confirmEmail takes.
/// </summary>
internal static class EmailConfirmation
{
    public const string PagePath = "/account/confirm-email";

    /// <summary>Sends <paramref name="account"/> a link to the confirm page on this site (<paramref name="siteUri"/>).</summary>
    public static async Task SendAsync(UserManager<Account> users, IEmailSender<Account> sender, Account account, string siteUri)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = $"{siteUri.TrimEnd('/')}{PagePath}?userId={Uri.EscapeDataString(account.Id)}&code={LinkCode.Of(token)}";
        await sender.SendConfirmationLinkAsync(account, account.Email!, HtmlEncoder.Default.Encode(link));
    }

    /// <summary>Confirms the address of account <paramref name="userId"/> with <paramref name="code"/> from the link; false when either is not right.</summary>
    public static async Task<bool> ConfirmAsync(UserManager<Account> users, string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId) is not { } account
            || LinkCode.TokenIn(code) is not { } token)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(account, token)).Succeeded;
    }
}
