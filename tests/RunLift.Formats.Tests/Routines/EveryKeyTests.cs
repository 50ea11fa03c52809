using RunLift.Formats.Routines;
using RunLift.Training;

namespace RunLift.Formats.Tests.Routines;

/// <summary>
/// Every key each part of the routine document allows is read into its own field: a key the format accepts
/// but no reader handles, or handles as another key, fails here.
/// </summary>
public sealed class EveryKeyTests
{
    private const string EveryKey = """
        name: Every key
        units: lb
        athlete:
          experience: advanced
          bodyweight: 150
          rehab: true
          injury: achilles
          timezone: Europe/Berlin
          maxes: { Back Squat: 300 }
        phase: power
        running:
          mon: easy 40min
        runs:
          - { date: 2026-12-08, kind: tempo, duration: 50min, time: pm }
        races:
          - { date: 2027-04-18, distance: half, priority: B, name: Spring Half }
        sessions:
          - name: Dated
            date: 2026-12-09
            time: am
            phase: taper
            duration: 45min
            estimated-minutes: 40
            note: lighter this week
            exercises:
              - exercise: Back Squat
                superset: A
                id: back-squat
                pattern: squat
                sets:
                  - { reps: 5, load: 225, rest: 2min, rpe: 8, warmup: true }
                  - { reps: 5, reps-max: 8, rest-seconds: 90, rir: 2, kind: drop }
                  - { duration: 30s, to-failure: true, per-side: true }
                  - { duration-seconds: 45, amrap: true }
                  - { distance: 20 m, load: { kg: 40 } }
                  - { reps: 3, load: { lb: 100, percent1RM: 70, rpe: 9, rir: 1, bodyweight: true, assisted: true } }
          - name: Weekly
            day: fri
            exercises:
              - name: Plank
                sets: [ { duration: 60s } ]
        weeks: []
        notes: the planner's
        plan: { weeks: 8 }
        """;

    private static readonly TrainingDocument Document = RoutineReader.Read("routine.yaml", EveryKey);

    [Fact]
    public void Routine_ReadsEachTopLevelKey()
    {
        Document.Name.ShouldBe("Every key");
        Document.Units.ShouldBe(MassUnit.Pounds);
        Document.Phase.ShouldBe(TrainingPhase.Power);
        Document.RunningWeek.ShouldHaveSingleItem().ShouldBe(new Run(RunKind.Easy) { Day = DayOfWeek.Monday, Duration = TimeSpan.FromMinutes(40) });
        Document.Sessions.Count.ShouldBe(2);
    }

    [Fact]
    public void Athlete_ReadsEachKey()
    {
        var athlete = Document.Athlete.ShouldNotBeNull();
        athlete.Experience.ShouldBe(Experience.Advanced);
        athlete.Bodyweight.ShouldBe(Load.FromPounds(150));
        athlete.Rehab.ShouldBeTrue();
        athlete.Injury.ShouldBe(InjurySite.Achilles);
        athlete.TimeZone.ShouldNotBeNull().Id.ShouldBe("Europe/Berlin");
        athlete.Maxes.ShouldBe([new KnownMax("Back Squat", Load.FromPounds(300))]);
    }

    [Fact]
    public void DatedRun_ReadsEachKey() =>
        Document.Runs.ShouldHaveSingleItem().ShouldBe(new Run(RunKind.Tempo)
        {
            Date = new DateOnly(2026, 12, 8), Duration = TimeSpan.FromMinutes(50), Time = TimeOfDay.Pm, Basis = RunKindBasis.Typed,
        });

    [Fact]
    public void Race_ReadsEachKey() =>
        Document.Races.ShouldHaveSingleItem().ShouldBe(
            new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(21.0975), RacePriority.B) { Name = "Spring Half" });

    [Fact]
    public void Session_ReadsEachKey()
    {
        var dated = Document.Sessions[0];
        dated.Name.ShouldBe("Dated");
        dated.Date.ShouldBe(new DateOnly(2026, 12, 9));
        dated.Day.ShouldBeNull();
        dated.Time.ShouldBe(TimeOfDay.Am);
        dated.Phase.ShouldBe(TrainingPhase.Taper);
        dated.Duration.ShouldBe(TimeSpan.FromMinutes(45));
        dated.Exercises.ShouldHaveSingleItem();

        var weekly = Document.Sessions[1];
        weekly.Day.ShouldBe(DayOfWeek.Friday);
        weekly.Date.ShouldBeNull();
    }

    [Fact]
    public void LongFormExercise_ReadsEachKey()
    {
        var squat = Document.Sessions[0].Exercises.ShouldHaveSingleItem();
        squat.Name.ShouldBe("Back Squat");
        squat.Superset.ShouldBe("A");
        squat.Origin.ShouldBe("routine.yaml:26");
        squat.Sets.Count.ShouldBe(6);
        Document.Sessions[1].Exercises.ShouldHaveSingleItem().Name.ShouldBe("Plank");
    }

    [Fact]
    public void LongFormSet_ReadsEachKey()
    {
        var sets = Document.Sessions[0].Exercises[0].Sets;
        sets[0].ShouldBe(new TrainingSet
        {
            Reps = 5, Load = Load.FromPounds(225), Rest = TimeSpan.FromMinutes(2), Rpe = Rpe.Of(8), Kind = SetKind.Warmup,
        });
        sets[1].ShouldBe(new TrainingSet { Reps = 5, RepsMax = 8, Rest = TimeSpan.FromSeconds(90), RepsInReserve = 2, Kind = SetKind.Drop });
        sets[2].ShouldBe(new TrainingSet { Duration = TimeSpan.FromSeconds(30), ToFailure = true, PerSide = true });
        sets[3].ShouldBe(new TrainingSet { Duration = TimeSpan.FromSeconds(45), Amrap = true });
        sets[4].ShouldBe(new TrainingSet { Distance = Distance.FromMeters(20), Load = Load.FromKilograms(40) });
    }

    [Fact]
    public void LoadMapping_ReadsEachKey() =>
        Document.Sessions[0].Exercises[0].Sets[5].ShouldBe(new TrainingSet
        {
            Reps = 3, Load = Load.FromPounds(100), PercentOneRepMax = 70, Rpe = Rpe.Of(9), RepsInReserve = 1, Bodyweight = true, Assisted = true,
        });

    [Fact]
    public void SectionKeys_ReadEveryKeyTheyAccept_AndNameThemAllForAnUnknownOne()
    {
        var keys = new SectionKeys<List<string>>(
            "a test",
            EmptyValues.Skipped,
            ("one", (_, read, _, _) => [.. read, "one"]),
            ("two-words", (_, read, _, _) => [.. read, "two-words"]));
        var context = new RoutineContext(new Yaml("test.yaml"));

        keys.Read(context, context.Yaml.Mapping(context.Yaml.Load("{ twoWords: 2, one: 1 }")!, "a test"), [])
            .ShouldBe(["two-words", "one"]);
        var unknown = Should.Throw<InputException>(() => keys.Read(context, context.Yaml.Mapping(context.Yaml.Load("three: 3")!, "a test"), []));
        (unknown.Line, unknown.Column).ShouldBe((1, 1));
        unknown.Reason.ShouldBe("unknown key 'three' in a test; expected one of: one, two-words");
    }

    [Fact]
    public void SectionKeys_RejectTwoSpellingsOfOneKey() =>
        Should.Throw<ArgumentException>(() => new SectionKeys<int>(
            "a test", EmptyValues.Skipped, ("to-failure", (_, n, _, _) => n), ("toFailure", (_, n, _, _) => n)));
}
