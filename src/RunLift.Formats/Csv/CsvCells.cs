namespace RunLift.Formats.Csv;

/// <summary>
/// Text cells of the CSV files RunLift writes, made safe for spreadsheets: a cell that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets (an exercise
/// named <c>=HYPERLINK("http://evil.example","Squat")</c> would be a link, or worse), so it is written with a leading
/// apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection). Reading RunLift's own files takes
/// the apostrophe off again, so that names come back as they were; text that begins with an apostrophe gets one more,
/// so that it too comes back unchanged.
/// </summary>
public static class CsvCells
{
    private static readonly System.Buffers.SearchValues<char> Guarded = System.Buffers.SearchValues.Create("=+-@\t\r'");

    /// <summary><paramref name="text"/> as a cell: with an apostrophe before it when a spreadsheet would take it as a formula.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && Guarded.Contains(text[0]) ? "'" + text : text;
    }

    /// <summary>The text of a cell <see cref="Neutralise"/> wrote: without the apostrophe it added.</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && Guarded.Contains(cell[1]) ? cell[1..] : cell;
    }
}
