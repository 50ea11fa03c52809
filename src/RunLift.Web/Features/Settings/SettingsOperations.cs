using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Accounts;
using RunLift.Data.Export;
using RunLift.Data.Log;
using RunLift.Web.Features.Accounts;

namespace RunLift.Web.Features.Settings;

/// <summary>
/// The athlete's own data as a whole: all of it exported, or all of it deleted with the account, for the settings page
/// and <c>/api/v1/export</c> and <c>/api/v1/account</c> alike.
/// </summary>
/// <param name="contexts">Where an export reads from.</param>
/// <param name="identityContext">
/// The scope's own context, not one of <paramref name="contexts"/>: Identity's store (behind <paramref name="users"/>)
/// saves through it, so that deleting an account in one transaction has to use it too.
/// </param>
/// <param name="users">Identity's accounts: the password check and the account's own deletion.</param>
/// <param name="time">The export's time stamp.</param>
internal sealed class SettingsOperations(
    IDbContextFactory<AppDbContext> contexts, AppDbContext identityContext, UserManager<Account> users, TimeProvider time)
{
    /// <summary>Everything stored for <paramref name="accountId"/>, stamped now; null when the account no longer exists.</summary>
    public async Task<DataExport?> ExportAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await DataExport.ReadAsync(db, accountId, time.GetUtcNow().UtcDateTime, cancellation);
    }

    /// <summary>
    /// Deletes <paramref name="accountId"/> and everything of it in one transaction, after checking
    /// <paramref name="password"/> (a wrong one counts towards Identity's lockout, so it cannot be guessed here
    /// either). Coach links go both ways, with the invitations addressed to the account's e-mail; comments it wrote on
    /// other athletes' sessions stay in their threads, signed <see cref="SessionComment.DeletedAuthor"/>; everything
    /// else follows the account by the database's cascades. The page and the API share this.
    /// </summary>
    public async Task<AccountDeletionOutcome> DeleteAsync(string accountId, string? password, CancellationToken cancellation)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return AccountDeletionOutcome.NotFound;
        }

        switch (await CurrentPassword.CheckAsync(users, account, password))
        {
            case PasswordCheck.LockedOut:
                return AccountDeletionOutcome.LockedOut;
            case PasswordCheck.Wrong:
                return AccountDeletionOutcome.WrongPassword;
        }

        // UserManager's store saves through this same scoped context, so the transaction covers it too.
        var db = identityContext;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var email = account.NormalizedEmail;
        await db.CoachLinks.Where(l => l.CoachId == accountId || l.AthleteId == accountId || l.AthleteEmail == email).ExecuteDeleteAsync(cancellation);
        await db.Sets.Where(s => db.Sessions.Any(x => x.Id == s.SessionId && x.AccountId == accountId)).ExecuteDeleteAsync(cancellation);
        await db.Sessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.Runs.Where(r => r.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.Imports.Where(i => i.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.Plans.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.AuditSnapshots.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.Races.Where(r => r.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await db.Profiles.Where(p => p.AccountId == accountId).ExecuteDeleteAsync(cancellation);

        // What the account wrote as a coach is part of other athletes' threads and stays; who wrote it does not.
        await db.SessionComments.Where(c => c.AuthorId == accountId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.AuthorId, "").SetProperty(x => x.AuthorName, SessionComment.DeletedAuthor), cancellation);
        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("Identity could not delete the account: " + string.Join("; ", deleted.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellation);
        return AccountDeletionOutcome.Deleted;
    }
}

/// <summary>How an attempt to delete an account ended.</summary>
internal enum AccountDeletionOutcome
{
    Deleted,
    WrongPassword,
    LockedOut,
    NotFound,
}
