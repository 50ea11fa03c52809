using System.Globalization;
using RunLift.Training;

namespace RunLift.Web.Features.Settings;

/// <summary>
/// The training log in Strong's current CSV export format: semicolon-separated, every field quoted, the units
/// in the header (<c>"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";
/// "Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"</c>). One row per set;
/// <c>Set Order</c> is the working set's number within its exercise, or <c>W</c> (warm-up), <c>D</c> (drop),
/// <c>F</c> (to failure); a set's rest follows it as a <c>Rest Timer</c> row with the seconds.
/// <c>Date</c> is the session's start (UTC) or its day at midnight when the start is not known.
/// Bodyweight sets have weight 0, as Strong writes them.
/// </summary>
internal static class StrongCsv
{
    private static readonly string[] Header =
    [
        "Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps", "RPE",
        "Distance (meters)", "Seconds", "Notes", "Workout Notes",
    ];

    public static void Write(TextWriter writer, IEnumerable<ExportedSession> sessions)
    {
        var csv = new CsvLines(writer, ';', quoteAll: true);
        csv.Write(Header);
        var number = 0;
        foreach (var session in sessions.OrderBy(s => s.Date).ThenBy(s => s.StartedAt).ThenBy(s => s.Id))
        {
            number++;
            var started = session.StartedAt is { } at && DateOnly.FromDateTime(at) == session.Date
                ? at
                : session.Date.ToDateTime(TimeOnly.MinValue);
            var date = started.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var duration = session.DurationMinutes is { } minutes ? Number(minutes * 60) : "";
            var workingSets = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var set in session.Sets)
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
                    workingSets[set.ExerciseName] = workingSets.GetValueOrDefault(set.ExerciseName) + 1;
                    order = Number(workingSets[set.ExerciseName]);
                }

                Row(csv, number, date, session.Name, duration, set.ExerciseName, order, Number(set.LoadKg ?? 0), Number(set.Reps), Number(set.Rpe), Number(set.DistanceMeters), Number(set.DurationSeconds), session.Notes);
                if (set.RestSeconds is > 0 and var rest)
                {
                    Row(csv, number, date, session.Name, duration, set.ExerciseName, "Rest Timer", "", "", "", "", Number(rest), session.Notes);
                }
            }
        }
    }

    private static void Row(CsvLines csv, int number, string date, string workout, string duration, string exercise, string order, string weight, string reps, string rpe, string distance, string seconds, string? notes) =>
        csv.Write([Number(number), date, workout, duration, exercise, order, weight, reps, rpe, distance, seconds, "", notes ?? ""]);

    private static string Number(double? value) => value is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Number(int? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "";
}
