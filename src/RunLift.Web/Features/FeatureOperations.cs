using RunLift.Web.Features.Plans;
using RunLift.Web.Features.Profiles;

namespace RunLift.Web.Features;

/// <summary>
/// Registers each feature's operations type: what the feature does against the database and the clock, called both by
/// its pages and by its thin <c>…Api.cs</c> endpoints, so that neither queries <c>AppDbContext</c> itself. An
/// operations type takes <c>IDbContextFactory&lt;AppDbContext&gt;</c> and opens a context per operation, which suits a
/// request and a page's long-lived circuit alike; it holds no other state, so one per scope is enough.
/// </summary>
internal static class FeatureOperations
{
    public static IServiceCollection AddFeatureOperations(this IServiceCollection services)
    {
        services.AddScoped<PlanFromLogOperations>();
        services.AddScoped<ProfileOperations>();
        services.AddScoped<RaceOperations>();
        services.AddScoped<SavedPlanOperations>();
        return services;
    }
}
