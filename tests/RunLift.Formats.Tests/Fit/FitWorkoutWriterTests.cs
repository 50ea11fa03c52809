using RunLift.Catalog;
using RunLift.Formats.Fit;
using RunLift.Formats.Plans;
using RunLift.Formats.Tests.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Fit;

public sealed class FitWorkoutWriterTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Build_Session_IsASetStepARestAndARepeatPerRunOfEqualSets()
    {
        var session = SamplePlans.TwoWeeks().Sessions[0];

        var workout = FitWorkoutBuilder.Build(session, MassUnit.Kilograms);

        workout.Name.ShouldBe("8 Dec Strength A");
        (workout.Sport, workout.SubSport).ShouldBe(((byte?)10, (byte?)20));
        workout.Steps.Select((s, i) => s.Index == i).ShouldAllBe(inOrder => inOrder);
        workout.Steps.Select(Describe).ShouldBe([
            "Box Jump: reps 5, 20/33",
            "rest: time 90000",
            "repeat from 0 x3",
            "Back Squat: reps 5, 28/6, 90 kg (1), '90 kg'",
            "rest: time 180000",
            "Back Squat: reps 5, 28/6, 102.5 kg (1), '102.5 kg'",
            "rest: time 180000",
            "repeat from 5 x3",
            "Romanian Deadlift: reps 6, 8/23, 80 kg (1), '80 kg'",
            "rest: time 150000",
            "repeat from 8 x3",
            "Step-Up: reps 6, 28/66, 'RPE 7, side 1 of 2'",
            "Step-Up: reps 6, 28/66, 'RPE 7, side 2 of 2'",
            "rest: time 90000",
            "repeat from 11 x3",
            "Pull-Up: reps 5, 21/38, 10 kg (1), 'bw+10 kg'",
            "rest: time 120000",
            "repeat from 15 x3",
            "Calf Raise: reps 8, 1/18, 60 kg (1), '60 kg, 8-10 reps'",
            "rest: time 60000",
            "repeat from 18 x3",
            "Plank: time 45000, 19/43",
            "rest: time 60000",
            "repeat from 21 x2",
            "Pallof Press: reps 10, 5/6, 'RIR 3, side 1 of 2'",
            "Pallof Press: reps 10, 5/6, 'RIR 3, side 2 of 2'",
            "rest: time 60000",
            "repeat from 24 x2",
        ]);
        workout.ExerciseTitles.Select(t => $"{t.Category}/{t.Name} {t.Title}").ShouldBe([
            "20/33 Box Jump", "28/6 Back Squat", "8/23 Romanian Deadlift", "28/66 Step-Up", "21/38 Pull-Up", "1/18 Calf Raise",
            "19/43 Plank", "5/6 Pallof Press",
        ]);
    }

    [Fact]
    public void Build_WorkSteps_AreActiveWithAnOpenTarget_RestsAreRest_RepeatsHaveNeither()
    {
        var workout = FitWorkoutBuilder.Build(SamplePlans.TwoWeeks().Sessions[0], MassUnit.Kilograms);

        var work = workout.Steps.Where(s => s.Name is not null).ToList();
        work.ShouldAllBe(s => s.Intensity == FitIntensity.Active && s.TargetType == 2 && s.TargetValue == 0);
        workout.Steps.Where(s => s.Intensity == FitIntensity.Rest).ShouldAllBe(s => s.TargetType == 2 && s.ExerciseCategory == null && s.Name == null);
        workout.Steps.Where(s => s.DurationType == FitStepDuration.RepeatUntilStepsComplete)
            .ShouldAllBe(s => s.Intensity == null && s.TargetType == null && s.ExerciseCategory == null);
    }

    [Fact]
    public void Build_BodyweightSets_CarryNoWeight_AddedLoadDoes_AssistanceDoesNot()
    {
        var session = Session(
            new PlannedExercise(SamplePlans.Catalog("push-up"), [new TrainingSet { Reps = 10, Bodyweight = true, Rest = TimeSpan.FromMinutes(1) }]),
            new PlannedExercise(SamplePlans.Catalog("pull-up"), [new TrainingSet { Reps = 5, Bodyweight = true, Load = Load.FromKilograms(10), Rest = TimeSpan.FromMinutes(2) }]),
            new PlannedExercise(SamplePlans.Catalog("assisted-pull-up"), [new TrainingSet { Reps = 5, Bodyweight = true, Assisted = true, Load = Load.FromKilograms(20) }]),
            new PlannedExercise(SamplePlans.Catalog("dead-bug"), [new TrainingSet { Reps = 8 }]));

        var steps = FitWorkoutBuilder.Build(session, MassUnit.Kilograms).Steps;

        steps.Select(Describe).ShouldBe([
            "Push-Up: reps 10, 22/77, 'bw'",
            "rest: time 60000",
            "Pull-Up: reps 5, 21/38, 10 kg (1), 'bw+10 kg'",
            "rest: time 120000",
            "Assisted Pull-Up: reps 5, 21/42, 'bw-20 kg'",
            "rest: open",
            "Dead Bug: reps 8, 11/1",
            "rest: open",
        ]);
    }

    [Fact]
    public void Build_PoundPlans_ShowPounds_AndStoreTheLoadInHundredthsOfAKilogram()
    {
        var squat = Load.FromPounds(225);
        var session = Session(new PlannedExercise(SamplePlans.Catalog("back-squat"), [new TrainingSet { Reps = 5, Load = squat, PercentOneRepMax = 85, Rest = TimeSpan.FromMinutes(3) }]));

        var step = FitWorkoutBuilder.Build(session, MassUnit.Pounds).Steps[0];

        step.WeightDisplayUnit.ShouldBe((ushort)2);
        step.ExerciseWeight.ShouldBe(Load.FromKilograms(102.06));
        step.ExerciseWeight!.Value.Pounds.ShouldBe(225, tolerance: 0.01);
        step.Notes.ShouldBe("225 lb 85%");
    }

    [Fact]
    public void Build_TimedHoldsAmrapAndDistances_EndByTimeTheLapButtonAndDistance()
    {
        var session = Session(
            new PlannedExercise(SamplePlans.Catalog("side-plank"), [new TrainingSet { Duration = TimeSpan.FromSeconds(30), PerSide = true, Rest = TimeSpan.FromSeconds(45) }]),
            new PlannedExercise(SamplePlans.Catalog("push-up"), [new TrainingSet { Amrap = true, Bodyweight = true, Rest = TimeSpan.Zero }]),
            new PlannedExercise(SamplePlans.Catalog("farmers-carry"), [new TrainingSet { Distance = Distance.FromMeters(40), Load = Load.FromKilograms(32), Rest = TimeSpan.FromMinutes(2) }]));

        FitWorkoutBuilder.Build(session, MassUnit.Kilograms).Steps.Select(Describe).ShouldBe([
            "Side Plank: time 30000, 19/66, 'side 1 of 2'",
            "Side Plank: time 30000, 19/66, 'side 2 of 2'",
            "rest: time 45000",
            "Push-Up: open, 22/77, 'bw, AMRAP'",
            "Farmer's Carry: distance 4000, 3/7, 32 kg (1), '32 kg'",
            "rest: time 120000",
        ]);
    }

    [Fact]
    public void Build_CategoryOnlyExercisesSharingACategory_GetNoTitle_TheirStepsNameThem()
    {
        var session = Session(
            new PlannedExercise(SamplePlans.Catalog("pogo-hops"), [new TrainingSet { Reps = 15 }]),
            new PlannedExercise(SamplePlans.Catalog("bounds"), [new TrainingSet { Reps = 5 }]),
            new PlannedExercise(SamplePlans.Catalog("leg-extension"), [new TrainingSet { Reps = 10 }]),
            new PlannedExercise(SamplePlans.Catalog("box-jump"), [new TrainingSet { Reps = 5 }]));

        var workout = FitWorkoutBuilder.Build(session, MassUnit.Kilograms);

        workout.Steps.Where(s => s.Name is not null).Select(Describe).ShouldBe([
            "Pogo Hops: reps 15, 20/-", "Bounds: reps 5, 20/-", "Leg Extension: reps 10, -/-", "Box Jump: reps 5, 20/33",
        ]);
        workout.ExerciseTitles.ShouldBe([new FitExerciseTitle(20, 33, "Box Jump")]);
    }

    [Fact]
    public void Build_WarmupSets_AreWarmupSteps()
    {
        var session = Session(new PlannedExercise(SamplePlans.Catalog("deadlift"),
            [new TrainingSet { Kind = SetKind.Warmup, Reps = 5, Load = Load.FromKilograms(60) }, new TrainingSet { Reps = 5, Load = Load.FromKilograms(100) }]));

        FitWorkoutBuilder.Build(session, MassUnit.Kilograms).Steps.Where(s => s.Name is not null).Select(s => s.Intensity)
            .ShouldBe([FitIntensity.Warmup, FitIntensity.Active]);
    }

    [Fact]
    public void Build_ASessionNeedingMoreThan50Steps_IsRefused_NamingItsDay()
    {
        var exercises = ExerciseCatalog.Default.Exercises.Take(17)
            .Select(e => new PlannedExercise(e, [new TrainingSet { Reps = 5, Rest = TimeSpan.FromMinutes(1) }, new TrainingSet { Reps = 3, Rest = TimeSpan.FromMinutes(1) }]))
            .ToArray();

        var e = Should.Throw<ArgumentException>(() => FitWorkoutBuilder.Build(Session(exercises), MassUnit.Kilograms));

        e.Message.ShouldStartWith("Test on 2026-12-08 needs 68 workout steps; Garmin watches take at most 50.");
    }

    [Fact]
    public void Build_ALoadBeyondWhatAStepHolds_IsRefused()
    {
        var session = Session(new PlannedExercise(SamplePlans.Catalog("leg-press"), [new TrainingSet { Reps = 5, Load = Load.FromKilograms(700) }]));

        Should.Throw<ArgumentException>(() => FitWorkoutBuilder.Build(session, MassUnit.Kilograms)).Message.ShouldContain("655.34 kg");
    }

    [Fact]
    public void Build_LongNames_AreCutToWhatTheFieldsHold()
    {
        var exercise = SamplePlans.Catalog("back-squat") with { Name = new string('Ä', 40) };
        var session = Session(new PlannedExercise(exercise, [new TrainingSet { Reps = 5 }])) with { Name = "Strength session with a very long name" };

        var workout = FitWorkoutBuilder.Build(session, MassUnit.Kilograms);

        workout.Name.ShouldBe("8 Dec Strength session with a v");
        workout.Steps[0].Name.ShouldBe(new string('Ä', 23));
        workout.ExerciseTitles[0].Title.ShouldBe(new string('Ä', 23));
    }

    [Fact]
    public void Write_Plan_OneFilePerSession_NamedByDateAndName()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Sessions = [.. plan.Sessions, plan.Sessions[2]] };

        var files = FitWorkoutWriter.Write(plan, Created);

        files.Select(f => f.FileName).ShouldBe([
            "2026-12-08-strength-a.fit", "2026-12-11-strength-b.fit", "2026-12-15-strength-a.fit", "2026-12-15-strength-a-2.fit",
        ]);
        files.Select(f => f.Session).ShouldBe(plan.Sessions);
    }

    [Fact]
    public void Write_FileId_IsADevelopmentWorkoutCreatedAtTheGivenTime_NumberedByItsSession()
    {
        var files = FitWorkoutWriter.Write(SamplePlans.TwoWeeks(), Created);

        var fileId = FitWriterTests.Decode(files[1].Content.ToArray())[0];

        fileId.Number.ShouldBe((ushort)0);
        fileId.Fields.ShouldBe([(0, 5L), (1, 255L), (2, 0L), (4, FitTime.FromDateTime(Created)), (5, 2L)]);
    }

    [Fact]
    public void Write_Session_ReadsBackThroughOurWorkoutReader_AsBuilt()
    {
        var plan = SamplePlans.TwoWeeks();
        foreach (var file in FitWorkoutWriter.Write(plan, Created))
        {
            using var stream = new MemoryStream(file.Content.ToArray());
            var read = FitWorkoutReader.Read(file.FileName, stream);

            WorkoutSteps.ShouldMatch(read, FitWorkoutBuilder.Build(file.Session, plan.Request.Units), file.FileName);
            WorkoutSteps.Performed(read.Steps).ShouldBe(WorkoutSteps.Prescribed(file.Session), file.FileName);
        }
    }

    [Theory]
    [InlineData("full gym")]
    [InlineData("bodyweight only")]
    public void Write_Plan_ReadsBackThroughTheFitReader_AsEachSessionsExercisesAndSets(string kind)
    {
        var plan = PlanOf(kind);
        foreach (var file in FitWorkoutWriter.Write(plan, Created))
        {
            using var stream = new MemoryStream(file.Content.ToArray());
            var session = FitReader.Read(file.FileName, stream).Document.Sessions.ShouldHaveSingleItem();

            session.Exercises.Select(e => e.Name).ShouldBe(file.Session.Exercises.Select(e => e.Exercise.Name), file.FileName);
            for (var i = 0; i < session.Exercises.Count; i++)
            {
                // A set per side comes back as a set for each side, the rest after the second: the same volume. A
                // warm-up set has no rest step (loading the bar is its rest).
                var expected = file.Session.Exercises[i].Sets
                    .Select(s => s.IsWorking ? s : s with { Rest = null })
                    .SelectMany(s => s.PerSide ? new[] { s with { Rest = null }, s } : [s]);
                session.Exercises[i].Sets.Select(s => (s.Reps, s.Duration, s.Load?.Kilograms, s.Rest))
                    .ShouldBe(expected.Select(s => (s.Reps, s.Duration, s.Load is { } l ? Math.Round(l.Kilograms * 100, MidpointRounding.AwayFromZero) / 100 : (double?)null, s.Rest)),
                        $"{file.FileName} {session.Exercises[i].Name}");
            }
        }
    }

    public static readonly TheoryData<string> Plans = ["full gym", "pounds", "bodyweight only", "dumbbells and bands"];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Write_GeneratedPlan_EverySessionDecodesInGarminsSdk_ToTheStepsOfTheSession(string kind)
    {
        var plan = PlanOf(kind);
        var files = FitWorkoutWriter.Write(plan, Created);
        using var folder = new TemporaryFolder();

        files.Count.ShouldBe(plan.Sessions.Count);
        foreach (var file in files)
        {
            var bytes = file.Content.ToArray();
            var sdk = GarminSdk.Decode(folder.Write(file.FileName, bytes));

            sdk.Errors.ShouldBeEmpty(file.FileName);
            FitCrc.Compute(bytes).ShouldBe((ushort)0, file.FileName);
            var fileId = sdk.Messages("fileIdMesgs").ShouldHaveSingleItem();
            fileId.GetProperty("type").GetInt32().ShouldBe(5);
            var decoded = WorkoutSteps.FromSdk(sdk);
            sdk.Messages("workoutMesgs")[0].GetProperty("numValidSteps").GetInt32().ShouldBe(decoded.Steps.Count);
            decoded.Steps.Count.ShouldBeLessThanOrEqualTo(FitWorkoutWriter.MaxSteps);
            WorkoutSteps.ShouldMatch(decoded, FitWorkoutBuilder.Build(file.Session, plan.Request.Units), file.FileName);
            WorkoutSteps.Performed(decoded.Steps).ShouldBe(WorkoutSteps.Prescribed(file.Session), file.FileName);
            decoded.Steps.Where(s => s.ExerciseWeight is not null)
                .ShouldAllBe(s => s.WeightDisplayUnit == (plan.Request.Units == MassUnit.Pounds ? 2 : 1));
        }
    }

    [Fact]
    public void Write_PoundPlan_WeightsReadBackAsThePlannedPounds()
    {
        var plan = PlanOf("pounds");

        var weights = FitWorkoutWriter.Write(plan, Created)
            .SelectMany(f => FitWorkoutBuilder.Build(f.Session, MassUnit.Pounds).Steps)
            .Select(s => s.ExerciseWeight)
            .OfType<Load>()
            .ToList();

        weights.ShouldNotBeEmpty();
        weights.ShouldAllBe(w => Math.Abs(w.Pounds - (Math.Round(w.Pounds / 2.5) * 2.5)) < 0.02);
    }

    [Fact]
    public void Write_PlanWithMaxes_WeighsPercentSetsFromTheMaxes_AndRpeOnlySetsNot()
    {
        var plan = PlanOf("full gym");

        var squats = plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Id == "back-squat").SelectMany(e => e.Sets).ToList();
        var steps = plan.Sessions.SelectMany(s => FitWorkoutBuilder.Build(s, MassUnit.Kilograms).Steps).ToList();

        squats.ShouldAllBe(s => s.Load != null && s.PercentOneRepMax != null);
        steps.Where(s => s.ExerciseCategory == 28 && s.ExerciseName == 6).ShouldAllBe(s => s.ExerciseWeight != null);
        var bench = steps.Where(s => s.ExerciseCategory == 0 && s.ExerciseName == 1).ToList();
        bench.Where(s => s.Intensity == FitIntensity.Active).ShouldAllBe(s => s.ExerciseWeight == null && s.Notes!.Contains("RPE"));
        bench.Where(s => s.Intensity == FitIntensity.Warmup).ShouldAllBe(s => s.ExerciseWeight == null && s.Notes!.EndsWith('%'));
        bench.ShouldContain(s => s.Intensity == FitIntensity.Warmup, "the bench's ramp, by percent without a max");
    }

    internal static TrainingPlan PlanOf(string kind)
    {
        var marathoner = PlanRequestReader.Read(RepositoryFiles.PathOf("examples/plan-marathoner.yaml"), new DateOnly(2026, 12, 1));
        var home = PlanRequestReader.Read(RepositoryFiles.PathOf("examples/plan-new-lifter-5k-home.yaml"), new DateOnly(2026, 12, 1));
        var request = kind switch
        {
            "full gym" => marathoner,
            "pounds" => marathoner with { Units = MassUnit.Pounds, Weeks = 12 },
            "bodyweight only" => home with { Equipment = new HashSet<Equipment>() },
            _ => home,
        };
        return new Planner(ExerciseCatalog.Default).Plan(request);
    }

    private static PlannedSession Session(params PlannedExercise[] exercises) => new()
    {
        Name = "Test",
        Date = new DateOnly(2026, 12, 8),
        Time = TimeOfDay.Pm,
        Phase = TrainingPhase.Strength,
        EstimatedDuration = TimeSpan.FromMinutes(45),
        Exercises = exercises,
    };

    private static string Describe(FitWorkoutStep step)
    {
        if (step.DurationType == FitStepDuration.RepeatUntilStepsComplete)
        {
            return $"repeat from {step.DurationValue} x{step.TargetValue}";
        }

        var amount = step.DurationType switch
        {
            FitStepDuration.Reps => $"reps {step.DurationValue}",
            FitStepDuration.Time => $"time {step.DurationValue}",
            FitStepDuration.Distance => $"distance {step.DurationValue}",
            _ => "open",
        };
        if (step.Intensity == FitIntensity.Rest)
        {
            return $"rest: {amount}";
        }

        var parts = new List<string> { amount, $"{step.ExerciseCategory?.ToString() ?? "-"}/{step.ExerciseName?.ToString() ?? "-"}" };
        if (step.ExerciseWeight is { } weight)
        {
            parts.Add($"{Math.Round(weight.Kilograms, 2)} kg ({step.WeightDisplayUnit})");
        }

        if (step.Notes is { } notes)
        {
            parts.Add($"'{notes}'");
        }

        return $"{step.Name}: {string.Join(", ", parts)}";
    }
}
