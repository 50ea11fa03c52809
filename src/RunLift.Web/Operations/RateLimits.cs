using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using RunLift.Web.Features.Accounts;

namespace RunLift.Web.Operations;

/// <summary>
/// Fixed-window rate limits, each read from its own configuration section (<c>RateLimiting:&lt;Name&gt;</c>), over
/// HTTP: every API request counts against its client (an anonymous caller's address, <c>RateLimiting:Anonymous</c>)
/// or its account (<c>RateLimiting:Account</c>); on top of that, two classes of endpoint have their own, tighter
/// windows: signing in and the other account endpoints per client (<see cref="SignIn"/>), and uploads (audits and
/// imports of files) per account or client (<see cref="Uploads"/>). Over a limit is 429 ProblemDetails with
/// <c>Retry-After</c>.
/// </summary>
internal static class RateLimits
{
    /// <summary>The policy of the sign-in, registration and account endpoints: per client, so one address cannot guess passwords for many accounts.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The policy of endpoints that read uploaded files, the costliest requests: per account when signed in, else per client.</summary>
    public const string Uploads = "uploads";

    private const string Anonymous = "anonymous";
    private const string Account = "account";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        AddSettings(services, Anonymous, "Anonymous", defaultPermits: 600);
        AddSettings(services, Account, "Account", defaultPermits: 1200);
        AddSettings(services, SignIn, "SignIn", defaultPermits: 20);
        AddSettings(services, Uploads, "Uploads", defaultPermits: 60);
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !Paths.IsForPrograms(context.Request.Path) || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("")
                    : context.User.Identity?.IsAuthenticated == true
                        ? Window(context, Account, "account:" + context.User.AccountId())
                        : Window(context, Anonymous, "client:" + ClientAddress.KeyOf(context)));
            limiter.AddPolicy(SignIn, context => Window(context, SignIn, ClientAddress.KeyOf(context)));
            limiter.AddPolicy(Uploads, context => Window(
                context,
                Uploads,
                context.User.Identity?.IsAuthenticated == true ? "account:" + context.User.AccountId() : "client:" + ClientAddress.KeyOf(context)));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
    }

    /// <summary>
    /// Documents the 429 every operation may answer: the global limit counts every API request, and some endpoints have
    /// tighter windows of their own.
    /// </summary>
    public static OpenApiOptions DescribeRateLimits(this OpenApiOptions options) =>
        options.AddOperationTransformer(async (operation, context, cancellation) =>
        {
            var response = await ApiDocument.ProblemResponseAsync(
                context, "Too many requests from this client or account (or, where a password is checked, too many wrong ones): try again later.", cancellation);
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds until the rate limit's window lets this client in again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            };
            operation.Responses ??= [];
            operation.Responses.TryAdd(StatusCodes.Status429TooManyRequests.ToString(System.Globalization.CultureInfo.InvariantCulture), response);
        });

    private static void AddSettings(IServiceCollection services, string name, string section, int defaultPermits) =>
        services.AddOptions<RateLimitSettings>(name)
            .Configure(settings => settings.PermitLimit = defaultPermits)
            .BindConfiguration("RateLimiting:" + section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

    private static RateLimitPartition<string> Window(HttpContext context, string name, string key)
    {
        // Read per request rather than once, so that configuration is honoured however the host was built.
        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().Get(name);
        return RateLimitPartition.GetFixedWindowLimiter(name + "/" + key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = TimeSpan.FromSeconds(settings.WindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
    }
}

/// <summary>Requests allowed in each window.</summary>
internal sealed class RateLimitSettings
{
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
