namespace RunLift.Formats.Routines;

/// <summary>Where the first character of a piece of text sits in its file, so errors inside it get a column.</summary>
internal readonly record struct Spot(string File, int Line, int Column)
{
    public InputException Error(string reason) => new(File, Line, Column, reason);

    public InputException At(int offset, string reason) => new(File, Line, Column + offset, reason);
}

/// <summary>
/// A position in a one-line value (an exercise, a run, a load). Parsers move it forward and raise errors
/// at the offending character, which becomes the column reported to the user.
/// </summary>
internal sealed class Cursor(string text, Spot spot)
{
    public string Text => text;

    public int Pos { get; set; }

    public bool AtEnd => Pos >= text.Length;

    public char Current => Pos < text.Length ? text[Pos] : '\0';

    public char Next => Pos + 1 < text.Length ? text[Pos + 1] : '\0';

    public void SkipSpaces()
    {
        while (Pos < text.Length && char.IsWhiteSpace(text[Pos]))
        {
            Pos++;
        }
    }

    public InputException Error(string reason) => spot.At(Pos, reason);

    public InputException Error(int at, string reason) => spot.At(at, reason);

    /// <summary>The token at the cursor, for messages: up to the next space or comma.</summary>
    public string Token()
    {
        if (AtEnd)
        {
            return "the end";
        }

        var end = Pos;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && (end == Pos || text[end] != ','))
        {
            end++;
        }

        return $"'{text[Pos..end]}'";
    }

    /// <summary>Reads a run of ASCII letters (and hyphens inside words when asked), without skipping spaces first.</summary>
    public string Letters(bool hyphens = false)
    {
        var start = Pos;
        while (Pos < text.Length && (char.IsAsciiLetter(text[Pos]) || (hyphens && Pos > start && text[Pos] == '-' && Pos + 1 < text.Length && char.IsAsciiLetter(text[Pos + 1]))))
        {
            Pos++;
        }

        return text[start..Pos];
    }

    /// <summary>Consumes <paramref name="word"/> (any case) when it stands at the cursor as a whole word.</summary>
    public bool TryKeyword(string word)
    {
        if (Pos + word.Length > text.Length
            || !text.AsSpan(Pos, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            || (Pos + word.Length < text.Length && char.IsAsciiLetter(text[Pos + word.Length])))
        {
            return false;
        }

        Pos += word.Length;
        return true;
    }

    /// <summary>Reads an unsigned decimal number (<c>62.5</c>) at the cursor.</summary>
    public bool TryNumber(out double value)
    {
        var start = Pos;
        var end = Pos;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            value = 0;
            return false;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        // Long digit strings still parse (to a large double); the callers reject implausible values.
        value = double.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
        Pos = end;
        return true;
    }

    /// <summary>Reads an unsigned whole number at the cursor; <c>5.5</c> is not one.</summary>
    public bool TryInteger(out int value)
    {
        var start = Pos;
        if (!TryNumber(out var number))
        {
            value = 0;
            return false;
        }

        if (number != Math.Floor(number) || number > 1_000_000)
        {
            throw Error(start, $"expected a whole number, found '{text[start..Pos]}'");
        }

        value = (int)number;
        return true;
    }

    public void ExpectEnd(string what)
    {
        SkipSpaces();
        if (!AtEnd)
        {
            throw Error($"unexpected {Token()} after {what}");
        }
    }
}
