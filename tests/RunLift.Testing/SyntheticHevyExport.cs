using System.Globalization;
using System.Text;

namespace RunLift.Testing;

/// <summary>
/// Writes a Hevy-format CSV export of a long, realistic training history (a push/pull/legs lifter, four
/// sessions a week, warm-ups, failure sets, RPE), for benchmarks and scale tests. Deterministic for a seed.
/// </summary>
public static class SyntheticHevyExport
{
    private const string Header = "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"";

    private static readonly (string Title, (string Name, double Kg)[] Exercises)[] Days =
    [
        ("Push", [("Bench Press (Barbell)", 80), ("Incline Bench Press (Dumbbell)", 30), ("Shoulder Press (Dumbbell)", 24), ("Lateral Raise (Dumbbell)", 10), ("Triceps Pushdown", 30), ("Chest Fly (Machine)", 50)]),
        ("Pull", [("Pull Up", 0), ("Pendlay Row (Barbell)", 70), ("Lat Pulldown (Cable)", 60), ("Seated Cable Row - V Grip (Cable)", 60), ("Hammer Curl (Dumbbell)", 16), ("Face Pull", 25)]),
        ("Legs", [("Squat (Barbell)", 110), ("Romanian Deadlift (Barbell)", 100), ("Bulgarian Split Squat", 20), ("Leg Extension (Machine)", 60), ("Lying Leg Curl (Machine)", 45), ("Standing Calf Raise (Machine)", 80)]),
        ("Upper", [("Bench Press (Barbell)", 82), ("Pendlay Row (Barbell)", 72), ("Shoulder Press (Dumbbell)", 26), ("Lat Pulldown (Cable)", 62), ("Bicep Curl (Cable)", 30), ("Crunch", 0)]),
    ];

    private static readonly int[] DayOffsets = [0, 1, 3, 5];

    /// <summary>Rows (sets) the export has for <paramref name="sessions"/> sessions of <paramref name="setsPerExercise"/> sets per exercise.</summary>
    public static int RowsFor(int sessions, int setsPerExercise) => sessions * 6 * setsPerExercise;

    /// <summary>The CSV text: <paramref name="sessions"/> sessions from 2016-01-04 on, six exercises each.</summary>
    public static string Create(int sessions, int setsPerExercise = 7, int seed = 20_16)
    {
        var random = new Random(seed);
        var csv = new StringBuilder(RowsFor(sessions, setsPerExercise) * 130);
        csv.Append(Header).Append('\n');
        var monday = new DateTime(2016, 1, 4, 0, 0, 0, DateTimeKind.Unspecified);
        for (var s = 0; s < sessions; s++)
        {
            var (title, exercises) = Days[s % Days.Length];
            var start = monday.AddDays((s / 4 * 7) + DayOffsets[s % 4]).AddHours(6 + random.Next(0, 12)).AddMinutes(random.Next(0, 60));
            var end = start.AddMinutes(55 + random.Next(0, 50));
            var progress = 1 + (s / 4 * 0.002);
            var prefix = $"\"{title}\",\"{Stamp(start)}\",\"{Stamp(end)}\",\"\",";
            foreach (var (name, kg) in exercises)
            {
                for (var set = 0; set < setsPerExercise; set++)
                {
                    var warmup = set < 2;
                    var failure = !warmup && set == setsPerExercise - 1 && random.Next(3) == 0;
                    var weight = kg == 0 ? 0 : Math.Round(kg * progress * (warmup ? 0.6 : 1) / 2.5) * 2.5;
                    var reps = warmup ? 10 : 6 + random.Next(0, 7);
                    var rpe = warmup ? "" : failure ? "10" : (7 + (random.Next(0, 5) * 0.5)).ToString(CultureInfo.InvariantCulture);
                    csv.Append(prefix).Append('"').Append(name).Append("\",,\"\",").Append(set).Append(",\"")
                        .Append(warmup ? "warmup" : failure ? "failure" : "normal").Append("\",")
                        .Append(weight.ToString(CultureInfo.InvariantCulture)).Append(',').Append(reps).Append(",,0,").Append(rpe).Append('\n');
                }
            }
        }

        return csv.ToString();
    }

    private static string Stamp(DateTime time) => time.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
