using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;
using System.Security.Claims;

namespace RunLift.Web.Features.Dashboard;

/// <summary><c>GET /api/v1/dashboard</c>: the signed-in athlete's week at a glance.</summary>
internal static class DashboardApi
{
    public static RouteGroupBuilder MapDashboard(this RouteGroupBuilder api)
    {
        var dashboard = api.MapGroup("/dashboard").WithTags(ApiTags.Dashboard).RequireAuthorization();
        dashboard.MapGet("", Get)
            .WithName("GetDashboard")
            .WithSummary("Get this week's sessions and key runs, the latest audit and the next race");
        return api;
    }

    /// <param name="user">The signed-in athlete.</param>
    /// <param name="dashboard">Reads the week; today is the athlete's, in their profile's zone.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Ok<DashboardView>> Get(ClaimsPrincipal user, DashboardOperations dashboard, CancellationToken cancellation) =>
        TypedResults.Ok(await dashboard.ReadAsync(user.AccountId(), cancellation));
}
