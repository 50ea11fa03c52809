using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
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
    /// <param name="data">The athlete's data, read and stamped with the time.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, NotFound>> Export(
        string? format, ClaimsPrincipal user, SettingsOperations data, CancellationToken cancellation)
    {
        format ??= "json";
        if (format is not ("json" or "csv"))
        {
            return Problems.BadRequest("format must be one of: json, csv.");
        }

        var export = await data.ExportAsync(user.AccountId(), cancellation);
        if (export is null)
        {
            return TypedResults.NotFound();
        }

        var name = $"runlift-export-{export.ExportedAt:yyyy-MM-dd}";
        return format == "csv"
            ? TypedResults.File(ExportCsv.Zip(export), "application/zip", name + ".zip")
            : TypedResults.File(export.ToJson(), "application/json", name + ".json");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, NotFound>> DeleteAccount(
        [FromBody] AccountDeletion deletion,
        ClaimsPrincipal user,
        SettingsOperations data,
        SignInManager<Account> signIn,
        CancellationToken cancellation)
    {
        var outcome = await data.DeleteAsync(user.AccountId(), deletion.Password, cancellation);
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
}

/// <summary>The body of <c>DELETE /api/v1/account</c>: the account's password, re-entered.</summary>
internal sealed record AccountDeletion(string? Password);
