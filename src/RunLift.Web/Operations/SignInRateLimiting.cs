using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Operations;

/// <summary>
/// A tighter fixed window per client IP address on signing in, registering and the other account endpoints
/// (<c>RateLimiting:SignIn</c>): password guessing is slowed here, and Identity's lockout stops it per account.
/// </summary>
internal static class SignInRateLimiting
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitSettings>().BindConfiguration("RateLimiting:SignIn").ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter => limiter.AddPolicy(Policy, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<SignInRateLimitSettings>>().Value;
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

/// <summary>Sign-in requests allowed per client in each window.</summary>
internal sealed class SignInRateLimitSettings
{
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 20;

    [System.ComponentModel.DataAnnotations.Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
