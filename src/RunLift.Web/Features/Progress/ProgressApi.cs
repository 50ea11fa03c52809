using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;
using System.Security.Claims;

namespace RunLift.Web.Features.Progress;

/// <summary><c>GET /api/v1/progress</c>: the signed-in athlete's progress week by week, and their training load day by day.</summary>
internal static class ProgressApi
{
    public static RouteGroupBuilder MapProgress(this RouteGroupBuilder api)
    {
        var progress = api.MapGroup("/progress").WithTags(ApiTags.Progress).RequireAuthorization();
        progress.MapGet("", Get)
            .WithName("GetProgress")
            .WithSummary("Get estimated 1RM, weekly sets, strength load, running time and audit findings, week by week, and training load day by day")
            .WithDescription(
                "The ISO weeks ending with this one (`weeks`, 1–1040), or the whole log when `weeks` is absent. " +
                "Lifts are the main lifts with their best Epley estimate per week (working sets of 1–10 reps); " +
                "`relativeStrength` is that estimate ÷ the profile's bodyweight. Every week of the range is listed, " +
                "empty ones included. `days` runs from the first Monday to the athlete's today: running and lifting load " +
                "(minutes × effort on the CR-10 scale: session RPE for lifting, heart rate ÷ the profile's `maxHeartRate` " +
                "or the kind of run for running) and `fitness`, `fatigue` and `form`, the 42- and 7-day exponentially " +
                "weighted averages of the daily total (from the first day of the log) and their difference; `weeks` " +
                "carry the running and lifting sums.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <param name="weeks">How many weeks, ending with this one; the whole log when absent.</param>
    /// <param name="user">The signed-in athlete.</param>
    /// <param name="progress">Reads the report, with the athlete's today and the exercise catalog.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<ProgressReport>, ProblemHttpResult>> Get(
        int? weeks, ClaimsPrincipal user, ProgressOperations progress, CancellationToken cancellation)
    {
        if (weeks is < 1 or > ProgressReport.MaxWeeks)
        {
            return Problems.BadRequest($"weeks must be between 1 and {ProgressReport.MaxWeeks}, or absent for the whole log.");
        }

        return TypedResults.Ok(await progress.ReadAsync(user.AccountId(), weeks, cancellation));
    }
}
