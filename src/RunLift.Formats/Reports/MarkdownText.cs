using System.Text;

namespace RunLift.Formats.Reports;

/// <summary>
/// User text (names from apps, race names, notes) as Markdown that reads as the same text: characters that would
/// change the rendering ("Arms 1 + Weakpoint", "EZ*Bar", a "|" in a table cell) are escaped, and line breaks and other
/// control characters become spaces, so a name cannot end a table row, start a heading or a list, or smuggle in HTML.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                escaped.Append(' ');
                continue;
            }

            // At the start, these would make the text a list item, a heading's underline or a numbered item.
            var startsBlock = escaped.Length == 0 && c is '-' or '+' or '=';
            if (startsBlock || c is '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '\\' or '!' or '~' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
