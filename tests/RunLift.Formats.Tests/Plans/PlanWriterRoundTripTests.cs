using System.Text;
using CsCheck;
using RunLift.Catalog;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>parse(print(plan)) == plan.ToDocument() for the YAML and JSON writers (architecture.md, property tests).</summary>
public sealed class PlanWriterRoundTripTests
{
    [Fact]
    public void Yaml_ReadsBackAsThePlansDocument()
    {
        var plan = SamplePlans.TwoWeeks();

        var read = Read.Text(PlanYamlWriter.ToYaml(plan), "plan.yaml");

        RoundTrip.ShouldMatch(read, plan.ToDocument());
        read.Athlete.ShouldNotBeNull().Maxes.Select(m => (m.Exercise, m.OneRepMax.Kilograms)).ShouldBe([("Back Squat", 120.0), ("Deadlift", 140.0)]);
        read.Athlete.Experience.ShouldBe(Experience.Intermediate);
        read.Athlete.Bodyweight.ShouldBe(Load.FromKilograms(62));
    }

    [Fact]
    public void Json_ReadsBackAsThePlansDocument()
    {
        var plan = SamplePlans.TwoWeeks();

        var read = Read.Text(PlanJsonWriter.ToJson(plan), "plan.json");

        RoundTrip.ShouldMatch(read, plan.ToDocument());
        read.Athlete.ShouldNotBeNull().Maxes.Count.ShouldBe(2);
    }

    [Fact]
    public void Yaml_InPounds_ReadsBackWithinAHundredthOfAKilogram()
    {
        var plan = SamplePlans.TwoWeeks(MassUnit.Pounds);

        var yaml = PlanYamlWriter.ToYaml(plan);

        yaml.ShouldContain("units: lb");
        yaml.ShouldContain("Back Squat 1x5 @ 198.42 lb rest 3min, 3x5 @ 225.97 lb rest 3min");
        RoundTrip.ShouldMatch(Read.Text(yaml, "plan.yaml"), plan.ToDocument());
    }

    [Fact]
    public void Yaml_WritesTheShortFormAndThePlansOwnSections()
    {
        var yaml = PlanYamlWriter.ToYaml(SamplePlans.TwoWeeks());

        yaml.ShouldContain("- Back Squat 1x5 @ 90 kg rest 3min, 3x5 @ 102.5 kg rest 3min\n");
        yaml.ShouldContain("- Step-Up 3x6/side @ RPE 7 rest 90s\n");
        yaml.ShouldContain("- Pull-Up 3x5 @ bw+10 kg rest 2min\n");
        yaml.ShouldContain("- Plank 2x45s rest 1min\n");
        yaml.ShouldContain("- Calf Raise 3x8-10 @ 60 kg rest 1min\n");
        yaml.ShouldContain("- 2026-12-08 intervals 1h am\n");
        yaml.ShouldContain("- {start: 2026-12-14, phase: strength, deload: true}");
        yaml.ShouldContain("notes:\n- Add 2.5 kg");
        yaml.ShouldNotContain("...");
    }

    [Fact]
    public void Json_WritesEverySetExplicitly()
    {
        var json = System.Text.Json.JsonDocument.Parse(PlanJsonWriter.ToJson(SamplePlans.TwoWeeks())).RootElement;

        var session = json.GetProperty("sessions")[0];
        session.GetProperty("estimatedMinutes").GetInt32().ShouldBe(52);
        var squat = session.GetProperty("exercises")[1];
        squat.GetProperty("id").GetString().ShouldBe("back-squat");
        squat.GetProperty("pattern").GetString().ShouldBe("squat");
        var set = squat.GetProperty("sets")[1];
        set.GetProperty("reps").GetInt32().ShouldBe(5);
        set.GetProperty("load").GetProperty("kg").GetDouble().ShouldBe(102.5);
        set.GetProperty("load").TryGetProperty("rpe", out _).ShouldBeFalse();
        set.GetProperty("restSeconds").GetDouble().ShouldBe(180);
        set.GetProperty("toFailure").GetBoolean().ShouldBeFalse();
        set.GetProperty("perSide").GetBoolean().ShouldBeFalse();
        var plank = session.GetProperty("exercises")[6].GetProperty("sets")[0];
        plank.GetProperty("durationSeconds").GetDouble().ShouldBe(45);
        json.GetProperty("weeks")[1].GetProperty("deload").GetBoolean().ShouldBeTrue();
        json.GetProperty("notes").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData(MassUnit.Kilograms)]
    [InlineData(MassUnit.Pounds)]
    public void APlannersPlan_WithItsWarmUps_ReadsBackFromYamlAndJson_WarmUpsStillWarmUps(MassUnit units)
    {
        var request = PlanRequestReader.Read(RepositoryFiles.PathOf("examples/plan-marathoner.yaml"), new DateOnly(2026, 12, 1)) with { Units = units };
        var plan = new Planner(ExerciseCatalog.Default).Plan(request);
        plan.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).ShouldContain(set => set.Kind == SetKind.Warmup);

        var yaml = PlanYamlWriter.ToYaml(plan);

        yaml.ShouldContain(" warm-up, ");
        RoundTrip.ShouldMatch(Read.Text(yaml, "plan.yaml"), plan.ToDocument());
        RoundTrip.ShouldMatch(Read.Text(PlanJsonWriter.ToJson(plan), "plan.json"), plan.ToDocument());
    }

    [Fact]
    public void Yaml_QuotesNamesThatWouldOtherwiseBeYaml()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Sessions = [.. plan.Sessions.Select((s, i) => s with { Name = i switch { 0 => "Strength A: heavy", 1 => "#2 'quoted' \"both\"", _ => "- [x] {y}" } })] };

        RoundTrip.ShouldMatch(Read.Text(PlanYamlWriter.ToYaml(plan), "plan.yaml"), plan.ToDocument());
        RoundTrip.ShouldMatch(Read.Text(PlanJsonWriter.ToJson(plan), "plan.json"), plan.ToDocument());
    }

    private static readonly Exercise[] Exercises = [.. ExerciseCatalog.Default.Exercises];

    private static readonly Gen<TrainingSet> SetGen =
        Gen.Select(
            Gen.Int[0, 4], Gen.Int[1, 20], Gen.Int[0, 5], Gen.Int[0, 4], Gen.Int[1, 30_000], Gen.Int[0, 300], Gen.Bool, Gen.Int[0, 4],
            (repsKind, reps, extra, loadKind, hundredths, rest, perSide, effort) =>
            {
                var set = repsKind switch
                {
                    0 => new TrainingSet { Reps = reps },
                    1 => new TrainingSet { Reps = reps, RepsMax = reps + extra + 1 },
                    2 => new TrainingSet { Duration = TimeSpan.FromSeconds(reps * 5) },
                    3 => new TrainingSet { Distance = Distance.FromMeters(reps * 5) },
                    _ => new TrainingSet { Amrap = true },
                };
                var load = Load.FromKilograms(hundredths / 100.0 + 0.5);
                set = loadKind switch
                {
                    0 => set,
                    1 => set with { Load = load },
                    2 => set with { Bodyweight = true },
                    3 => set with { Bodyweight = true, Load = load, Assisted = perSide },
                    _ => set with { PercentOneRepMax = 30 + (hundredths % 90) },
                };
                set = effort switch
                {
                    1 => set with { Rpe = Rpe.Of(5 + (extra / 2.0)) },
                    2 => set with { RepsInReserve = extra },
                    3 => set with { Rpe = Rpe.Of(7.5), RepsInReserve = 2 },
                    4 => set with { ToFailure = true },
                    _ => set,
                };
                set = set with { ToFailure = set.ToFailure || set.Rpe?.Value >= 10 || set.RepsInReserve == 0 };
                // Every fifth a warm-up set, as plans ramp up to their main lifts.
                return set with { PerSide = perSide, Rest = rest == 0 ? null : TimeSpan.FromSeconds(rest), Kind = hundredths % 5 == 0 ? SetKind.Warmup : SetKind.Working };
            });

    private static readonly Gen<PlannedExercise> ExerciseGen =
        Gen.Select(Gen.Int[0, Exercises.Length - 1], SetGen.Array[1, 3], Gen.Int[1, 4],
            (i, sets, repeat) => new PlannedExercise(Exercises[i], [.. sets.SelectMany(s => Enumerable.Repeat(s, repeat))]));

    private static readonly string[] SessionNames = ["Strength A", "Power B", "Taper", "A: heavy", "#1 'lift'", "Ünïcødé – day"];

    private static readonly Gen<PlannedSession> SessionGen =
        Gen.Select(Gen.OneOf(SessionNames), Gen.Int[0, 400], Gen.Int[0, 2], Gen.Int[0, 1439], Gen.Enum<TrainingPhase>(), ExerciseGen.Array[0, 6], Gen.Int[20, 60],
            (name, day, timeKind, minute, phase, exercises, minutes) => new PlannedSession
            {
                Name = name,
                Date = SamplePlans.Start.AddDays(day),
                Time = timeKind switch { 0 => TimeOfDay.Am, 1 => TimeOfDay.Pm, _ => TimeOfDay.At(new TimeOnly(minute / 60, minute % 60)) },
                Phase = phase,
                Exercises = exercises,
                EstimatedDuration = TimeSpan.FromMinutes(minutes),
            });

    internal static readonly Gen<TrainingPlan> PlanGen =
        Gen.Select(SessionGen.Array[0, 8], Gen.Bool, (sessions, pounds) => SamplePlans.TwoWeeks(pounds ? MassUnit.Pounds : MassUnit.Kilograms) with
        {
            Sessions = [.. sessions.OrderBy(s => s.Date)],
        });

    [Fact]
    public void Yaml_GeneratedPlans_ReadBack() =>
        PlanGen.Sample(plan => RoundTrip.ShouldMatch(Read.Text(PlanYamlWriter.ToYaml(plan), "plan.yaml"), plan.ToDocument()), iter: 300);

    [Fact]
    public void Json_GeneratedPlans_ReadBack() =>
        PlanGen.Sample(plan => RoundTrip.ShouldMatch(Read.Text(PlanJsonWriter.ToJson(plan), "plan.json"), plan.ToDocument()), iter: 300);

    [Fact]
    public void Json_StreamAndTextAgree()
    {
        var plan = SamplePlans.TwoWeeks();
        using var stream = new MemoryStream();

        PlanJsonWriter.Write(plan, stream);

        (Encoding.UTF8.GetString(stream.ToArray()) + "\n").ReplaceLineEndings("\n").ShouldBe((PlanJsonWriter.ToJson(plan) + "\n").ReplaceLineEndings("\n"));
    }
}
