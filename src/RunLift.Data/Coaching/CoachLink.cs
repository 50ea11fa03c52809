namespace RunLift.Data.Coaching;

/// <summary>
/// A coach's invitation to an athlete and, once the athlete accepts, the link that lets the coach see the
/// athlete's training. The athlete can revoke it at any time.
/// </summary>
public sealed class CoachLink
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>The coach who invited.</summary>
    public required string CoachId { get; set; }

    /// <summary>The invited athlete's e-mail address, normalised to upper case as Identity normalises it.</summary>
    public required string AthleteEmail { get; set; }

    /// <summary>The athlete's account, set when they accept.</summary>
    public string? AthleteId { get; set; }

    /// <summary>Where the invitation stands.</summary>
    public CoachLinkStatus Status { get; set; }

    /// <summary>When the coach invited (UTC).</summary>
    public DateTime InvitedAt { get; set; }

    /// <summary>When the athlete accepted, declined or revoked (UTC).</summary>
    public DateTime? RespondedAt { get; set; }
}

/// <summary>Where a coach's invitation stands.</summary>
public enum CoachLinkStatus
{
    /// <summary>Waiting for the athlete.</summary>
    Pending,

    /// <summary>Accepted: the coach sees the athlete.</summary>
    Accepted,

    /// <summary>The athlete said no.</summary>
    Declined,

    /// <summary>The athlete (or the coach) ended it.</summary>
    Revoked,
}
