using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunLift.Web.Operations;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (it can serve requests: the database answers).</summary>
internal static class Health
{
    private const string LiveTag = "live";

    public static IHealthChecksBuilder AddLiveCheck(this IHealthChecksBuilder checks) =>
        checks.AddCheck("self", () => HealthCheckResult.Healthy(), tags: [LiveTag]);

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });

        // Ready runs every registered check, the database's among them: an instance that cannot reach its
        // database should be taken out of the load balancer, not restarted.
        app.MapHealthChecks("/health/ready");
    }
}
