using System.Globalization;
using CsvHelper;
using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// Writes a log in Strong's current CSV export format: semicolon-separated, every field quoted, the units in the
/// header (<c>"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";
/// "RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"</c>). One row per set; <c>Set Order</c> is the working
/// set's number within its exercise, or <c>W</c> (warm-up), <c>D</c> (drop), <c>F</c> (to failure); a set's rest
/// follows it as a <c>Rest Timer</c> row with the seconds. <c>Date</c> is the session's start, or its day at
/// midnight when the start is not known (the reader takes a midnight start as unknown again). Sets without a load
/// have weight 0, as Strong writes them. Names and notes that a spreadsheet would take for formulas are written as
/// text (<see cref="CsvCells"/>).
/// </summary>
/// <remarks>
/// What <see cref="StrongReader"/> reads back unchanged: sessions (name, date, start to the second, length in whole
/// seconds), exercises in order, and each set's kind, reps, load (kg, to the gram), RPE, time, distance, rest and
/// failure. Strong has no place for runs, a bodyweight flag, per-side sets or supersets, and a session with no sets
/// has no row.
/// </remarks>
public static class StrongCsvWriter
{
    private static readonly string[] Header =
    [
        "Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps", "RPE",
        "Distance (meters)", "Seconds", "Notes", "Workout Notes",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        Quoting = CsvQuoting.Always,
        NewLine = "\n",
    };

    /// <summary>
    /// Writes the dated sessions of <paramref name="document"/> in its order; <paramref name="workoutNotes"/>, when
    /// given, holds each session's notes at the session's index.
    /// </summary>
    /// <exception cref="ArgumentException">a session has no date.</exception>
    public static void Write(TextWriter writer, TrainingDocument document, IReadOnlyList<string?>? workoutNotes = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteRecord(Header);
        for (var index = 0; index < document.Sessions.Count; index++)
        {
            var session = document.Sessions[index];
            var day = session.Date ?? throw new ArgumentException("Only dated sessions can be written as a Strong log.", nameof(document));
            var row = new Row(
                Number(index + 1),
                day.ToDateTime(session.Time?.Time ?? TimeOnly.MinValue).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                CsvCells.Neutralise(session.Name),
                Seconds(session.Duration),
                CsvCells.Neutralise(workoutNotes is not null && index < workoutNotes.Count ? workoutNotes[index] ?? "" : ""));
            var workingSets = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var exercise in session.Exercises)
            {
                foreach (var set in exercise.Sets)
                {
                    string order;
                    if (set.Kind == SetKind.Warmup)
                    {
                        order = "W";
                    }
                    else if (set.Kind == SetKind.Drop)
                    {
                        order = "D";
                    }
                    else if (set.ToFailure)
                    {
                        order = "F";
                    }
                    else
                    {
                        workingSets[exercise.Name] = workingSets.GetValueOrDefault(exercise.Name) + 1;
                        order = Number(workingSets[exercise.Name]);
                    }

                    row.Write(csv, CsvCells.Neutralise(exercise.Name), order, Number(set.Load?.Kilograms ?? 0), Number(set.Reps), Number(set.Rpe?.Value),
                        Number(set.Distance?.Meters), Seconds(set.Duration));
                    if (set.Rest is { } rest && (long)Math.Round(rest.TotalSeconds) > 0)
                    {
                        row.Write(csv, CsvCells.Neutralise(exercise.Name), "Rest Timer", "", "", "", "", Seconds(rest));
                    }
                }
            }
        }
    }

    private static string Seconds(TimeSpan? time) =>
        time is { } span ? Number((long)Math.Round(span.TotalSeconds)) : "";

    private static string Number(double? value) => value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Number(long? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>The columns every row of a session repeats.</summary>
    private sealed record Row(string Workout, string Date, string Name, string Duration, string Notes)
    {
        public void Write(CsvWriter csv, string exercise, string order, string weight, string reps, string rpe, string distance, string seconds) =>
            csv.WriteRecord([Workout, Date, Name, Duration, exercise, order, weight, reps, rpe, distance, seconds, "", Notes]);
    }
}
