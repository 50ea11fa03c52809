using System.Text;
using CsCheck;
using RunLift.Training;

namespace RunLift.Formats.Tests;

/// <summary>Generated routines parse to what was written; mutated or random input only ever fails as an InputException.</summary>
public sealed class PropertyTests
{
    private static readonly string[] Names =
    [
        "Back Squat", "Romanian Deadlift", "Step-Up", "Cable 1-Arm Face Pull", "Dumbbell Press on Stability Ball",
        "Squat (Barbell)", "21s Curl", "Single-Leg Deadlift on Wobble Board", "Pull-Up", "Calf Raise",
    ];

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private sealed record GeneratedGroup(int Sets, int Reps, int? RepsMax, int? Seconds, string? Load, TrainingSet Expected);

    private static readonly Gen<(string Text, TrainingSet Set)> LoadGen = Gen.OneOf(
        Gen.Const(("", new TrainingSet())),
        Gen.Int[1, 300].Select(kg => ($" @ {kg} kg", new TrainingSet { Load = Load.FromKilograms(kg) })),
        Gen.Int[1, 500].Select(lb => ($" @ {lb}lb", new TrainingSet { Load = Load.FromPounds(lb) })),
        Gen.Int[30, 100].Select(p => ($" @ {p}%", new TrainingSet { PercentOneRepMax = p })),
        Gen.Int[6, 9].Select(r => ($" @ RPE {r}", new TrainingSet { Rpe = Rpe.Of(r) })),
        Gen.Int[1, 50].Select(kg => ($" @ bw+{kg}kg", new TrainingSet { Bodyweight = true, Load = Load.FromKilograms(kg) })));

    private static readonly Gen<(string Text, TrainingSet Set)> RepsGen = Gen.OneOf(
        Gen.Int[1, 30].Select(r => ($"{r}", new TrainingSet { Reps = r })),
        Gen.Select(Gen.Int[1, 15], Gen.Int[0, 5], (r, d) => ($"{r}-{r + d}", new TrainingSet { Reps = r, RepsMax = r + d })),
        Gen.Int[5, 120].Select(s => ($"{s}s", new TrainingSet { Duration = TimeSpan.FromSeconds(s) })),
        Gen.Const(("AMRAP", new TrainingSet { Amrap = true })));

    private static readonly Gen<(string Text, int Count, TrainingSet Set)> GroupGen =
        Gen.Select(Gen.Int[1, 6], RepsGen, LoadGen, Gen.Int[0, 300], Gen.Bool, (sets, reps, load, rest, failure) =>
        {
            var text = $"{sets}x{reps.Text}{load.Text}";
            var set = reps.Set with { Load = load.Set.Load, PercentOneRepMax = load.Set.PercentOneRepMax, Rpe = load.Set.Rpe, Bodyweight = load.Set.Bodyweight };
            if (rest > 0)
            {
                text += $" rest {rest}s";
                set = set with { Rest = TimeSpan.FromSeconds(rest) };
            }

            if (failure)
            {
                text += " to failure";
                set = set with { ToFailure = true };
            }

            return (text, sets, set);
        });

    private static readonly Gen<(string Line, string Name, TrainingSet[] Sets)> ExerciseGen =
        Gen.Select(Gen.OneOf(Names), GroupGen.Array[1, 3], (name, groups) =>
            ($"{name} {string.Join(", ", groups.Select(g => g.Text))}", name, groups.SelectMany(g => Enumerable.Repeat(g.Set, g.Count)).ToArray()));

    private static readonly Gen<(string Day, (string Line, string Name, TrainingSet[] Sets)[] Exercises)[]> RoutineGen =
        Gen.Select(Gen.OneOf(Days), ExerciseGen.Array[0, 6], (day, exercises) => (day, exercises)).Array[1, 5];

    private static string Render((string Day, (string Line, string Name, TrainingSet[] Sets)[] Exercises)[] sessions)
    {
        var yaml = new StringBuilder("units: kg\nsessions:\n");
        foreach (var (day, exercises) in sessions)
        {
            yaml.Append($"  - day: {day}\n    exercises:\n");
            if (exercises.Length == 0)
            {
                yaml.Append("      []\n");
            }

            foreach (var exercise in exercises)
            {
                yaml.Append($"      - {exercise.Line}\n");
            }
        }

        return yaml.ToString();
    }

    [Fact]
    public void GeneratedRoutines_ParseToWhatWasWritten() =>
        RoutineGen.Sample(
            sessions =>
            {
                var doc = Read.Text(Render(sessions));
                doc.Sessions.Count.ShouldBe(sessions.Length);
                for (var i = 0; i < sessions.Length; i++)
                {
                    var session = doc.Sessions[i];
                    session.Exercises.Count.ShouldBe(sessions[i].Exercises.Length);
                    for (var j = 0; j < session.Exercises.Count; j++)
                    {
                        session.Exercises[j].Name.ShouldBe(sessions[i].Exercises[j].Name);
                        session.Exercises[j].Sets.ShouldBe(sessions[i].Exercises[j].Sets);
                    }
                }
            },
            iter: 2000,
            print: Render);

    private static readonly string[] Valid =
    [
        Routines.FormatsDocumentTests.Example,
        "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n"
            + "\"Lower\",\"15 Sep 2025, 07:48\",\"15 Sep 2025, 09:13\",\"\",\"Squat (Barbell)\",,\"\",0,\"warmup\",60,5,,0,\n"
            + "\"Lower\",\"15 Sep 2025, 07:48\",\"15 Sep 2025, 09:13\",\"\",\"Squat (Barbell)\",0,\"\",1,\"failure\",100,5,0.5,30,9.5\n",
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            + "2024-11-28 17:36:08,\"B\",1h 3m,\"Squat (Barbell)\",W,60.0,5.0,0,0.0,,,\n"
            + "2024-11-28 17:36:08,\"B\",1h 3m,\"Squat (Barbell)\",1,149.99999999999997,5.0,0,0.0,,,8\n",
        "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\";\"RPE\"\n"
            + "\"1\";\"2025-03-10 07:02:11\";\"Push\";\"3720\";\"Bench Press (Barbell)\";\"1\";\"80\";\"5\";\"0\";\"0\";\"\";\"\";\"8\"\n"
            + "\"1\";\"2025-03-10 07:02:11\";\"Push\";\"3720\";\"Bench Press (Barbell)\";\"Rest Timer\";\"0\";\"0\";\"0\";\"120\";\"\";\"\";\"\"\n",
    ];

    private const string Interesting = " \n\t:,;-\"'{}[]@x%/#&*!|>0123456789.kgmsbwRPEIa";

    private static readonly Gen<string> MutationGen =
        Gen.Select(Gen.OneOf(Valid), Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[0, Interesting.Length - 1], Gen.Int[1, 3], (k, w, c, n) => (k, w, c, n)).Array[1, 4], (text, edits) =>
        {
            var builder = new StringBuilder(text);
            foreach (var (kind, where, what, length) in edits)
            {
                var at = (int)(where * builder.Length);
                switch (kind)
                {
                    case 0 when builder.Length > 0:
                        builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(length, builder.Length - Math.Min(at, builder.Length - 1)));
                        break;
                    case 1:
                        builder.Insert(at, new string(Interesting[what], length));
                        break;
                    default:
                        if (at < builder.Length)
                        {
                            builder[at] = Interesting[what];
                        }

                        break;
                }
            }

            return builder.ToString();
        });

    private static void OnlyInputExceptions(string text)
    {
        try
        {
            Read.Text(text);
        }
        catch (InputException e)
        {
            e.Message.ShouldStartWith("routine.yaml");
        }
    }

    [Fact]
    public void MutatedInput_FailsOnlyWithInputException() => MutationGen.Sample(OnlyInputExceptions, iter: 5000);

    [Fact]
    public void RandomStrings_FailOnlyWithInputException() =>
        Gen.String[Gen.Char[' ', '~'], 0, 200].Sample(OnlyInputExceptions, iter: 5000);

    [Fact]
    public void RandomBytes_FailOnlyWithInputException() =>
        Gen.Byte.Array[0, 300].Sample(
            bytes =>
            {
                try
                {
                    TrainingFiles.Read("x", new MemoryStream(bytes));
                }
                catch (InputException)
                {
                }
            },
            iter: 3000);
}
