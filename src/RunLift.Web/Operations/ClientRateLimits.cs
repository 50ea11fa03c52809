using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Operations;

/// <summary>
/// A rate-limiting policy that gives each client IP address a fixed window of requests, its limits read from a
/// configuration section; the anonymous endpoints and the sign-in endpoints each have one.
/// </summary>
internal static class ClientRateLimits
{
    public static IServiceCollection AddPerClientPolicy(this IServiceCollection services, string policy, string section, int defaultPermits)
    {
        services.AddOptions<ClientRateLimitSettings>(policy)
            .Configure(settings => settings.PermitLimit = defaultPermits)
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddRateLimiter(limiter => limiter.AddPolicy(policy, context =>
        {
            // Read per request rather than once, so that configuration is honoured however the host was built.
            var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<ClientRateLimitSettings>>().Get(policy);
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                QueueLimit = 0,
            });
        }));
    }
}

/// <summary>Requests allowed per client in each window.</summary>
internal sealed class ClientRateLimitSettings
{
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
