using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>Plans built directly from the model, so the writers are tested without the planner.</summary>
internal static class SamplePlans
{
    public static readonly DateOnly Start = new(2026, 12, 7);

    public static Exercise Catalog(string id) => ExerciseCatalog.Default.FindById(id) ?? throw new ArgumentException($"no exercise {id}");

    public static AuditReport Clean { get; } = new([], null, new AuditSummary(0, 0, 0, 0, 0), []);

    public static TrainingSet Set(int reps, double? kg = null, int restSeconds = 180) => new()
    {
        Reps = reps,
        Load = kg is { } k ? Load.FromKilograms(k) : null,
        Rest = TimeSpan.FromSeconds(restSeconds),
    };

    public static PlannedExercise Exercise(string id, int sets, TrainingSet set) => new(Catalog(id), [.. Enumerable.Repeat(set, sets)]);

    public static TrainingPlan TwoWeeks(MassUnit units = MassUnit.Kilograms)
    {
        var request = new PlanRequest
        {
            Start = Start,
            Weeks = 2,
            Units = units,
            Athlete = new Athlete
            {
                Experience = Experience.Intermediate,
                Bodyweight = Load.FromKilograms(62),
                Maxes = [new KnownMax("Back Squat", Load.FromKilograms(120)), new KnownMax("Deadlift", Load.FromKilograms(140))],
            },
            RunningWeek = [new Run(RunKind.Intervals) { Day = DayOfWeek.Tuesday, Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am }],
            Races = [new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A) { Name = "Spring *Marathon*" }],
        };
        PlannedSession Session(string name, DateOnly date, TrainingPhase phase, bool deload) => new()
        {
            Name = name,
            Date = date,
            Time = TimeOfDay.Pm,
            Phase = phase,
            EstimatedDuration = TimeSpan.FromMinutes(deload ? 35 : 52),
            Note = deload ? "Deload: half the sets, same loads." : null,
            Exercises =
            [
                Exercise("box-jump", deload ? 2 : 3, new TrainingSet { Reps = 5, Rest = TimeSpan.FromSeconds(90) }),
                new(Catalog("back-squat"), [Set(5, 90), .. Enumerable.Repeat(Set(5, 102.5), deload ? 2 : 3)]),
                Exercise("romanian-deadlift", 3, Set(6, 80, 150)),
                Exercise("step-up", 3, new TrainingSet { Reps = 6, PerSide = true, Rpe = Rpe.Of(7), Rest = TimeSpan.FromSeconds(90) }),
                Exercise("pull-up", 3, new TrainingSet { Reps = 5, Bodyweight = true, Load = Load.FromKilograms(10), Rest = TimeSpan.FromSeconds(120) }),
                Exercise("calf-raise", 3, new TrainingSet { Reps = 8, RepsMax = 10, Load = Load.FromKilograms(60), Rest = TimeSpan.FromSeconds(60) }),
                Exercise("plank", 2, new TrainingSet { Duration = TimeSpan.FromSeconds(45), Rest = TimeSpan.FromSeconds(60) }),
                Exercise("pallof-press", 2, new TrainingSet { Reps = 10, PerSide = true, RepsInReserve = 3, Rest = TimeSpan.FromSeconds(60) }),
            ],
        };

        return new TrainingPlan
        {
            Request = request,
            Weeks = [new PlanWeek(Start, TrainingPhase.Strength, false), new PlanWeek(Start.AddDays(7), TrainingPhase.Strength, true)],
            Sessions =
            [
                Session("Strength A", Start.AddDays(1), TrainingPhase.Strength, false),
                Session("Strength B", Start.AddDays(4), TrainingPhase.Strength, false),
                Session("Strength A", Start.AddDays(8), TrainingPhase.Strength, true),
            ],
            Runs =
            [
                new Run(RunKind.Intervals) { Date = Start.AddDays(1), Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am },
                new Run(RunKind.Easy) { Date = Start.AddDays(2), Duration = TimeSpan.FromMinutes(40) },
                new Run(RunKind.Long) { Date = Start.AddDays(6), Duration = TimeSpan.FromMinutes(120), Time = TimeOfDay.At(new TimeOnly(8, 30)) },
                new Run(RunKind.Intervals) { Date = Start.AddDays(8), Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am },
            ],
            Notes =
            [
                "Add 2.5 kg to upper-body lifts and 5 kg to lower-body lifts when every rep was done with 2 in reserve.",
                "Week 2 is a deload: half the sets.",
            ],
            SelfCheck = Clean,
        };
    }
}
