using System.Text;
using CsCheck;
using RunLift.Formats.Csv;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Formats.Tests.Csv;

/// <summary>A log written as a Strong CSV export reads back as the same log: sessions, exercises and sets.</summary>
public sealed class StrongCsvWriterTests
{
    private static readonly Gen<string> NameGen = Gen.Char["abcXYZ ;,\"'\n()-1éß"].Array[1, 12].Select(c => new string(c));

    private static readonly Gen<TrainingSet> SetGen = Gen.Select(
        Gen.Int[0, 4],
        Gen.Int[0, 30].Nullable(),
        Gen.Int[1, 400_000].Select(grams => Load.FromKilograms(grams / 1000.0)).Nullable(),
        Gen.Int[2, 20].Select(half => Rpe.Of(half / 2.0)).Nullable(),
        Gen.Int[1, 86_400].Select(s => TimeSpan.FromSeconds(s)).Nullable(),
        Gen.Double[0.1, 10_000].Select(Distance.FromMeters).Nullable(),
        Gen.Int[1, 86_400].Select(s => TimeSpan.FromSeconds(s)).Nullable(),
        (kind, reps, load, rpe, duration, distance, rest) => new TrainingSet
        {
            // 0–2: a working set, 3: a set to failure (always a working set in Strong), 4: a warm-up or drop set.
            Kind = kind == 4 ? (reps % 2 == 0 ? SetKind.Warmup : SetKind.Drop) : SetKind.Working,
            ToFailure = kind == 3,
            Reps = reps,
            Load = load,
            Rpe = rpe,
            Duration = duration,
            Distance = distance,
            Rest = rest,
        });

    private static readonly Gen<TrainingSession> SessionGen = Gen.Select(
        NameGen,
        Gen.DateOnly[new DateOnly(2015, 1, 1), new DateOnly(2030, 12, 31)],
        Gen.Int[1, 86_399].Select(s => TimeOfDay.At(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(s)))).Nullable(),
        Gen.Int[1, 86_400].Select(s => TimeSpan.FromSeconds(s)).Nullable(),
        Gen.Select(NameGen, SetGen.Array[1, 6]).Array[1, 6],
        (name, date, time, duration, exercises) => new TrainingSession
        {
            Name = name,
            Date = date,
            Time = time,
            Duration = duration,

            // Strong rows name the exercise on every set: two entries of one exercise in a row read as one.
            Exercises = [.. exercises.Where((e, i) => i == 0 || e.Item1 != exercises[i - 1].Item1).Select(e => new ExerciseEntry(e.Item1, e.Item2))],
        });

    [Fact]
    public void GeneratedLogs_ReadBackUnchanged()
    {
        SessionGen.Array[1, 8].Sample(sessions =>
        {
            var log = new TrainingDocument { Sessions = [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Time?.Time)] };

            var read = RoundTrip(log);

            Shape(read).ShouldBe(Shape(log));
        });
    }

    [Fact]
    public void StrongFixture_ReadsBackAsItWasRead()
    {
        var log = TrainingFiles.Read(SharedFiles.Path("fixtures/csv/sample_strong.csv"));

        Shape(RoundTrip(log)).ShouldBe(Shape(log));
    }

    [Fact]
    public void HevyFixture_KeepsEverythingStrongHasAPlaceFor()
    {
        var log = TrainingFiles.Read(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));

        var read = RoundTrip(log);

        read.Sessions.Count.ShouldBe(log.Sessions.Count);
        Shape(read).ShouldBe(Shape(log));
    }

    [Fact]
    public void Write_QuotesEveryFieldAndPutsRestOnItsOwnRow()
    {
        var log = new TrainingDocument
        {
            Sessions =
            [
                new TrainingSession
                {
                    Name = "Leg \"day\"; heavy",
                    Date = new DateOnly(2026, 3, 3),
                    Time = TimeOfDay.At(new TimeOnly(18, 5, 9)),
                    Duration = TimeSpan.FromMinutes(45),
                    Exercises =
                    [
                        new ExerciseEntry("Squat (Barbell)", [
                            new TrainingSet { Kind = SetKind.Warmup, Reps = 5, Load = Load.FromKilograms(40) },
                            new TrainingSet { Reps = 5, Load = Load.FromKilograms(100.5), Rpe = Rpe.Of(8.5), Rest = TimeSpan.FromMinutes(3) },
                        ]),
                        new ExerciseEntry("Pull Up", [new TrainingSet { Reps = 8, ToFailure = true }]),
                    ],
                },
                new TrainingSession { Name = "Core", Date = new DateOnly(2026, 3, 4), Exercises = [new ExerciseEntry("Plank", [new TrainingSet { Duration = TimeSpan.FromSeconds(60) }])] },
            ],
        };
        using var text = new StringWriter();

        StrongCsvWriter.Write(text, log, ["felt good", null]);

        text.ToString().ShouldBe(
            "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"\n" +
            "\"1\";\"2026-03-03 18:05:09\";\"Leg \"\"day\"\"; heavy\";\"2700\";\"Squat (Barbell)\";\"W\";\"40\";\"5\";\"\";\"\";\"\";\"\";\"felt good\"\n" +
            "\"1\";\"2026-03-03 18:05:09\";\"Leg \"\"day\"\"; heavy\";\"2700\";\"Squat (Barbell)\";\"1\";\"100.5\";\"5\";\"8.5\";\"\";\"\";\"\";\"felt good\"\n" +
            "\"1\";\"2026-03-03 18:05:09\";\"Leg \"\"day\"\"; heavy\";\"2700\";\"Squat (Barbell)\";\"Rest Timer\";\"\";\"\";\"\";\"\";\"180\";\"\";\"felt good\"\n" +
            "\"1\";\"2026-03-03 18:05:09\";\"Leg \"\"day\"\"; heavy\";\"2700\";\"Pull Up\";\"F\";\"0\";\"8\";\"\";\"\";\"\";\"\";\"felt good\"\n" +
            "\"2\";\"2026-03-04 00:00:00\";\"Core\";\"\";\"Plank\";\"1\";\"0\";\"\";\"\";\"\";\"60\";\"\";\"\"\n");
    }

    [Fact]
    public void Write_UndatedSession_IsRefused()
    {
        var routine = new TrainingDocument { Sessions = [new TrainingSession { Name = "A", Day = DayOfWeek.Monday }] };

        Should.Throw<ArgumentException>(() => StrongCsvWriter.Write(TextWriter.Null, routine));
    }

    private static TrainingDocument RoundTrip(TrainingDocument log)
    {
        using var text = new StringWriter();
        StrongCsvWriter.Write(text, log);
        return TrainingFiles.Read("strong.csv", new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>What a Strong export holds of a log, loads to the gram (the reader's precision), times to the second.</summary>
    private static List<string> Shape(TrainingDocument log) =>
    [
        .. log.Sessions.Select(s =>
            $"{s.Name}|{s.Date:yyyy-MM-dd}|{s.Time?.Time:HH:mm:ss}|{Seconds(s.Duration)}|" +
            string.Join("|", Merged(s.Exercises).Select(e =>
                $"{e.Name}: " + string.Join(", ", e.Sets.Select(set =>
                    $"{set.Kind}/{set.ToFailure && set.Kind == SetKind.Working}/{set.Reps}/{Grams(set.Load)}/{set.Rpe?.Value}/{Seconds(set.Duration)}/" +
                    $"{set.Distance?.Meters:R}/{Seconds(set.Rest)}"))))),
    ];

    /// <summary>Consecutive entries of one exercise, as a Strong export (one row per set, named) reads them.</summary>
    private static IEnumerable<(string Name, List<TrainingSet> Sets)> Merged(IEnumerable<ExerciseEntry> exercises)
    {
        (string Name, List<TrainingSet> Sets)? current = null;
        foreach (var exercise in exercises)
        {
            if (current is { } open && open.Name == exercise.Name)
            {
                open.Sets.AddRange(exercise.Sets);
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = (exercise.Name, [.. exercise.Sets]);
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static long? Grams(Load? load) => load is { Kilograms: > 0 } l ? (long)Math.Round(l.Kilograms * 1000) : null;

    private static long? Seconds(TimeSpan? time) => time is { } t && Math.Round(t.TotalSeconds) > 0 ? (long)Math.Round(t.TotalSeconds) : null;

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Squat\")")]
    [InlineData("+1 Back Squat")]
    [InlineData("-Deadlift")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tBench")]
    [InlineData("'quoted")]
    public void NamesASpreadsheetWouldRunAsFormulas_AreWrittenAsText_AndReadBackUnchanged(string name)
    {
        var log = new TrainingDocument
        {
            Sessions =
            [
                new TrainingSession
                {
                    Name = name,
                    Date = new DateOnly(2026, 11, 2),
                    Exercises = [new ExerciseEntry(name, [new TrainingSet { Reps = 5, Load = Load.FromKilograms(100) }])],
                },
            ],
        };
        using var csv = new StringWriter();

        StrongCsvWriter.Write(csv, log);

        var cells = csv.ToString().Split('\n')[1].Split(';');
        cells[2].ShouldBe("\"'" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        cells[4].ShouldBe(cells[2]);
        var read = TrainingFiles.Read("strong.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv.ToString()))).Sessions.Single();
        read.Name.ShouldBe(name);
        read.Exercises.Single().Name.ShouldBe(name);
    }
}
