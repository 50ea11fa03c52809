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
}

internal readonly record struct Sniffed(TrainingFileFormat Format, char Separator);

/// <summary>Recognises a file from its first line: the CSV exports have distinctive headers; anything else is a routine.</summary>
internal static class FormatSniffer
{
    private const int HeadBytes = 8192;

    public static Sniffed Sniff(Stream stream)
    {
        var buffer = new byte[HeadBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
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

        return new Sniffed(TrainingFileFormat.Routine, '\0');
    }
}
