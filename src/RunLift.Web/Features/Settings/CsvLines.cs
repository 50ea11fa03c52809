using System.Text;

namespace RunLift.Web.Features.Settings;

/// <summary>
/// Writes CSV records (RFC 4180): a field is quoted when it holds the separator, a quote or a line break (or
/// always, when asked), quotes doubled; records end with <c>\n</c>.
/// </summary>
internal sealed class CsvLines(TextWriter writer, char separator = ',', bool quoteAll = false)
{
    private readonly StringBuilder line = new();

    public void Write(IEnumerable<string> fields)
    {
        line.Clear();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(separator);
            }

            first = false;
            if (quoteAll || field.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || field.Contains('\r', StringComparison.Ordinal))
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        line.Append('\n');
        writer.Write(line);
    }
}
