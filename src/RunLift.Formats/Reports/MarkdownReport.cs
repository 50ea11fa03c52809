using System.Text;
using RunLift.Auditing;

namespace RunLift.Formats.Reports;

/// <summary>The audit report as Markdown, for sharing with a coach or pasting into notes.</summary>
public static class MarkdownReport
{
    /// <summary>Renders <paramref name="report"/> as a Markdown document.</summary>
    public static string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine($"# RunLift audit: {MarkdownText.Escape(string.Join(", ", report.Sources))}");
        md.AppendLine();
        md.AppendLine($"**{report.Verdict.Words()}** · {ReportVocabulary.Summary(report)}");
        if (report.Findings.Count == 0)
        {
            md.AppendLine();
            md.AppendLine("**No findings.** Lift heavy, recover fully, train the entire body, don't overdo it: this training does all four.");
            return md.ToString();
        }

        foreach (var group in ReportVocabulary.ByMistake(report))
        {
            md.AppendLine();
            md.AppendLine($"## {ReportVocabulary.Heading(group.Key)}");
            foreach (var finding in group)
            {
                md.AppendLine();
                md.AppendLine($"### {ReportVocabulary.Name(finding.Severity)}: {finding.Rule.Id} {finding.Rule.Name}");
                md.AppendLine();
                md.AppendLine(MarkdownText.Escape(finding.Message));
                if (finding.Evidence.Count > 0)
                {
                    md.AppendLine();
                    foreach (var evidence in finding.Evidence)
                    {
                        md.AppendLine($"- {MarkdownText.Escape(ReportVocabulary.Where(evidence))}");
                    }
                }

                md.AppendLine();
                md.AppendLine($"**Fix:** {MarkdownText.Escape(finding.Fix)}");
                foreach (var swap in finding.Swaps)
                {
                    md.AppendLine();
                    md.AppendLine($"**Swap:** {MarkdownText.Escape(swap.From)} → {MarkdownText.Escape(string.Join(" / ", swap.To))}");
                }

                md.AppendLine();
                md.AppendLine($"*Why:* {MarkdownText.Escape(finding.Rule.Reference)}");
            }
        }

        return md.ToString();
    }
}
