using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunLift.Web.Operations;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (it can serve requests).</summary>
internal static class Health
{
    private const string LiveTag = "live";

    public static IHealthChecksBuilder AddLiveCheck(this IHealthChecksBuilder checks) =>
        checks.AddCheck("self", () => HealthCheckResult.Healthy(), tags: [LiveTag]);

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });

        // Ready runs every registered check. Until the app has a database there is nothing more to check than
        // that it is alive, so ready is the same as live; the database check will be added to this set.
        app.MapHealthChecks("/health/ready");
    }
}
