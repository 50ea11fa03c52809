using System.Globalization;
using RunLift.Planning;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning.Coaching;

/// <summary>
/// The athletes the coaching checkers plan for, each written as words: units, experience, kit, races, then any of
/// <c>rehab</c>, <c>injury:SITE</c> (rehab at that site), <c>pm</c> (key runs in the evening), <c>25min</c> (a session
/// cap), <c>short</c> (the first A race 4 weeks away), <c>back-to-back</c> (a second A race 5 weeks after the first).
/// </summary>
internal static class AthleteCases
{
    public static TheoryData<string> All { get; } =
    [
        "kg new full-gym 1-race", "lb new bodyweight 0-races", "kg novice full-gym 0-races", "lb novice dumbbells 2-races",
        "kg intermediate full-gym 1-race", "lb intermediate full-gym 3-races", "kg advanced full-gym 2-races", "lb advanced bodyweight 1-race",
        "kg intermediate full-gym 1-race rehab", "lb novice bodyweight 0-races rehab", "kg advanced dumbbells 3-races rehab",
        "kg intermediate full-gym 1-race injury:achilles", "lb novice bodyweight 1-race injury:calf", "kg new dumbbells 0-races injury:foot",
        "lb advanced full-gym 2-races injury:shin", "kg intermediate dumbbells 1-race injury:knee", "lb novice full-gym 1-race injury:hip",
        "kg advanced full-gym 1-race injury:hamstring", "lb intermediate bodyweight 0-races injury:lower-back", "kg novice full-gym 2-races injury:shoulder",
        "kg intermediate full-gym 1-race pm", "lb new dumbbells 1-race pm", "kg advanced full-gym 1-race 25min", "lb novice bodyweight 0-races 25min",
        "kg intermediate full-gym 1-race 25min pm", "kg new full-gym 2-races short", "lb novice dumbbells 1-race short",
        "kg intermediate full-gym 2-races short", "lb advanced full-gym 2-races short", "kg intermediate full-gym 2-races back-to-back",
        "lb new bodyweight 2-races back-to-back",
    ];

    /// <summary>The same athletes, those with an injury site only.</summary>
    public static TheoryData<string> Injured { get; } = [.. All.Select(row => (string)row.Data).Where(c => c.Contains("injury:", StringComparison.Ordinal))];

    // Key runs in the evening: intervals at 18:30, tempo at 19:00, each with a known length.
    private static readonly Run[] EveningWeek =
    [
        Weekly(RunKind.Easy, DayOfWeek.Monday, 45, TimeOfDay.Am), Weekly(RunKind.Intervals, DayOfWeek.Tuesday, 60, TimeOfDay.At(new TimeOnly(18, 30))),
        Weekly(RunKind.Easy, DayOfWeek.Wednesday, 40, TimeOfDay.Pm), Weekly(RunKind.Tempo, DayOfWeek.Thursday, 50, TimeOfDay.At(new TimeOnly(19, 0))),
        Weekly(RunKind.Easy, DayOfWeek.Saturday, 30), Weekly(RunKind.Long, DayOfWeek.Sunday, 120, TimeOfDay.Am),
    ];

    public static PlanRequest Request(string description)
    {
        var words = description.Split(' ');
        var units = words[0] == "lb" ? MassUnit.Pounds : MassUnit.Kilograms;
        var experience = Enum.Parse<Experience>(words[1], ignoreCase: true);
        var kit = words[2] switch
        {
            "bodyweight" => EquipmentSets.Bodyweight,
            "dumbbells" => new HashSet<Equipment> { Equipment.Dumbbells, Equipment.Bench },
            _ => EquipmentSets.FullGym,
        };
        var raceCount = int.Parse(words[3][..1], CultureInfo.InvariantCulture);
        var injury = words.FirstOrDefault(w => w.StartsWith("injury:", StringComparison.Ordinal)) is { } site && InjurySites.TryParse(site[7..], out var parsed) ? parsed : (InjurySite?)null;
        var marathoner = Marathoner();
        var start = marathoner.Start;
        var races = Enumerable.Range(0, raceCount).Select(i => new Race(
            start.AddDays(70 + (i * 63)), Distance.FromKilometers(i == 1 ? 10 : 21.1), i == 1 ? RacePriority.B : RacePriority.A)).ToList();
        if (words.Contains("short"))
        {
            races = [new Race(start.AddDays(27), Distance.FromKilometers(10), RacePriority.A), new Race(start.AddDays(27 + 112), Distance.FromKilometers(42.195), RacePriority.A)];
        }
        else if (words.Contains("back-to-back"))
        {
            races = [new Race(start.AddDays(97), Distance.FromKilometers(42.195), RacePriority.A), new Race(start.AddDays(97 + 35), Distance.FromKilometers(21.1), RacePriority.A)];
        }

        return marathoner with
        {
            Units = units,
            Equipment = kit,
            Weeks = 30,
            RunningWeek = words.Contains("pm") ? EveningWeek : marathoner.RunningWeek,
            MaxSessionMinutes = words.Contains("25min") ? 25 : PlanRequest.DefaultSessionMinutes,
            Athlete = marathoner.Athlete with
            {
                Experience = experience,
                Rehab = words.Contains("rehab") || injury is not null,
                Injury = injury,
                Maxes = experience == Experience.New ? [] : marathoner.Athlete.Maxes,
            },
            Races = races,
        };
    }
}
