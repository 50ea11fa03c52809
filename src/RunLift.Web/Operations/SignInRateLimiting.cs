namespace RunLift.Web.Operations;

/// <summary>
/// A tighter fixed window per client IP address on signing in, registering and the other account endpoints
/// (<c>RateLimiting:SignIn</c>): password guessing is slowed here, and Identity's lockout stops it per account.
/// </summary>
internal static class SignInRateLimiting
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services) =>
        services.AddPerClientPolicy(Policy, "RateLimiting:SignIn", defaultPermits: 20);
}
