using RunLift.Web.Features.Audit;
using RunLift.Web.Features.Calendar;
using RunLift.Web.Features.Coaching;
using RunLift.Web.Features.Dashboard;
using RunLift.Web.Features.Log;
using RunLift.Web.Features.Names;
using RunLift.Web.Features.Plans;
using RunLift.Web.Features.Profiles;
using RunLift.Web.Features.Progress;
using RunLift.Web.Features.Settings;

namespace RunLift.Web.Features;

/// <summary>
/// Registers each feature's operations type: what the feature does against the database and the clock, called both by
/// its pages and by its thin <c>…Api.cs</c> endpoints, so that neither queries <c>AppDbContext</c> itself. An
/// operations type takes <c>IDbContextFactory&lt;AppDbContext&gt;</c> and opens a context per operation, which suits a
/// request and a page's long-lived circuit alike (account deletion alone shares the request's context, because Identity
/// deletes through it in the same transaction); it holds no other state, so one per scope is enough.
/// </summary>
internal static class FeatureOperations
{
    public static IServiceCollection AddFeatureOperations(this IServiceCollection services)
    {
        services.AddScoped<AuditOperations>();
        services.AddScoped<CalendarOperations>();
        services.AddScoped<CoachedAthleteOperations>();
        services.AddScoped<CoachLinkOperations>();
        services.AddScoped<CrossTrainingOperations>();
        services.AddScoped<DashboardOperations>();
        services.AddScoped<ExerciseNameOperations>();
        services.AddScoped<ImportOperations>();
        services.AddScoped<LogOperations>();
        services.AddScoped<PlanFromLogOperations>();
        services.AddScoped<ProfileOperations>();
        services.AddScoped<ProgressOperations>();
        services.AddScoped<RaceOperations>();
        services.AddScoped<RunOperations>();
        services.AddScoped<SavedPlanOperations>();
        services.AddScoped<SessionOperations>();
        services.AddScoped<SettingsOperations>();
        return services;
    }
}
