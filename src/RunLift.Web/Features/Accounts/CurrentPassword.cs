using Microsoft.AspNetCore.Identity;
using RunLift.Data.Accounts;

namespace RunLift.Web.Features.Accounts;

/// <summary>What re-entering the current password gave.</summary>
internal enum PasswordCheck
{
    Right,
    Wrong,
    LockedOut,
}

/// <summary>
/// The current password, re-entered before a change to how the account signs in or to the account itself (a new
/// password or e-mail, two-factor sign-in, deletion): a stolen cookie or token alone cannot make the change. Wrong
/// guesses count towards Identity's lockout as wrong sign-ins do, so the password cannot be guessed here either.
/// </summary>
internal static class CurrentPassword
{
    public static async Task<PasswordCheck> CheckAsync(UserManager<Account> users, Account account, string? password)
    {
        if (await users.IsLockedOutAsync(account))
        {
            return PasswordCheck.LockedOut;
        }

        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(account, password))
        {
            await users.AccessFailedAsync(account);
            return await users.IsLockedOutAsync(account) ? PasswordCheck.LockedOut : PasswordCheck.Wrong;
        }

        await users.ResetAccessFailedCountAsync(account);
        return PasswordCheck.Right;
    }

    /// <summary>What a person is told when the account is locked.</summary>
    public const string LockedOutMessage = "Too many wrong passwords: the account is locked for 15 minutes. Nothing was changed.";
}
