using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Accounts;
using RunLift.Data.Export;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Settings;

/// <summary>
/// The athlete's own data: <c>GET /api/v1/export</c> (all of it, as JSON or a zip of CSV files) and
/// <c>DELETE /api/v1/account</c> (the account and all its data, with the password re-entered).
/// </summary>
internal static class SettingsApi
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("").WithTags(ApiTags.Settings).RequireAuthorization();
        settings.MapGet("/export", Export)
            .WithName("ExportMyData")
            .WithSummary("Download everything stored for the signed-in account, as JSON or as a zip of CSV files")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        settings.MapDelete("/account", DeleteAccount)
            .WithName("DeleteMyAccount")
            .WithSummary("Delete the signed-in account and all its data for good; the password must be re-entered")
            .RequireRateLimiting(RateLimits.SignIn);
        return api;
    }

    /// <param name="format">json (default) or csv.</param>
    /// <param name="user">The signed-in account.</param>
    /// <param name="db">The database.</param>
    /// <param name="time">The export's time stamp.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, NotFound>> Export(
        string? format, ClaimsPrincipal user, AppDbContext db, TimeProvider time, CancellationToken cancellation)
    {
        format ??= "json";
        if (format is not ("json" or "csv"))
        {
            return Problems.BadRequest("format must be one of: json, csv.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var export = await DataExport.ReadAsync(db, user.AccountId(), now, cancellation);
        if (export is null)
        {
            return TypedResults.NotFound();
        }

        var name = $"runlift-export-{now:yyyy-MM-dd}";
        return format == "csv"
            ? TypedResults.File(ExportCsv.Zip(export), "application/zip", name + ".zip")
            : TypedResults.File(export.ToJson(), "application/json", name + ".json");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, NotFound>> DeleteAccount(
        [FromBody] AccountDeletion deletion,
        ClaimsPrincipal user,
        AppDbContext db,
        UserManager<Account> users,
        SignInManager<Account> signIn,
        CancellationToken cancellation)
    {
        var outcome = await DeleteAsync(db, users, user.AccountId(), deletion.Password, cancellation);
        switch (outcome)
        {
            case AccountDeletionOutcome.Deleted:
                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            case AccountDeletionOutcome.NotFound:
                return TypedResults.NotFound();
            case AccountDeletionOutcome.LockedOut:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many wrong passwords",
                    detail: "The account is locked for a while after too many wrong passwords; nothing was deleted. Try again later.");
            default:
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["password"] = ["is not this account's password; nothing was deleted."] },
                    title: "The account was not deleted");
        }
    }

    /// <summary>
    /// Deletes <paramref name="accountId"/> and everything of it in one transaction, after checking
    /// <paramref name="password"/> (a wrong one counts towards Identity's lockout, so it cannot be guessed here
    /// either). Coach links go both ways, with the invitations addressed to the account's e-mail; everything else
    /// follows the account by the database's cascades. The page and the API share this.
    /// </summary>
    public static async Task<AccountDeletionOutcome> DeleteAsync(AppDbContext db, UserManager<Account> users, string accountId, string? password, CancellationToken cancellation)
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
        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("Identity could not delete the account: " + string.Join("; ", deleted.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellation);
        return AccountDeletionOutcome.Deleted;
    }
}

/// <summary>The body of <c>DELETE /api/v1/account</c>: the account's password, re-entered.</summary>
internal sealed record AccountDeletion(string? Password);

/// <summary>How an attempt to delete an account ended.</summary>
internal enum AccountDeletionOutcome
{
    Deleted,
    WrongPassword,
    LockedOut,
    NotFound,
}
