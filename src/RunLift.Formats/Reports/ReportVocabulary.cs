using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.English;

namespace RunLift.Formats.Reports;

/// <summary>
/// The words reports use for severities and mistakes: the JSON names of formats.md §3 and the headings people
/// read. Public so that every renderer of a report (the web app's pages too) groups and words it the same way.
/// </summary>
public static class ReportVocabulary
{
    /// <summary>Mistakes in the order reports present them.</summary>
    internal static readonly Mistake[] Order =
        [Mistake.Bodybuilder, Mistake.EnduranceLifting, Mistake.UnstableSurface, Mistake.WholeBody, Mistake.OverdoingIt, Mistake.Data];

    /// <summary>The JSON name of <paramref name="severity"/>.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The JSON name of <paramref name="mistake"/>.</summary>
    public static string Name(Mistake mistake) => mistake switch
    {
        Mistake.Bodybuilder => "bodybuilder",
        Mistake.EnduranceLifting => "endurance-lifting",
        Mistake.UnstableSurface => "unstable-surface",
        Mistake.WholeBody => "whole-body",
        Mistake.OverdoingIt => "overdoing-it",
        _ => "data",
    };

    /// <summary>The JSON name of how an exercise name was read (<c>resolvedBy</c>).</summary>
    public static string Name(MatchKind match) => match switch
    {
        MatchKind.Exact => "exact",
        MatchKind.Alias => "alias",
        MatchKind.Category => "category",
        MatchKind.Fuzzy => "fuzzy",
        MatchKind.Keyword => "keyword",
        MatchKind.Mapping => "mapping",
        _ => "unknown",
    };

    /// <summary>The catalog's name of a movement pattern (formats.md §5): <c>single-leg</c>, <c>isolation-upper</c>.</summary>
    public static string Name(MovementPattern pattern) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pattern.ToString());

    /// <summary>The heading a group of findings about <paramref name="mistake"/> goes under.</summary>
    public static string Heading(Mistake mistake) => mistake switch
    {
        Mistake.Bodybuilder => "Mistake 1: lifting like a bodybuilder",
        Mistake.EnduranceLifting => "Mistake 2: lifting for endurance",
        Mistake.UnstableSurface => "Mistake 3: main lifts on unstable surfaces",
        Mistake.WholeBody => "Train the entire body",
        Mistake.OverdoingIt => "Don't overdo it: lifting around the running",
        _ => "About the input",
    };

    /// <summary>One line that says where <paramref name="evidence"/> is: when, which session, exercise and sets, why.</summary>
    public static string Where(Evidence evidence)
    {
        var when = evidence.Date is { } date ? date.ToString("yyyy-MM-dd") : evidence.Day is { } day ? day.ToString()[..3] : null;
        var what = evidence.Exercise is null ? null
            : evidence.Sets is { } sets ? $"{evidence.Exercise} ({Plural.Count(sets, "set")})" : evidence.Exercise;
        var parts = new[] { when, evidence.Session, what, evidence.Detail }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(" · ", parts);
    }

    /// <summary>The counts line: findings by severity, sessions and sets judged, and the window of a log.</summary>
    public static string Summary(AuditReport report)
    {
        var s = report.Summary;
        var window = report.Window is { } w ? $" over {Plural.Count(w.Weeks, "week")} ({w.From:yyyy-MM-dd} to {w.To:yyyy-MM-dd})" : "";
        return $"{Plural.Count(s.Errors, "error")}, {Plural.Count(s.Warnings, "warning")}, {Plural.Count(s.Infos, "suggestion")} · " +
            $"{Plural.Count(s.Sessions, "session")}, {Plural.Count(s.WorkingSets, "working set")}{window}" +
            (s.CrossTraining > 0 ? $" · {Plural.Count(s.CrossTraining, "cross-training activity", "cross-training activities")} ({s.CrossTrainingMinutes} min, in the load, not judged)" : "");
    }

    /// <summary>The findings grouped by mistake, in the order reports present them (bodybuilder first, the input last), each group most severe first.</summary>
    public static IEnumerable<IGrouping<Mistake, Finding>> ByMistake(AuditReport report) =>
        report.Findings.GroupBy(f => f.Rule.Mistake).OrderBy(g => Array.IndexOf(Order, g.Key));
}
