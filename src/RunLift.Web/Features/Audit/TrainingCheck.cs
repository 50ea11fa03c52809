using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Time;
using RunLift.Web.Features.Plans;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Audit;

/// <summary>
/// What the check page audits: pasted text, uploaded files or both (an export plus a running week, say), read
/// and audited by the same code as <c>POST /api/v1/audit</c> and <c>runlift audit</c>, with what they show a plan needs.
/// </summary>
internal static class TrainingCheck
{
    /// <summary>The name pasted text goes by in the report's sources and in error messages.</summary>
    public const string PastedName = "routine";

    /// <summary>
    /// Reads and merges <paramref name="inputs"/> within <paramref name="limits"/> and audits them; bad input, or input
    /// over a limit, is an <see cref="InputException"/>; <paramref name="cancellation"/> (the page went away) stops it.
    /// Recordings are dated in <paramref name="zone"/> (the signed-in athlete's, else UTC), and today is the athlete's:
    /// in the files' <c>athlete.timezone</c>, else in <paramref name="zone"/>.
    /// </summary>
    public static CheckedTraining Run(
        ExerciseCatalog catalog, IReadOnlyList<(string Name, Stream Content)> inputs, int? weeks, ReadLimitSettings limits, TimeProvider time,
        TimeZoneInfo zone, NameMapping names, CancellationToken cancellation)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("Nothing to check.", nameof(inputs));
        }

        using var budget = limits.Budget(time, cancellation);
        var document = TrainingFiles.ReadAll(inputs, new ReadOptions { Budget = budget, Archives = limits.Archives, TimeZone = zone });
        var today = AthleteClock.Today(time, document.Athlete?.TimeZone ?? zone);
        var report = new Auditor(catalog).Audit(document, new AuditOptions { Weeks = weeks ?? AuditOptions.DefaultWeeks, Today = today, Names = names });
        return new CheckedTraining(report, PlanFromCheck.Of(document, catalog, today));
    }
}

/// <summary>A check's outcome: the audit, and what its files show a plan needs.</summary>
/// <param name="Report">The audit report.</param>
/// <param name="ForPlan">The running week and maxes found, for "Make me a plan".</param>
internal sealed record CheckedTraining(AuditReport Report, PlanFromCheck ForPlan);
