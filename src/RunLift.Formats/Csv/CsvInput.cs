using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace RunLift.Formats.Csv;

/// <summary>
/// Opening an export with CsvHelper's UTF-8 reader and turning bad fields into <see cref="InputException"/>s.
/// Columns in errors are 1-based character columns of the field's first character (its opening quote when
/// quoted), computed from the raw record only when an error is raised, so the fast path pays nothing.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>Columns in a header: exports have 10 to 20; a header far wider is not an export.</summary>
    public const int MaxColumns = 1_000;

    /// <summary>The longest record (a line, or more when a quoted field holds line breaks): real rows are under 1 KB.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReadBudget budget;

    // A record whose free-text field held unquoted separators has its later fields this many places on.
    private int shiftFrom = int.MaxValue;
    private int shiftBy;

    public CsvInput(string file, Stream stream, char separator, ReadBudget budget)
    {
        File = file;
        Separator = separator;
        this.budget = budget;
        Reader = CsvReader.Create(
            stream,
            CsvReaderOptions.Default with
            {
                Separator = separator,
                TrackLineNumbers = true,

                // Titles, exercise names and timestamps repeat on every set: decode each once.
                PoolStrings = true,

                // An unclosed quote must not swallow a large file into one record, nor a line hold megabytes.
                MaxRecordSize = MaxRecordBytes,
            },
            leaveOpen: true);
        try
        {
            var headers = Reader.Headers;
            if (headers.Count > MaxColumns)
            {
                throw new InputException(file, 1, 0, $"the header has {headers.Count:N0} columns; an export has at most {MaxColumns:N0}")
                {
                    Limit = new ReadLimit("columns", MaxColumns, PerFile: true),
                };
            }

            HeaderCount = headers.Count;
            for (var i = 0; i < headers.Count; i++)
            {
                columns.TryAdd(headers[i].Trim().Trim('\uFEFF'), i);
            }
        }
        catch (CsvFormatException e)
        {
            throw new InputException(file, 1, 0, "the header is not valid CSV: " + e.Message, e);
        }
    }

    public string File { get; }

    public char Separator { get; }

    public CsvReader Reader { get; }

    public int Line => (int)Math.Min(Reader.LineNumber, int.MaxValue);

    /// <summary>The header's columns.</summary>
    public int HeaderCount { get; }

    /// <summary>The current record's fields: more than <see cref="HeaderCount"/> when a field held unquoted separators.</summary>
    public int FieldCount => Reader.FieldCount;

    /// <summary>
    /// Reads the current record's fields from <paramref name="column"/> on <paramref name="by"/> places later: the
    /// free-text field before them held <paramref name="by"/> unquoted separators. Until the next record.
    /// </summary>
    public void Shift(int column, int by) => (shiftFrom, shiftBy) = (column, by);

    /// <summary>The raw fields <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 joined by the separator: a field that was split.</summary>
    public string Joined(int first, int count) =>
        string.Join(Separator, Enumerable.Range(first, count).Where(i => i < Reader.FieldCount).Select(i => Reader.GetString(i)));

    /// <summary>The raw field <paramref name="field"/> of the current record (no shift), or empty past its end.</summary>
    public string Raw(int field) => field >= 0 && field < Reader.FieldCount ? Reader.GetString(field) : "";

    /// <summary>The index of a column, or -1 when the export does not have it.</summary>
    public int Column(string name) => columns.TryGetValue(name, out var index) ? index : -1;

    public bool Has(string name) => columns.ContainsKey(name);

    public int Required(string name, string format) =>
        columns.TryGetValue(name, out var index) ? index : throw new InputException(File, 1, 1, $"this {format} export has no '{name}' column");

    /// <summary>Moves to the next record, counting it against the read's budget; false at the end.</summary>
    public bool Read()
    {
        try
        {
            (shiftFrom, shiftBy) = (int.MaxValue, 0);
            if (!Reader.Read())
            {
                return false;
            }

            budget.CountRow(File, Line);
            return true;
        }
        catch (CsvFormatException e)
        {
            throw new InputException(File, (int)Math.Min(e.LineNumber, int.MaxValue), 0, "not valid CSV: " + e.Message, e);
        }
    }

    public ReadOnlySpan<byte> Span(int column) => column < 0 || Map(column) >= Reader.FieldCount ? default : Reader.GetSpan(Map(column));

    public string Text(int column) => column < 0 || Map(column) >= Reader.FieldCount ? "" : Reader.GetString(Map(column));

    public InputException Error(int column, string reason) => new(File, Line, CharColumn(column < 0 ? column : Map(column)), reason);

    private int Map(int column) => column >= shiftFrom ? column + shiftBy : column;

    /// <summary>The weight unit named in <paramref name="column"/> (kg, kgs, lb, lbs), or null when the cell is empty.</summary>
    /// <param name="column">The unit's column.</param>
    /// <param name="expected">How the export writes its units, for the error.</param>
    public Training.MassUnit? WeightUnit(int column, string expected)
    {
        var text = Text(column).Trim();
        return text.ToLowerInvariant() switch
        {
            "" => null,
            "kg" or "kgs" => Training.MassUnit.Kilograms,
            "lb" or "lbs" => Training.MassUnit.Pounds,
            _ => throw Error(column, $"unknown weight unit '{text}'; expected {expected}"),
        };
    }

    /// <summary>A non-negative decimal, or null when empty.</summary>
    public double? Number(int column, string what)
    {
        var span = Span(column).Trim(" "u8);
        if (span.IsEmpty)
        {
            return null;
        }

        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(column, $"expected {what} (a number), found '{Encoding.UTF8.GetString(span)}'");
        }

        if (value < 0)
        {
            throw Error(column, $"{what} cannot be negative, found '{Encoding.UTF8.GetString(span)}'");
        }

        return value;
    }

    /// <summary>A whole number written as <c>10</c> or <c>10.0</c>, or null when empty.</summary>
    public int? WholeNumber(int column, string what)
    {
        var span = Span(column).Trim(" "u8);
        if (span.IsEmpty)
        {
            return null;
        }

        if (Utf8Parser.TryParse(span, out int whole, out var consumed) && consumed == span.Length)
        {
            return whole >= 0 ? whole : throw Error(column, $"{what} cannot be negative");
        }

        var value = Number(column, what)!.Value;
        if (value != Math.Floor(value) || value > 100_000)
        {
            throw Error(column, $"expected {what} (a whole number), found '{Encoding.UTF8.GetString(span)}'");
        }

        return (int)value;
    }

    public void Dispose() => Reader.Dispose();

    private int CharColumn(int field)
    {
        if (field < 0)
        {
            return 0;
        }

        var raw = Reader.RawRecord;
        var index = 0;
        var i = 0;
        var quoted = false;
        while (i < raw.Length && index < field)
        {
            var b = raw[i];
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)Separator && !quoted)
            {
                index++;
            }

            i++;
        }

        return index < field ? field + 1 : Encoding.UTF8.GetCharCount(raw[..i]) + 1;
    }
}
