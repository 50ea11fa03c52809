using CsCheck;
using RunLift.Catalog;
using RunLift.Formats.Fit;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Fit;

/// <summary>Any session, planned or made up, becomes a valid workout file that reads back as its sets, or is refused as too long.</summary>
public sealed class FitWorkoutPropertyTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 7, 30, 0, TimeSpan.Zero);

    private static readonly Gen<TrainingSet> Amount = Gen.OneOf(
        Gen.Int[1, 30].Select(r => new TrainingSet { Reps = r }),
        Gen.Select(Gen.Int[1, 15], Gen.Int[1, 5], (r, d) => new TrainingSet { Reps = r, RepsMax = r + d }),
        Gen.Int[5, 300].Select(s => new TrainingSet { Duration = TimeSpan.FromSeconds(s) }),
        Gen.Int[5, 200].Select(m => new TrainingSet { Distance = Distance.FromMeters(m) }),
        Gen.Const(new TrainingSet { Amrap = true }),
        Gen.Const(new TrainingSet()));

    private static readonly Gen<TrainingSet> Loaded = Gen.Select(Amount, Gen.Int[0, 5], Gen.Double[0.5, 600], Gen.Int[50, 100], Gen.Int[5, 10],
        (set, kind, kg, percent, rpe) => kind switch
        {
            0 => set,
            1 => set with { Load = Load.FromKilograms(Math.Round(kg, 3)) },
            2 => set with { Load = Load.FromKilograms(Math.Round(kg, 1)), PercentOneRepMax = percent, Rpe = Rpe.Of(rpe) },
            3 => set with { Bodyweight = true },
            4 => set with { Bodyweight = true, Load = Load.FromKilograms(Math.Round(kg / 10, 1)) },
            _ => set with { Bodyweight = true, Assisted = true, Load = Load.FromKilograms(Math.Round(kg / 10, 1)), RepsInReserve = rpe - 5 },
        });

    private static readonly Gen<TrainingSet> Set = Gen.Select(Loaded, Gen.Int[-1, 300], Gen.Bool, Gen.Int[0, 9],
        (set, rest, perSide, flags) => set with
        {
            Rest = rest < 0 ? null : TimeSpan.FromSeconds(rest),
            PerSide = perSide,
            Kind = flags == 0 ? SetKind.Warmup : SetKind.Working,
            ToFailure = flags == 1,
        });

    // Runs of equal sets, as plans write them, and now and then a set unlike its neighbours.
    private static readonly Gen<PlannedExercise> Exercise = Gen.Select(
        Gen.OneOf([.. ExerciseCatalog.Default.Exercises.Select(Gen.Const)]),
        Gen.Select(Set, Gen.Int[1, 5]).Array[1, 3],
        (exercise, runs) => new PlannedExercise(exercise, [.. runs.SelectMany(r => Enumerable.Repeat(r.Item1, r.Item2))]));

    private static readonly Gen<PlannedSession> Session = SessionOf(Exercise.Array[1, 10]);

    // At most 3 runs of at most 4 steps (two sides, the rest, the repeat) for each of 4 exercises: never more than 50 steps.
    private static readonly Gen<PlannedSession> ShortSession = SessionOf(Exercise.Array[1, 4]);

    private static Gen<PlannedSession> SessionOf(Gen<PlannedExercise[]> exercises) =>
        Gen.Select(exercises, Gen.Int[0, 400], Gen.OneOf(Gen.Const("Strength A"), Gen.String[Gen.Char[' ', '~'], 1, 40]),
        (exercises, day, name) => new PlannedSession
        {
            Name = name,
            Date = new DateOnly(2026, 12, 7).AddDays(day),
            Time = TimeOfDay.Pm,
            Phase = TrainingPhase.Strength,
            EstimatedDuration = TimeSpan.FromMinutes(45),
            Exercises = exercises,
        });

    [Fact]
    public void AnySession_EncodesToAValidFileThatReadsBackAsItsSets_OrIsRefusedAsTooLong() =>
        Session.Sample(session =>
        {
            FitWorkout workout;
            try
            {
                workout = FitWorkoutBuilder.Build(session, MassUnit.Kilograms);
            }
            catch (ArgumentException e) when (e.Message.Contains("Garmin watches take at most 50", StringComparison.Ordinal))
            {
                WorkoutSteps.Prescribed(session).Count.ShouldBeGreaterThan(FitWorkoutWriter.MaxSteps / 2, "refused, yet short");
                return;
            }

            var bytes = FitWorkoutWriter.Encode(workout, Created, 1);
            FitCrc.Compute(bytes).ShouldBe((ushort)0);
            using var stream = new MemoryStream(bytes);
            var read = FitWorkoutReader.Read("session.fit", stream);
            WorkoutSteps.ShouldMatch(read, workout, session.Name);
            WorkoutSteps.Performed(read.Steps).ShouldBe(WorkoutSteps.Prescribed(session));
        }, iter: 1000);

    [Fact]
    public void SomeSessions_DecodeInGarminsSdk_AsWritten()
    {
        using var folder = new TemporaryFolder();
        var n = 0;
        ShortSession.Sample(session =>
            {
                var workout = FitWorkoutBuilder.Build(session, MassUnit.Kilograms);
                var sdk = GarminSdk.Decode(folder.Write($"{Interlocked.Increment(ref n)}.fit", FitWorkoutWriter.Encode(workout, Created, 1)));

                sdk.Errors.ShouldBeEmpty();
                WorkoutSteps.ShouldMatch(WorkoutSteps.FromSdk(sdk), workout, session.Name);
            }, iter: 8, threads: 1);
    }

    [Fact]
    public void AnyPlan_EverySessionFitsAWorkout_AndReadsBack()
    {
        var planner = new Planner(ExerciseCatalog.Default);
        PlanRequestGenerator.Request.Where(r => r.Validate().Count == 0).Sample(request =>
        {
            var plan = planner.Plan(request);
            foreach (var file in FitWorkoutWriter.Write(plan, Created))
            {
                using var stream = new MemoryStream(file.Content.ToArray());
                var read = FitWorkoutReader.Read(file.FileName, stream);
                read.Steps.Count.ShouldBeLessThanOrEqualTo(FitWorkoutWriter.MaxSteps);
                WorkoutSteps.Performed(read.Steps).ShouldBe(WorkoutSteps.Prescribed(file.Session), file.FileName);
            }
        }, iter: 40);
    }
}
