using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Operations;

/// <summary>
/// A fixed window per client IP address on the endpoints anyone may call (<c>RateLimiting:Anonymous</c> in
/// configuration); a client over the limit gets 429 with ProblemDetails.
/// </summary>
internal static class AnonymousRateLimiting
{
    public const string Policy = "anonymous";

    public static IServiceCollection AddAnonymousRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<AnonymousRateLimitSettings>().BindConfiguration("RateLimiting:Anonymous").ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                // Read per request rather than once, so that configuration is honoured however the host was built.
                var settings = context.RequestServices.GetRequiredService<IOptions<AnonymousRateLimitSettings>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                }

                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = "This client has made too many requests; try again later.",
                    },
                });
            };
        });
    }
}

/// <summary>Requests allowed per client in each window.</summary>
internal sealed class AnonymousRateLimitSettings
{
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 600;

    [System.ComponentModel.DataAnnotations.Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
