using System.Globalization;

namespace RunLift.English;

/// <summary>
/// Counted nouns in English, for every message that counts things: "1 working set", "2 working sets", never
/// "1 working sets". One rule, so that reports, pages and the command line agree.
/// </summary>
public static class Plural
{
    /// <summary>
    /// <paramref name="count"/> and its noun: <c>1 error</c>, <c>3 errors</c>, <c>1,250 sessions</c>;
    /// <paramref name="plural"/> where adding "s" is wrong (<c>activity</c>, <c>activities</c>).
    /// </summary>
    public static string Count(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {Noun(count, noun, plural)}");

    /// <summary>The noun alone as <paramref name="count"/> wants it: <c>week</c> for one, <c>weeks</c> for any other count.</summary>
    public static string Noun(int count, string noun, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return count == 1 ? noun : plural ?? noun + "s";
    }
}
