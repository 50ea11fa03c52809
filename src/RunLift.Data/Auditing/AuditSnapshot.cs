namespace RunLift.Data.Auditing;

/// <summary>
/// The audit of an athlete's log as it stood at the end of one ISO week: kept so that the dashboard, the coach's
/// overview and the week-by-week progress of the findings are read, not recomputed from every set.
/// </summary>
public sealed class AuditSnapshot
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>Whose log was audited.</summary>
    public required string AccountId { get; set; }

    /// <summary>The Monday of the week judged; unique per athlete.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>Findings of severity error.</summary>
    public int Errors { get; set; }

    /// <summary>Findings of severity warning.</summary>
    public int Warnings { get; set; }

    /// <summary>Findings of severity info.</summary>
    public int Infos { get; set; }

    /// <summary>The rule ids that fired, space-separated (<c>RL101 RL105</c>).</summary>
    public string RuleIds { get; set; } = "";

    /// <summary>The audit report as formats.md's JSON.</summary>
    public string ReportJson { get; set; } = "";

    /// <summary>When it was computed (UTC).</summary>
    public DateTime ComputedAt { get; set; }
}
