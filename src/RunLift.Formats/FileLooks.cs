using System.Text;
using System.Text.Unicode;

namespace RunLift.Formats;

/// <summary>
/// What a file RunLift does not read looks like, from its first bytes: an image, a PDF, a spreadsheet, text in UTF-16,
/// a CSV of other columns. An error can then name what the file is ("looks like an image (JPEG)") rather than what a
/// decoder could not do with it ("Unable to translate bytes [FF] at index 0").
/// </summary>
internal static class FileLooks
{
    /// <summary>Columns named in "a CSV whose columns are …" before the rest are counted.</summary>
    public const int ColumnsNamed = 8;

    /// <summary>The longest column name quoted; a longer one is cut.</summary>
    public const int ColumnNameLength = 40;

    private static readonly char[] CsvSeparators = [',', ';', '\t'];

    private static readonly (byte[] Magic, string Looks)[] Signatures =
    [
        ([0xFF, 0xD8, 0xFF], "an image (JPEG)"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "an image (PNG)"),
        ("GIF87a"u8.ToArray(), "an image (GIF)"),
        ("GIF89a"u8.ToArray(), "an image (GIF)"),
        ("%PDF-"u8.ToArray(), "a PDF"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an older Office document (an .xls spreadsheet or a .doc)"),
        ([0x1F, 0x8B], "a gzip-compressed file (unpack it first)"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xFF, 0xFE], "text in UTF-16 (save it as UTF-8)"),
        ([0xFE, 0xFF], "text in UTF-16 (save it as UTF-8)"),
    ];

    /// <summary>
    /// What <paramref name="head"/> (a file's first bytes, up to <paramref name="whole"/> when they are all of it) looks
    /// like, when it is none of the formats RunLift reads and not a routine document either; null when it may be a routine
    /// (YAML or JSON text), which only the routine reader can tell.
    /// </summary>
    public static string? Of(ReadOnlySpan<byte> head, bool whole)
    {
        foreach (var (magic, looks) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return looks;
            }
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = head[8..12];
            return brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) ? "an image (HEIC)"
                : brand.SequenceEqual("avif"u8) ? "an image (AVIF)"
                : "a video";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "an image (WebP)";
        }

        if (IsUtf16(head))
        {
            return "text in UTF-16 (save it as UTF-8)";
        }

        if (head.Contains((byte)0))
        {
            return "a binary file";
        }

        if (!Utf8.IsValid(whole ? head : WithoutCutCharacter(head)))
        {
            return "text that is not UTF-8 (save it as UTF-8)";
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        return Markup(text) ?? Csv(text);
    }

    /// <summary>What a zip whose first bytes are <paramref name="head"/> is when it is a document rather than an archive of files: a spreadsheet, say.</summary>
    public static string? OfZip(ReadOnlySpan<byte> head)
    {
        // OpenDocument names its kind in its first entry, "mimetype", stored uncompressed.
        if (head.IndexOf("application/vnd.oasis.opendocument.spreadsheet"u8) >= 0)
        {
            return "a spreadsheet (ods)";
        }

        if (head.IndexOf("application/vnd.oasis.opendocument."u8) >= 0)
        {
            return "an OpenDocument file";
        }

        // Office Open XML: the entries' names are in their local headers, in the clear; Office writes these first.
        if (head.IndexOf("[Content_Types].xml"u8) < 0)
        {
            return null;
        }

        return head.IndexOf("xl/"u8) >= 0 ? "a spreadsheet (xlsx)"
            : head.IndexOf("word/"u8) >= 0 ? "a Word document (docx)"
            : head.IndexOf("ppt/"u8) >= 0 ? "a presentation (pptx)"
            : "an Office document";
    }

    /// <summary>UTF-16 without its byte order mark: ASCII text with a zero byte beside every character.</summary>
    private static bool IsUtf16(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        var pairs = head.Length / 2;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        return Math.Max(evenZeros, oddZeros) > pairs * 0.9 && Math.Min(evenZeros, oddZeros) < pairs * 0.1;
    }

    /// <summary>The head without a character that the head's end cut in two (one to three bytes of it).</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> head)
    {
        var end = head.Length;
        var back = 0;
        while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80)
        {
            end--;
            back++;
        }

        return end > 0 && head[end - 1] >= 0xC0 ? head[..(end - 1)] : head[..end];
    }

    /// <summary>A web page or an XML document (other than GPX and TCX, recognised before), named by its root.</summary>
    private static string? Markup(string text) => FormatSniffer.XmlRoot(text) switch
    {
        null => null,
        var root when root.Equals("html", StringComparison.OrdinalIgnoreCase) => "a web page (HTML)",
        var root => $"an XML document whose root is <{Cut(root)}>",
    };

    /// <summary>
    /// A CSV whose header is none of the exports': a first line of two or more columns that is no line of YAML or JSON
    /// (no key and colon, no bracket, dash or comment first).
    /// </summary>
    private static string? Csv(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var first = (end < 0 ? text : text[..end]).Trim();
        if (first.Length == 0 || "{[#-%&*!|>'".Contains(first[0], StringComparison.Ordinal)
            || first.Contains(": ", StringComparison.Ordinal) || first.EndsWith(':'))
        {
            return null;
        }

        var separator = CsvSeparators.MaxBy(s => first.Count(c => c == s));
        var columns = Columns(first, separator);
        if (columns.Count < 2)
        {
            return null;
        }

        var named = string.Join(", ", columns.Take(ColumnsNamed).Select(c => c.Length == 0 ? "(blank)" : Cut(c)));
        var more = columns.Count > ColumnsNamed ? $" and {columns.Count - ColumnsNamed} more" : "";
        return $"a CSV whose columns are {named}{more}";
    }

    /// <summary>The fields of a CSV line, unquoted ("" in a quoted field is a quote).</summary>
    private static List<string> Columns(string line, char separator)
    {
        var columns = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                columns.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        columns.Add(field.ToString().Trim());
        return columns;
    }

    /// <summary>A name from the file, cut to <see cref="ColumnNameLength"/> and without control characters.</summary>
    private static string Cut(string name)
    {
        var clean = new string([.. name.Select(c => char.IsControl(c) ? ' ' : c)]);
        return clean.Length <= ColumnNameLength ? clean : clean[..ColumnNameLength] + "…";
    }
}
