using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RunLift.Formats.Csv;

/// <summary>
/// Dates as apps write them for people in their phone's language: <c>15 Sep 2025, 07:48</c>, <c>15. Sept. 2025, 07:48</c>,
/// <c>15 sept. 2025 07:48</c>, <c>15 de set. de 2025 07:48</c>, <c>3 Oct 2025, 7:48 PM</c>: day first, the month's name
/// full or abbreviated (with or without a dot) in English, German, French, Spanish, Italian or Portuguese, then the
/// year and a 24- or 12-hour time. The invariant culture knows only English; and RunLift runs without culture data.
/// </summary>
internal static partial class LocalDates
{
    /// <summary>The forms, for error messages.</summary>
    public const string Forms = "'15 Sep 2025, 07:48', '15. Sept. 2025, 07:48', '15 de set. de 2025 07:48', '3 Oct 2025, 7:48 PM' or '2025-09-15 07:48'";

    // Month names and abbreviations, accents folded, by month; several languages share many.
    private static readonly FrozenDictionary<string, int> Months = new (int Month, string[] Names)[]
    {
        (1, ["jan", "january", "januar", "janv", "janvier", "ene", "enero", "gen", "gennaio", "janeiro"]),
        (2, ["feb", "february", "februar", "fev", "fevr", "fevrier", "febrero", "febbraio", "fevereiro"]),
        (3, ["mar", "march", "marz", "mrz", "mars", "marzo", "marco"]),
        (4, ["apr", "april", "avr", "avril", "abr", "abril", "aprile"]),
        (5, ["may", "mai", "mayo", "mag", "maggio", "maio"]),
        (6, ["jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho"]),
        (7, ["jul", "july", "juli", "juil", "juillet", "julio", "lug", "luglio", "julho"]),
        (8, ["aug", "august", "aout", "ago", "agosto"]),
        (9, ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"]),
        (10, ["oct", "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "out", "outubro"]),
        (11, ["nov", "november", "novembre", "noviembre", "novembro"]),
        (12, ["dec", "december", "dez", "dezember", "decembre", "dic", "diciembre", "dicembre", "dezembro"]),
    }.SelectMany(m => m.Names.Select(n => (n, m.Month))).ToFrozenDictionary(p => p.n, p => p.Month, StringComparer.Ordinal);

    /// <summary>The local date and time <paramref name="text"/> says, or null when it is none of the forms.</summary>
    public static DateTime? Parse(string text)
    {
        var match = Written().Match(text.Trim());
        if (!match.Success || !Months.TryGetValue(Fold(match.Groups["month"].Value.ToLowerInvariant()), out var month))
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
        if (match.Groups["half"].Success)
        {
            var pm = char.ToLowerInvariant(match.Groups["half"].Value[0]) == 'p';
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }

        return year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60
            ? new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified)
            : null;
    }

    // The accents month names have: März, février, août, décembre, março.
    private static string Fold(string name) => name
        .Replace('ä', 'a').Replace('é', 'e').Replace('è', 'e').Replace('û', 'u').Replace('ç', 'c');

    [GeneratedRegex(
        """^(?<day>\d{1,2})\.?\s+(?:de\s+)?(?<month>\p{L}+)\.?,?\s+(?:de\s+)?(?<year>\d{4}),?\s*(?:a\s+las\s+|à\s+|um\s+|às\s+|alle\s+)?(?<hour>\d{1,2})[:h](?<minute>\d{2})(?::\d{2})?\s*(?<half>[AaPp]\.?\s?[Mm]\.?)?$""",
        RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}
