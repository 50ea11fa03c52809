using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RunLift.Web.Features.Accounts.Email;

/// <summary>
/// How many password-reset messages one address gets in an hour (<c>Email:PasswordResetsPerHour</c>, 3 by default),
/// whoever asks and from wherever: asking for a reset needs no account, so without it anyone could fill a stranger's
/// inbox (and this server's sending reputation) through RunLift. Over the limit nothing is sent and the page answers
/// as always; the link sent last still works. Counted per instance.
/// </summary>
internal sealed class PasswordResetMailLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public PasswordResetMailLimit(IOptions<EmailSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var perHour = settings.Value.PasswordResetsPerHour;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address.Trim().ToUpperInvariant(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    /// <summary>Whether one more reset message may go to <paramref name="address"/> now; counts it when it may.</summary>
    public bool Allows(string address)
    {
        using var lease = limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
