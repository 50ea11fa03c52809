using RunLift.Training;

namespace RunLift.Formats.Tests.Routines;

/// <summary>formats.md §1: the whole example document, as printed there.</summary>
public sealed class FormatsDocumentTests
{
    internal const string Example = """
        name: Winter base routine            # optional
        units: kg                            # unit for bare numbers: kg (default) | lb
        athlete:                             # optional
          experience: intermediate           # new | novice | intermediate | advanced (lifting experience)
          bodyweight: 62 kg
          rehab: false                       # true while rehabilitating an injury
          maxes:                             # optional: a 1RM, or a recent set "REPS x LOAD"
            Back Squat: 100 kg
            Deadlift: 5 x 110 kg
        phase: strength                      # optional: adaptation | strength | power | maintenance | taper | off-season
        running:                             # optional: the running week; kinds: rest easy recovery long intervals
          mon: easy 40min                    #   tempo threshold hills fartlek race-pace race; duration optional
          tue: intervals 60min am            #   am | pm | HH:MM: time of day, to order it against a lift that day
          thu: tempo 50min
          sat: easy 30min
          sun: long 2h
        runs:                                # optional, for logs and plans: dated runs
          - 2026-12-08 intervals 60min am
        races:                               # optional
          - date: 2027-04-18
            distance: marathon               # 5k | 10k | half | marathon | ultra | "42.2 km" | "3 mi"
            priority: A                      # A | B | C
        sessions:
          - name: Strength A
            day: tue                         # mon..sun for a weekly routine, or
            # date: 2026-12-08               # a date (log or plan)
            time: pm                         # optional: am | pm | HH:MM
            phase: strength                  # optional, per session (plans)
            duration: 50min                  # optional: recorded or intended; estimated when absent
            exercises:
              - Back Squat 4x5 @ 80% rest 3min
              - Romanian Deadlift 3x6 @ 90 kg rest 2min
              - Step-Up 3x6/side @ RPE 8
              - Box Jump 3x5
              - Pull-Up 3x5 @ bw+10kg
              - Pallof Press 2x10/side
              - Calf Raise 3x8 @ 60 kg
              - Leg Extension 3x12 to failure
              - exercise: Deadlift            # the long form, one entry per set
                sets:
                  - { reps: 5, load: 100 kg, rest: 3min }
                  - { reps: 5, load: 110 kg, rest: 3min, rpe: 8 }
        """;

    [Fact]
    public void Example_ReadsEverySection()
    {
        var doc = Read.Text(Example);

        doc.Sources.ShouldBe(["routine.yaml"]);
        doc.Name.ShouldBe("Winter base routine");
        doc.Units.ShouldBe(MassUnit.Kilograms);
        doc.Phase.ShouldBe(TrainingPhase.Strength);
        doc.Athlete.ShouldNotBeNull();
        doc.Athlete.Experience.ShouldBe(Experience.Intermediate);
        doc.Athlete.Bodyweight.ShouldBe(Load.FromKilograms(62));
        doc.Athlete.Rehab.ShouldBeFalse();
        doc.Athlete.Maxes.Count.ShouldBe(2);
        doc.Athlete.Maxes[0].ShouldBe(new KnownMax("Back Squat", Load.FromKilograms(100)));
        doc.Athlete.Maxes[1].Exercise.ShouldBe("Deadlift");
        doc.Athlete.Maxes[1].OneRepMax.Kilograms.ShouldBe(110 / 0.863, 1e-9, "5 x 110 kg is a 5-rep max: 86.3 % on the RTS table");

        doc.RunningWeek.Select(r => (r.Day, r.Kind, r.Duration)).ShouldBe(
        [
            (DayOfWeek.Monday, RunKind.Easy, TimeSpan.FromMinutes(40)),
            (DayOfWeek.Tuesday, RunKind.Intervals, TimeSpan.FromMinutes(60)),
            (DayOfWeek.Thursday, RunKind.Tempo, TimeSpan.FromMinutes(50)),
            (DayOfWeek.Saturday, RunKind.Easy, TimeSpan.FromMinutes(30)),
            (DayOfWeek.Sunday, RunKind.Long, TimeSpan.FromHours(2)),
        ]);
        doc.RunningWeek[1].Time.ShouldBe(TimeOfDay.Am);

        doc.Runs.ShouldHaveSingleItem().ShouldBe(new Run(RunKind.Intervals)
        {
            Date = new DateOnly(2026, 12, 8), Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am, Basis = RunKindBasis.Typed,
        });
        doc.Races.ShouldHaveSingleItem().ShouldBe(new Race(new DateOnly(2027, 4, 18), Distance.FromKilometers(42.195), RacePriority.A));

        var session = doc.Sessions.ShouldHaveSingleItem();
        session.Name.ShouldBe("Strength A");
        session.Day.ShouldBe(DayOfWeek.Tuesday);
        session.Date.ShouldBeNull();
        session.Time.ShouldBe(TimeOfDay.Pm);
        session.Phase.ShouldBe(TrainingPhase.Strength);
        session.Duration.ShouldBe(TimeSpan.FromMinutes(50));
        session.Exercises.Select(e => (e.Name, e.Sets.Count)).ShouldBe(
        [
            ("Back Squat", 4), ("Romanian Deadlift", 3), ("Step-Up", 3), ("Box Jump", 3), ("Pull-Up", 3),
            ("Pallof Press", 2), ("Calf Raise", 3), ("Leg Extension", 3), ("Deadlift", 2),
        ]);
        session.Exercises[0].Origin.ShouldBe("routine.yaml:31");
        session.Exercises[0].Sets[0].ShouldBe(new TrainingSet { Reps = 5, PercentOneRepMax = 80, Rest = TimeSpan.FromMinutes(3) });
        session.Exercises[8].Origin.ShouldBe("routine.yaml:39");
        session.Exercises[8].Sets[1].ShouldBe(new TrainingSet
        {
            Reps = 5, Load = Load.FromKilograms(110), Rest = TimeSpan.FromMinutes(3), Rpe = Rpe.Of(8),
        });
        doc.IsDated.ShouldBeFalse();
    }

    [Fact]
    public void Example_AsJson_ReadsTheSame()
    {
        const string json = """
            {
            	"name": "Winter base routine",
            	"units": "kg",
            	"athlete": { "experience": "intermediate", "bodyweight": "62 kg", "maxes": { "Back Squat": "100 kg", "Deadlift": "5 x 110 kg" } },
            	"running": { "mon": "easy 40min", "tue": "intervals 60min am" },
            	"races": [ { "date": "2027-04-18", "distance": "marathon", "priority": "A" } ],
            	"sessions": [
            		{ "name": "Strength A", "date": "2026-12-08", "phase": "strength", "estimatedMinutes": 48,
            		  "exercises": [
            			"Back Squat 4x5 @ 80% rest 3min",
            			{ "exercise": "Deadlift", "id": "deadlift", "pattern": "hinge",
            			  "sets": [ { "reps": 5, "load": { "kg": 100, "percent1RM": null, "rpe": null, "rir": null }, "restSeconds": 180, "toFailure": false, "perSide": false } ] }
            		  ] }
            	]
            }
            """;

        var doc = Read.Text(json, "plan.json");

        doc.Athlete!.Maxes.Count.ShouldBe(2);
        doc.RunningWeek.Count.ShouldBe(2);
        var session = doc.Sessions.ShouldHaveSingleItem();
        session.Date.ShouldBe(new DateOnly(2026, 12, 8));
        doc.IsDated.ShouldBeTrue();
        session.Exercises[0].Sets.Count.ShouldBe(4);
        session.Exercises[1].Sets.ShouldHaveSingleItem().ShouldBe(new TrainingSet
        {
            Reps = 5, Load = Load.FromKilograms(100), Rest = TimeSpan.FromSeconds(180),
        });
    }

    [Fact]
    public void Read_Path_ReadsAFileAndNamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"runlift-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Example);
        try
        {
            TrainingFiles.Read(path).Sources.ShouldBe([path]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_IsAnInputException()
    {
        var e = Should.Throw<InputException>(() => TrainingFiles.Read("/nonexistent/routine.yaml"));
        e.Message.ShouldBe("/nonexistent/routine.yaml: no such file");
        e.Line.ShouldBe(0);
    }
}
