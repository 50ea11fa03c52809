using System.Text;
using RunLift.Auditing;

namespace RunLift.Formats.Reports;

/// <summary>The audit report for a terminal: grouped by mistake, coloured with ANSI codes when asked.</summary>
public static class TextReport
{
    /// <summary>A terminal shows this much evidence per finding; JSON and Markdown carry it all.</summary>
    private const int EvidenceShown = 5;

    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Blue = "\e[34m";
    private const string Green = "\e[32m";

    /// <summary>Renders <paramref name="report"/>; <paramref name="colour"/> adds ANSI colours.</summary>
    public static string Render(AuditReport report, bool colour)
    {
        ArgumentNullException.ThrowIfNull(report);
        string Paint(string code, string text) => colour ? code + text + Reset : text;
        var text = new StringBuilder();
        text.AppendLine(Paint(Bold, $"RunLift audit · {Plain(string.Join(", ", report.Sources))}"));
        var verdictColour = report.Verdict switch
        {
            Verdict.NeedsWork => Red,
            Verdict.WorthFixing => Yellow,
            _ => Green,
        };
        text.AppendLine($"{Paint(Bold + verdictColour, report.Verdict.Words())} · {ReportVocabulary.Summary(report)}");
        if (report.Findings.Count == 0)
        {
            text.AppendLine();
            text.AppendLine(Paint(Green, "No findings: lift heavy, recover fully, train the entire body, don't overdo it. This training does all four."));
            AppendGuesses(text, report, Paint);
            return text.ToString();
        }

        foreach (var group in ReportVocabulary.ByMistake(report))
        {
            text.AppendLine();
            text.AppendLine(Paint(Bold, ReportVocabulary.Heading(group.Key)));
            foreach (var finding in group)
            {
                var (mark, code) = finding.Severity switch
                {
                    Severity.Error => ("✖ error  ", Red),
                    Severity.Warning => ("▲ warning", Yellow),
                    _ => ("● info   ", Blue),
                };
                text.AppendLine($"  {Paint(code, mark)} {Paint(Bold, finding.Rule.Id)} {finding.Rule.Name}");
                text.AppendLine($"    {Plain(finding.Message)}");
                foreach (var evidence in finding.Evidence.Take(EvidenceShown))
                {
                    text.AppendLine(Paint(Dim, $"      · {Plain(ReportVocabulary.Where(evidence))}"));
                }

                if (finding.Evidence.Count > EvidenceShown)
                {
                    text.AppendLine(Paint(Dim, $"      … and {finding.Evidence.Count - EvidenceShown} more"));
                }

                text.AppendLine($"    {Paint(Green, "Fix:")} {Plain(finding.Fix)}");
                foreach (var swap in finding.Swaps)
                {
                    text.AppendLine($"    {Paint(Green, "Swap:")} {Plain(swap.From)} → {Plain(string.Join(" / ", swap.To))}");
                }

                text.AppendLine(Paint(Dim, $"    Why: {finding.Rule.Reference}"));
            }
        }

        AppendGuesses(text, report, Paint);
        return text.ToString();
    }

    /// <summary>The names read by a guess (the closest catalog name), so that a wrong one is seen and mapped with --names.</summary>
    private static void AppendGuesses(StringBuilder text, AuditReport report, Func<string, string, string> paint)
    {
        var guesses = report.Exercises.Where(e => e.ResolvedBy == Catalog.MatchKind.Fuzzy).ToList();
        if (guesses.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(paint(Bold, "Names read as the closest catalog name (map a wrong one with --names FILE)"));
        foreach (var guess in guesses.Take(EvidenceShown * 2))
        {
            text.AppendLine(paint(Dim, $"  · {Plain(guess.Name)} → {guess.Id}"));
        }

        if (guesses.Count > EvidenceShown * 2)
        {
            text.AppendLine(paint(Dim, $"  … and {guesses.Count - (EvidenceShown * 2)} more (--format json lists them all)"));
        }
    }

    /// <summary>
    /// Text from the files (names, sources) for a terminal: control characters, an escape that would recolour, move
    /// the cursor or retitle the window among them, become "?", and a line break a space.
    /// </summary>
    private static string Plain(string text) =>
        !text.Any(char.IsControl)
            ? text
            : string.Create(text.Length, text, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] is '\n' or '\r' or '\t' ? ' ' : char.IsControl(source[i]) ? '?' : source[i];
                }
            });
}
