using System.Threading.RateLimiting;

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
        services.AddPerClientPolicy(Policy, "RateLimiting:Anonymous", defaultPermits: 600);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
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
