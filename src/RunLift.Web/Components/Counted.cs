using System.Globalization;

namespace RunLift.Web.Components;

/// <summary>A count with its noun in the right number: "1 working set", "3 working sets", "1 activity", "2 activities".</summary>
internal static class Counted
{
    /// <summary>
    /// <paramref name="count"/> and <paramref name="one"/>, or <paramref name="many"/> (by default <paramref name="one"/>
    /// with an s) for any other count, zero included ("0 runs").
    /// </summary>
    public static string Of(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
