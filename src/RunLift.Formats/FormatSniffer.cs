using System.Text;

namespace RunLift.Formats;

/// <summary>What a training file is, as recognised from its first line.</summary>
public enum TrainingFileFormat
{
    /// <summary>A routine or log document (YAML or JSON).</summary>
    Routine,

    /// <summary>A Hevy CSV export.</summary>
    Hevy,

    /// <summary>A Strong CSV export (any of its forms).</summary>
    Strong,

    /// <summary>A FitNotes CSV export.</summary>
    FitNotes,

    /// <summary>A Garmin FIT file (an activity from a watch, or a workout).</summary>
    Fit,

    /// <summary>A GPX track (a run recorded by a watch or app).</summary>
    Gpx,

    /// <summary>A Garmin Training Center (TCX) activity.</summary>
    Tcx,

    /// <summary>A zip archive of such files (a Garmin Connect bulk export, say).</summary>
    Zip,

    /// <summary>Strava's activities.csv (its bulk export's list of activities).</summary>
    Strava,
}

/// <summary>What the sniffer recognised.</summary>
/// <param name="Format">The format: a routine when the content is none of the others.</param>
/// <param name="Separator">A CSV export's separator.</param>
/// <param name="Looks">What the content looks like when it is nothing RunLift reads (<see cref="FileLooks"/>), else null.</param>
internal readonly record struct Sniffed(TrainingFileFormat Format, char Separator, string? Looks = null);

/// <summary>
/// Recognises a file from its first line: the CSV exports have distinctive headers; anything else is a routine, unless
/// it looks like something else that RunLift does not read (an image, a PDF, a spreadsheet: <see cref="Sniffed.Looks"/>).
/// </summary>
internal static class FormatSniffer
{
    private const int HeadBytes = 8192;

    private static readonly System.Buffers.SearchValues<char> NameEnds = System.Buffers.SearchValues.Create(" \t\r\n/>");

    public static Sniffed Sniff(Stream stream)
    {
        var buffer = new byte[HeadBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (IsFit(buffer.AsSpan(0, length)))
        {
            return new Sniffed(TrainingFileFormat.Fit, '\0');
        }

        if (length >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && ((buffer[2] == 3 && buffer[3] == 4) || (buffer[2] == 5 && buffer[3] == 6)))
        {
            return new Sniffed(TrainingFileFormat.Zip, '\0', FileLooks.OfZip(buffer.AsSpan(0, length)));
        }

        // Lenient decoding: this is only a peek; the real reader reports bad bytes.
        var head = Encoding.UTF8.GetString(buffer, 0, length).TrimStart('\uFEFF');
        var end = head.AsSpan().IndexOfAny('\r', '\n');
        var firstLine = end < 0 ? head : head[..end];
        if (firstLine.Contains("exercise_title", StringComparison.Ordinal) && firstLine.Contains("start_time", StringComparison.Ordinal))
        {
            return new Sniffed(TrainingFileFormat.Hevy, ',');
        }

        if (firstLine.Contains("Exercise Name", StringComparison.Ordinal) && firstLine.Contains("Set Order", StringComparison.Ordinal))
        {
            var semicolons = firstLine.Count(c => c == ';');
            var commas = firstLine.Count(c => c == ',');
            return new Sniffed(TrainingFileFormat.Strong, semicolons > commas ? ';' : ',');
        }

        if (Csv.StravaReader.IsHeader(firstLine))
        {
            return new Sniffed(TrainingFileFormat.Strava, ',');
        }

        if (IsFitNotes(firstLine))
        {
            return new Sniffed(TrainingFileFormat.FitNotes, ',');
        }

        return XmlRoot(head) switch
        {
            "gpx" => new Sniffed(TrainingFileFormat.Gpx, '\0'),
            "TrainingCenterDatabase" => new Sniffed(TrainingFileFormat.Tcx, '\0'),
            _ => new Sniffed(TrainingFileFormat.Routine, '\0', FileLooks.Of(buffer.AsSpan(0, length), whole: length < HeadBytes)),
        };
    }

    /// <summary>FitNotes names its columns Date, Exercise and Category, and the weight with its unit: <c>Weight (kgs)</c>, <c>Weight (lbs)</c> or <c>Weight Unit</c>.</summary>
    private static bool IsFitNotes(string firstLine)
    {
        var columns = firstLine.Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return columns.Contains("Date") && columns.Contains("Exercise") && columns.Contains("Category")
            && (columns.Contains("Weight (kgs)") || columns.Contains("Weight (lbs)") || columns.Contains("Weight Unit"));
    }

    /// <summary>A FIT file starts with its header's size (12 or 14) and has ".FIT" at bytes 8 to 11.</summary>
    private static bool IsFit(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[0] is 12 or 14 && head[8..12].SequenceEqual(".FIT"u8);

    /// <summary>The local name of the first element of an XML document, or null when the text is not XML.</summary>
    internal static string? XmlRoot(string head)
    {
        var text = head.AsSpan().TrimStart();
        while (text.StartsWith("<?", StringComparison.Ordinal) || text.StartsWith("<!--", StringComparison.Ordinal) || text.StartsWith("<!", StringComparison.Ordinal))
        {
            var comment = text.StartsWith("<!--", StringComparison.Ordinal);
            var close = comment ? text.IndexOf("-->", StringComparison.Ordinal) : text.IndexOf('>');

            // A DOCTYPE's internal subset holds '>'s of its own: the declaration ends at "]>".
            var subset = text.IndexOf('[');
            if (!comment && subset >= 0 && subset < close)
            {
                var bracket = text.IndexOf(']');
                close = bracket < 0 ? -1 : text[bracket..].IndexOf('>') is var after and >= 0 ? bracket + after : -1;
            }

            if (close < 0)
            {
                return null;
            }

            text = text[(close + (comment ? 3 : 1))..].TrimStart();
        }

        if (text.Length < 2 || text[0] != '<')
        {
            return null;
        }

        var name = text[1..];
        var end = name.IndexOfAny(NameEnds);
        name = end < 0 ? name : name[..end];
        var colon = name.IndexOf(':');
        return (colon < 0 ? name : name[(colon + 1)..]).ToString();
    }
}
