namespace RunLift.Auditing;

/// <summary>
/// An audit in a word, the same on every page, report and API: any error needs work, warnings alone are worth fixing,
/// and suggestions alone (or nothing) are good. Its words and names are <see cref="Verdicts"/>'.
/// </summary>
public enum Verdict
{
    /// <summary>No error and no warning: suggestions at most.</summary>
    Good,

    /// <summary>Warnings, and no error.</summary>
    WorthFixing,

    /// <summary>At least one error.</summary>
    NeedsWork,
}

/// <summary>
/// The one definition of an audit's <see cref="Verdict"/>, with its words for people (<c>Needs work</c>) and its name
/// for machines (<c>needs-work</c>, the API's and the JSON report's <c>verdict</c>).
/// </summary>
public static class Verdicts
{
    /// <summary>Every verdict, worst first: needs work, worth fixing, good.</summary>
    public static IReadOnlyList<Verdict> All { get; } = [Verdict.NeedsWork, Verdict.WorthFixing, Verdict.Good];

    /// <summary>The verdict on an audit with <paramref name="errors"/> errors and <paramref name="warnings"/> warnings (suggestions never count).</summary>
    public static Verdict Of(int errors, int warnings) =>
        errors > 0 ? Verdict.NeedsWork : warnings > 0 ? Verdict.WorthFixing : Verdict.Good;

    /// <summary>The verdict on an audit that counted <paramref name="summary"/>.</summary>
    public static Verdict Of(AuditSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Of(summary.Errors, summary.Warnings);
    }

    /// <summary>What a person reads: <c>Needs work</c>, <c>Worth fixing</c>, <c>Good</c>.</summary>
    public static string Words(this Verdict verdict) => verdict switch
    {
        Verdict.NeedsWork => "Needs work",
        Verdict.WorthFixing => "Worth fixing",
        _ => "Good",
    };

    /// <summary>What a program reads: <c>needs-work</c>, <c>worth-fixing</c>, <c>good</c>.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.NeedsWork => "needs-work",
        Verdict.WorthFixing => "worth-fixing",
        _ => "good",
    };
}
