namespace RunLift.Data.Plans;

/// <summary>
/// An athlete's private calendar feed: a secret URL that calendar apps subscribe to without signing in. Only the
/// secret's SHA-256 is stored, so the database alone cannot give the URL away; rotating replaces it, revoking deletes it.
/// </summary>
public sealed class CalendarFeed
{
    /// <summary>Whose feed it is: one per athlete.</summary>
    public required string AccountId { get; set; }

    /// <summary>The SHA-256 of the URL's secret, as 64 lower-case hex digits.</summary>
    public required string SecretSha256 { get; set; }

    /// <summary>When this secret was made (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
