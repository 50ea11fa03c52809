using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace RunLift.Formats.Xml;

/// <summary>
/// A streaming XML reader for device files (GPX, TCX) that turns every problem into a located
/// <see cref="InputException"/>. No DTDs and no external entities (no entity expansion, no file or network access),
/// a cap on the document's size and on how deep elements nest, and text read in bounded chunks, so a hostile file
/// costs bounded memory; the read's budget can stop it between nodes.
/// </summary>
internal sealed partial class XmlInput : IDisposable
{
    /// <summary>How deep elements may nest: a TCX trackpoint's values are eight levels down.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest text kept from one element; names and numbers are far shorter, the rest is skipped.</summary>
    public const int MaxText = 1024;

    // A day-long run recorded every second is ~40 M characters of TCX; four times that is still far from a bomb.
    private const long MaxCharacters = 160_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private readonly char[] chunk = new char[MaxText];
    private readonly char[] scratch = new char[4096];
    private readonly IXmlLineInfo lines;
    private readonly ReadBudget budget;

    public XmlInput(string file, Stream stream, ReadBudget budget)
    {
        File = file;
        this.budget = budget;
        try
        {
            Reader = XmlReader.Create(stream, Settings);
        }
        catch (Exception e) when (IsXmlProblem(e))
        {
            throw Wrap(e, 0, 0);
        }

        lines = (IXmlLineInfo)Reader;
    }

    public string File { get; }

    public XmlReader Reader { get; }

    public int Line => lines.LineNumber;

    public int Column => lines.LinePosition;

    /// <summary>Where the text of the last <see cref="Text"/> began (the element's position when it was empty).</summary>
    public (int Line, int Column) TextAt { get; private set; }

    public bool Read()
    {
        budget.ThrowIfStopped(File);
        try
        {
            if (!Reader.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (IsXmlProblem(e))
        {
            throw Wrap(e, Line, Column);
        }

        if (Reader.Depth > MaxDepth)
        {
            throw ErrorHere($"elements nested more than {MaxDepth} deep; device files need a few levels");
        }

        return true;
    }

    /// <summary>
    /// The text of the element the reader is on, trimmed, at most <see cref="MaxText"/> characters (the rest is
    /// skipped unread); child elements are skipped. Leaves the reader on the element's end (or on the element, when
    /// it is empty), so the caller's <see cref="Read"/> goes on after it.
    /// </summary>
    public string Text()
    {
        TextAt = (Line, Column);
        if (Reader.IsEmptyElement)
        {
            return "";
        }

        var depth = Reader.Depth;
        var length = 0;
        var first = true;
        while (Read() && Reader.Depth > depth)
        {
            if (Reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (first)
                {
                    TextAt = (Line, Column);
                    first = false;
                }

                length = ReadValue(length);
            }
        }

        return new string(chunk, 0, length).Trim();
    }

    /// <summary>An attribute's value (null when absent), remembering its position for <see cref="Error(string)"/>.</summary>
    public string? Attribute(string name)
    {
        if (!Reader.MoveToAttribute(name))
        {
            return null;
        }

        TextAt = (Line, Column);
        var value = Reader.Value;
        Reader.MoveToElement();
        return value;
    }

    /// <summary>A finite number in [<paramref name="min"/>, <paramref name="max"/>], from text at <see cref="TextAt"/>.</summary>
    public double Number(string text, string what, double min, double max)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error($"expected {what} (a number), found '{Shorten(text)}'");
        }

        return value >= min && value <= max ? value : throw Error($"{what} of {Shorten(text)} is not plausible");
    }

    /// <summary>An XML Schema date and time (<c>2012-12-26T21:29:53Z</c>); without a zone it is UTC, as GPX and TCX say.</summary>
    public DateTime UtcTime(string text, string what)
    {
        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && time.Year is >= 1970 and <= 2200)
        {
            return time.UtcDateTime;
        }

        throw Error($"expected {what} like 2012-12-26T21:29:53Z, found '{Shorten(text)}'");
    }

    /// <summary>An error at the last text or attribute read.</summary>
    public InputException Error(string reason) => new(File, TextAt.Line, TextAt.Column, reason);

    /// <summary>An error at the node the reader is on.</summary>
    public InputException ErrorHere(string reason) => new(File, Line, Column, reason);

    public void Dispose() => Reader.Dispose();

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK",
    ];

    /// <summary>Consumes the current text node: its first characters into the buffer up to the cap, the rest into scratch.</summary>
    private int ReadValue(int length)
    {
        try
        {
            int read;
            do
            {
                if (length < chunk.Length)
                {
                    read = Reader.ReadValueChunk(chunk, length, chunk.Length - length);
                    length += read;
                }
                else
                {
                    read = Reader.ReadValueChunk(scratch, 0, scratch.Length);
                }
            }
            while (read > 0);
            return length;
        }
        catch (Exception e) when (IsXmlProblem(e))
        {
            throw Wrap(e, Line, Column);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static bool IsXmlProblem(Exception e) =>
        e is XmlException or DecoderFallbackException or ArgumentException or NotSupportedException or InvalidOperationException;

    private InputException Wrap(Exception e, int line, int column)
    {
        if (e is XmlException xml && xml.LineNumber > 0)
        {
            return new InputException(File, xml.LineNumber, xml.LinePosition, "not valid XML: " + Position().Replace(xml.Message, ""), e);
        }

        // XmlReader says where most problems are, but not where the refused DTD is.
        var reason = e is XmlException && e.Message.Contains("DTD is prohibited", StringComparison.Ordinal)
            ? "a DTD (<!DOCTYPE ...>) is not allowed: device files have none, and they can hide entity expansions"
            : "not valid XML: " + e.Message;
        return new InputException(File, line, column, reason, e);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex Position();
}
