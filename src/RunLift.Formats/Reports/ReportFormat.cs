using RunLift.Auditing;

namespace RunLift.Formats.Reports;

/// <summary>How an audit report is written: <c>runlift audit --format</c> (formats.md §3).</summary>
public enum ReportFormat
{
    /// <summary>For a person at a terminal: grouped by mistake, coloured when asked.</summary>
    Text,

    /// <summary>The JSON object of formats.md §3, for programs (<see cref="JsonReport"/>).</summary>
    Json,

    /// <summary>For a pull request or a coach's notes.</summary>
    Markdown,
}

/// <summary>The names of <see cref="ReportFormat"/> on the command line and in the docs, and how each is written.</summary>
public static class ReportFormats
{
    private static readonly Dictionary<ReportFormat, string> Names = new()
    {
        [ReportFormat.Text] = "text",
        [ReportFormat.Json] = "json",
        [ReportFormat.Markdown] = "markdown",
    };

    /// <summary>Every format, in the order help and docs list them: text, json, markdown.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [.. Names.Keys];

    /// <summary>The format's name: <c>text</c>, <c>json</c> or <c>markdown</c>.</summary>
    public static string Name(this ReportFormat format) => Names[format];

    /// <summary>The format named exactly <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        foreach (var (candidate, word) in Names)
        {
            if (word == name)
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> in <paramref name="format"/>; only text is ever coloured.</summary>
    public static void Write(this ReportFormat format, AuditReport report, TextWriter output, bool colour)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                output.WriteLine(JsonReport.ToJson(report));
                break;
            case ReportFormat.Markdown:
                output.Write(MarkdownReport.Render(report));
                break;
            default:
                output.Write(TextReport.Render(report, colour));
                break;
        }
    }
}
