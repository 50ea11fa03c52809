using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace RunLift.Time;

/// <summary>
/// The athlete's time zone by its IANA name (<c>Pacific/Auckland</c>, <c>America/Los_Angeles</c>), as browsers,
/// routine files, the API and <c>--tz</c> give it. Zones come from the time zone database the runtime carries with
/// the operating system (like the invariant culture: reference data, not the athlete's).
/// </summary>
public static partial class IanaTimeZones
{
    /// <summary>A zone to show in messages and help.</summary>
    public const string Example = "Pacific/Auckland";

    private static readonly Lazy<IReadOnlyList<string>> Listed = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)]);

    private static readonly Lazy<Dictionary<string, string>> ListedByName = new(() => Ids.ToDictionary(id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>The zones a person chooses from: the database's own list (one name per place, UTC included), sorted.</summary>
    public static IReadOnlyList<string> Ids => Listed.Value;

    /// <summary>
    /// The zone named <paramref name="id"/>: a zone of <see cref="Ids"/> (any case), or an older or alias name of the
    /// database that has a region (<c>Asia/Calcutta</c>, <c>US/Pacific</c>, <c>Etc/UTC</c>: what some browsers say).
    /// False for anything else: Windows names, offsets, the database's own files (<c>posixrules</c>, <c>localtime</c>).
    /// </summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        var name = id?.Trim();
        if (name is null || !Name().IsMatch(name))
        {
            return false;
        }

        // A listed name in any case is looked up as listed: the database's files are named in one case only.
        if (ListedByName.Value.TryGetValue(name, out var listed))
        {
            name = listed;
        }
        else if (!name.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>Whether <paramref name="id"/> names a zone <see cref="TryFind"/> finds.</summary>
    public static bool IsKnown(string? id) => TryFind(id, out _);

    // Region/City, Region/Area/City, or one word (UTC): letters, digits, '_', '-', '+'. Never a path that leaves the database.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}$")]
    private static partial Regex Name();
}
