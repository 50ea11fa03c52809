using Microsoft.AspNetCore.Identity;

namespace RunLift.Data.Accounts;

/// <summary>
/// A person's account: a runner whose training is theirs alone. Coaching is not a kind of account but a link
/// the athlete accepts (<see cref="Coaching.CoachLink"/>), so anyone may coach and be coached.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary>The name shown to the athlete and to their coaches.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
