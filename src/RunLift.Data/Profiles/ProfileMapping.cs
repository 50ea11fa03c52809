using System.Globalization;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Data.Profiles;

/// <summary>A stored profile and races as the domain's values, for the planner and the auditor.</summary>
public static class ProfileMapping
{
    public static Athlete ToAthlete(this Profile profile) => new()
    {
        Experience = profile.Experience,
        Bodyweight = profile.BodyweightKg is { } kg ? Load.FromKilograms(kg) : null,
        Rehab = profile.Rehab,
        Injury = profile.Injury,
        TimeZone = IanaTimeZones.TryFind(profile.TimeZone, out var zone) ? zone : null,
        Maxes = [.. profile.Maxes.Select(m => new KnownMax(m.Exercise, Load.FromKilograms(m.OneRepMaxKg)))],
    };

    public static IReadOnlyList<Run> ToRunningWeek(this Profile profile) =>
    [
        .. profile.RunningWeek.Select(run => new Run(run.Kind)
        {
            Day = run.Day,
            Duration = run.Minutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            Time = ParseTime(run.Time),
        }),
    ];

    /// <summary>
    /// What to ask the planner for "a plan from my profile and races": the profile's limits and equipment, and the
    /// races from <paramref name="start"/> on (earlier ones are history, not goals).
    /// </summary>
    public static PlanRequest ToPlanRequest(this Profile profile, IEnumerable<RaceEntry> races, DateOnly start, int? weeks) => new()
    {
        Athlete = profile.ToAthlete(),
        Units = profile.Units,
        RunningWeek = profile.ToRunningWeek(),
        Races = [.. races.Where(r => r.Date >= start).OrderBy(r => r.Date).Select(ToRace)],
        Start = start,
        Weeks = weeks,
        MaxSessionMinutes = profile.MaxSessionMinutes,
        SessionsPerWeek = profile.SessionsPerWeek,
        Equipment = profile.Equipment.ToHashSet(),
    };

    public static Race ToRace(this RaceEntry race) =>
        new(race.Date, Distance.FromMeters(race.DistanceMeters), race.Priority) { Name = race.Name };

    /// <summary>Reads a stored time of day (<c>am</c>, <c>pm</c> or <c>HH:mm</c>), as <see cref="TimeOfDay.ToString"/> writes it.</summary>
    public static TimeOfDay? ParseTime(string? text) => text switch
    {
        null or "" => null,
        "am" => TimeOfDay.Am,
        "pm" => TimeOfDay.Pm,
        _ => TimeOfDay.At(TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture)),
    };
}
