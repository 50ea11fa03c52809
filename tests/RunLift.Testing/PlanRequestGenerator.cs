using CsCheck;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Testing;

/// <summary>
/// Random plan requests: every experience, equipment set and running week, including crowded ones, 0–3 races, kg
/// and lb. Property tests sample it; the plan sweep benchmark draws its 10,000 requests from it.
/// </summary>
public static class PlanRequestGenerator
{
    private static readonly string[] Lifts = ["Back Squat", "Deadlift", "Bench Press", "Romanian Deadlift", "Overhead Press"];

    private static readonly Gen<TimeOfDay?> Time = Gen.Int[0, 18].Select(h => h switch
    {
        0 => (TimeOfDay?)null,
        1 => TimeOfDay.Am,
        2 => TimeOfDay.Pm,
        _ => TimeOfDay.At(new TimeOnly(h + 2, 0)),
    });

    private static readonly Gen<Run?> Day = Gen.Select(Gen.Int[0, 10], Gen.Int[20, 150], Time).Select((kind, minutes, time) =>
        kind > (int)RunKind.RacePace ? null : (Run?)new Run((RunKind)kind) { Duration = TimeSpan.FromMinutes(minutes), Time = time });

    private static readonly Gen<Run[]> Week = Day.Array[7].Select(days => days
        .Select((run, i) => run is null ? null : run with { Day = (DayOfWeek)((i + 1) % 7) })
        .OfType<Run>().ToArray());

    private static readonly Gen<KnownMax> Max = Gen.Select(Gen.Int[0, Lifts.Length - 1], Gen.Double[30, 220])
        .Select((lift, kg) => new KnownMax(Lifts[lift], Load.FromKilograms(Math.Round(kg, 1))));

    private static readonly Gen<Equipment[]> Kit = Gen.OneOf(
        Gen.Const(Enum.GetValues<Equipment>()),
        Gen.Const(Array.Empty<Equipment>()),
        Gen.Const(new[] { Equipment.Dumbbells, Equipment.Bands }),
        Gen.Enum<Equipment>().Array[0, 8]);

    public static readonly Gen<PlanRequest> Request =
        Gen.Select(Gen.Int[0, 800], Gen.Int[0, 364].Array[0, 3], Gen.Enum<RacePriority>().Array[3], Gen.Int[2, 52].Nullable(0.4), Week,
                Gen.Select(Gen.Enum<Experience>(), Gen.Bool, Max.Array[0, 3], Gen.Bool),
                Gen.Select(Gen.Int[25, 90], Gen.Int[1, 3].Nullable(0.6), Kit))
            .Select((startDay, raceDays, priorities, weeks, week, athlete, limits) =>
            {
                var start = new DateOnly(2026, 1, 5).AddDays(startDay);
                var (experience, rehab, maxes, pounds) = athlete;
                var (minutes, perWeek, kit) = limits;
                return new PlanRequest
                {
                    Start = start,
                    Weeks = weeks,
                    RunningWeek = week,
                    Races = [.. raceDays.Distinct().Select((d, i) => new Race(start.AddDays(d), Distance.FromKilometers(new[] { 5, 10, 21.1, 42.2 }[d % 4]), priorities[i]))],
                    Athlete = new Athlete { Experience = experience, Rehab = rehab, Maxes = [.. maxes.DistinctBy(m => m.Exercise)] },
                    Units = pounds ? MassUnit.Pounds : MassUnit.Kilograms,
                    MaxSessionMinutes = minutes,
                    SessionsPerWeek = perWeek,
                    Equipment = kit.ToHashSet(),
                };
            });
}
