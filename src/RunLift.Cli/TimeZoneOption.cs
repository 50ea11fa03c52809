using System.CommandLine;
using RunLift.Time;

namespace RunLift.Cli;

/// <summary>
/// <c>--tz ZONE</c>: the athlete's IANA time zone, for the commands that need their today or date their recordings.
/// Without it: the zone the files name (<c>athlete.timezone</c>), else the one the command knows of the athlete, else
/// this machine's.
/// </summary>
internal static class TimeZoneOption
{
    public static Option<string?> Create(string without) => new Option<string?>("--tz")
    {
        Description = $"Your time zone, an IANA name ({IanaTimeZones.Example}, America/Los_Angeles): your today, and the days of recordings. Default: {without}.",
        HelpName = "ZONE",
    }.Validated();

    /// <summary>The zone given, or null.</summary>
    public static TimeZoneInfo? Given(this ParseResult parse, Option<string?> option) =>
        IanaTimeZones.TryFind(parse.GetValue(option), out var zone) ? zone : null;

    private static Option<string?> Validated(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } id && !IanaTimeZones.IsKnown(id))
            {
                result.AddError($"--tz '{id}' is not a time zone: give an IANA name such as {IanaTimeZones.Example} or America/Los_Angeles.");
            }
        });
        return option;
    }
}
