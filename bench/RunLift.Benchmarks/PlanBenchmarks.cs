using BenchmarkDotNet.Attributes;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Benchmarks;

/// <summary>
/// A marathoner's plan (intermediate, known maxes, full gym, six runs a week, an A marathon), generated and
/// self-audited: the 16-week plan (target: median under 2 ms), and how the cost grows from 4 to 52 weeks.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PlanBenchmarks
{
    private Planner _planner = null!;
    private PlanRequest _request = null!;

    [Params(4, 8, 16, 26, 52)]
    public int Weeks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _planner = new Planner(ExerciseCatalog.Default);
        var start = new DateOnly(2026, 12, 7);
        _request = new PlanRequest
        {
            Start = start,
            Weeks = Weeks,
            Athlete = new Athlete { Experience = Experience.Intermediate, Maxes = [new KnownMax("Back Squat", Load.FromKilograms(110)), new KnownMax("Deadlift", Load.FromKilograms(130))] },
            RunningWeek =
            [
                Run(RunKind.Easy, DayOfWeek.Monday, 45), Run(RunKind.Intervals, DayOfWeek.Tuesday, 60), Run(RunKind.Easy, DayOfWeek.Wednesday, 40),
                Run(RunKind.Tempo, DayOfWeek.Thursday, 50), Run(RunKind.Easy, DayOfWeek.Saturday, 30), Run(RunKind.Long, DayOfWeek.Sunday, 120),
            ],
            Races = [new Race(start.AddDays((Weeks * 7) - 8), Distance.FromKilometers(42.195), RacePriority.A)],
        };
    }

    [Benchmark(Description = "plan and self-audit")]
    public TrainingPlan Plan() => _planner.Plan(_request);

    private static Run Run(RunKind kind, DayOfWeek day, int minutes) => new(kind) { Day = day, Duration = TimeSpan.FromMinutes(minutes), Time = TimeOfDay.Am };
}
