using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using RunLift.English;
using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// FitNotes' "Workout Data" spreadsheet export (Settings → Spreadsheet Export): one row per set,
/// <c>Date,Exercise,Category,Weight (kgs)|Weight (lbs),Reps,Distance,Distance Unit,Time[,Comment]</c>, or with the unit
/// per row as <c>Weight,Weight Unit</c> (<c>kgs</c>/<c>lbs</c>). FitNotes keeps dates, not times: a day's sets are one
/// session. Running rows of the Cardio category (Running (Outdoor), Running (Treadmill), Jogging...) become the day's
/// run; other cardio is listed as skipped. The export has no warm-up or failure marks, so every set is a working set.
/// </summary>
internal static partial class FitNotesReader
{
    private const string Format = "FitNotes";

    /// <summary>The categories FitNotes ships; a user may add others, which are not known here.</summary>
    private static readonly FrozenSet<string> Categories = FrozenSet.ToFrozenSet(
        ["Abs", "Back", "Biceps", "Cardio", "Chest", "Forearms", "Legs", "Shoulders", "Triceps"], StringComparer.OrdinalIgnoreCase);

    public static TrainingDocument Read(string file, Stream stream, ReadBudget budget, bool strict = false)
    {
        using var csv = new CsvInput(file, stream, ',', budget);
        var date = csv.Required("Date", Format);
        var exercise = csv.Required("Exercise", Format);
        var category = csv.Column("Category");
        var reps = csv.Column("Reps");
        var distance = csv.Column("Distance");
        var distanceUnit = csv.Column("Distance Unit");
        var time = csv.Column("Time");
        var comment = csv.Column("Comment");
        var weightUnit = csv.Column("Weight Unit");
        var unit = csv.Has("Weight (lbs)") ? MassUnit.Pounds : MassUnit.Kilograms;
        var weight = csv.Has("Weight (lbs)") ? csv.Column("Weight (lbs)") : csv.Has("Weight (kgs)") ? csv.Column("Weight (kgs)") : csv.Column("Weight");

        var log = new LogBuilder(file);
        var runs = new List<Run>();
        var skipped = new List<SkippedInput>();
        var unitCounts = new int[2];
        string? lastDateText = null;
        DateOnly day = default;
        RunDraft? run = null;
        (DateOnly Day, string Name)? lastSkipped = null;

        var bad = new BadRows(file, strict);
        while (csv.Read())
        {
            bad.Row();
            try
            {
                var dateText = csv.Text(date).Trim();
                if (dateText != lastDateText)
                {
                    day = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw csv.Error(date, $"'{dateText}' is not a date like 2025-12-23 (FitNotes exports dates as YYYY-MM-DD)");
                    lastDateText = dateText;
                }

                var (name, extra) = Recovered(csv, exercise, category, weight);
                if (name.Length == 0)
                {
                    throw csv.Error(exercise, "the Exercise is empty");
                }

                var seconds = Duration(csv, time);
                Distance? covered = csv.Number(distance, "the distance") is > 0 and var length ? DistanceOf(csv, distanceUnit, length) : null;

                if (csv.Text(category).Trim().Equals("Cardio", StringComparison.OrdinalIgnoreCase))
                {
                    if (!Running().IsMatch(name))
                    {
                        if (lastSkipped != (day, name))
                        {
                            skipped.Add(new SkippedInput($"{file}:{csv.Line}", $"{name} on {day:yyyy-MM-dd} is cardio but not running"));
                            lastSkipped = (day, name);
                        }

                        continue;
                    }

                    // A run logged as several rows (repeats, or laps) is one run of their total time and distance.
                    if (run is null || run.Day != day || run.Name != name)
                    {
                        if (run is not null)
                        {
                            runs.Add(run.Build());
                        }

                        run = new RunDraft(day, name);
                    }

                    run.Add(seconds, covered, (comment == csv.HeaderCount - 1 && extra > 0 ? csv.Joined(comment + (csv.FieldCount - csv.HeaderCount - extra), extra + 1) : csv.Text(comment)).Trim());
                    continue;
                }

                var set = new TrainingSet
                {
                    Reps = csv.WholeNumber(reps, "the reps") is > 0 and var count ? count : null,
                    Duration = seconds,
                    Distance = covered,
                };

                // FitNotes writes 0 (or nothing) for sets without external load.
                if (csv.Number(weight, "the weight") is > 0 and var mass)
                {
                    var rowUnit = weightUnit >= 0 ? csv.WeightUnit(weightUnit, "kgs or lbs") ?? unit : unit;
                    set = set with { Load = HevyReader.Plausible(csv, weight, Load.From(Math.Round(mass, 3), rowUnit)) };
                    unitCounts[(int)rowUnit]++;
                }

                var session = log.Session(dateText, "Workout", out var created);
                if (created)
                {
                    session.Date = day;
                }

                // The category guides how the name is read ("Legs" rules out a chest press): see AppCategories.
                log.Add(session, name, null, -1, set, csv.Line, NonEmpty(csv.Text(category)));
            }
            catch (InputException e) when (bad.Skip(e))
            {
                // Reported below with its line; the rest of the file is read.
            }
        }

        bad.ThrowIfNothingRead();

        if (run is not null)
        {
            runs.Add(run.Build());
        }

        if (weightUnit >= 0 && unitCounts[(int)MassUnit.Pounds] > unitCounts[(int)MassUnit.Kilograms])
        {
            unit = MassUnit.Pounds;
        }

        return new TrainingDocument { Units = unit, Sessions = log.Build(), Runs = [.. runs.OrderBy(r => r.Date)], Skipped = [.. skipped, .. bad.Skipped()] };
    }

    /// <summary>
    /// The exercise name of a row, and how many fields of the row are left over for a last Comment column. FitNotes
    /// writes names and comments without quotes, so a comma in one splits it: "Overhead Press (Each Side, Dumbbells)"
    /// is two fields. Its categories are a closed set, so the name is what lies between the date and the first known
    /// category after which the weight is a number; what is still left over belongs to the comment. A row that cannot
    /// be told apart so is bad (and skipped, unless strict).
    /// </summary>
    private static (string Name, int Extra) Recovered(CsvInput csv, int exercise, int category, int weight)
    {
        var extra = csv.FieldCount - csv.HeaderCount;
        if (extra <= 0 || category != exercise + 1)
        {
            return extra > 0 && category < 0
                ? throw csv.Error(exercise, $"the row has {Plural.Count(extra, "field")} more than the header; put the exercise name in quotes")
                : (csv.Text(exercise).Trim(), Math.Max(extra, 0));
        }

        for (var shift = 0; shift <= extra; shift++)
        {
            if (Categories.Contains(csv.Raw(category + shift).Trim()) && IsNumberOrEmpty(csv.Raw(weight + shift)))
            {
                csv.Shift(category, shift);
                return (csv.Joined(exercise, shift + 1).Trim(), extra - shift);
            }
        }

        throw csv.Error(exercise,
            $"the row has {Plural.Count(extra, "field")} more than the header and no FitNotes category ({string.Join(", ", Categories.Order())}) " +
            "follows the exercise name: a comma in the name or a category of your own; put the name in quotes");
    }

    private static bool IsNumberOrEmpty(string text) =>
        text.Trim().Length == 0 || double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>FitNotes' Time column: <c>H:MM:SS</c> (<c>0:30:00</c>) or <c>MM:SS</c> (<c>30:00</c>); null when empty or zero.</summary>

    private static TimeSpan? Duration(CsvInput csv, int column)
    {
        var text = csv.Text(column).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split(':');
        var total = 0;
        var valid = parts.Length is 2 or 3;
        for (var i = 0; valid && i < parts.Length; i++)
        {
            var limit = i == 0 ? 999 : 59;
            valid = parts[i].Length is > 0 and <= 3 && parts[i].All(char.IsAsciiDigit) && int.Parse(parts[i], CultureInfo.InvariantCulture) <= limit;
            total = valid ? (total * 60) + int.Parse(parts[i], CultureInfo.InvariantCulture) : 0;
        }

        if (!valid)
        {
            throw csv.Error(column, $"'{text}' is not a time like 0:30:00 or 30:00");
        }

        return total > 0 ? TimeSpan.FromSeconds(total) : null;
    }

    private static Distance DistanceOf(CsvInput csv, int column, double length)
    {
        var text = csv.Text(column).Trim();
        var distance = text.ToLowerInvariant() switch
        {
            "km" or "kms" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => Distance.FromKilometers(length),
            "m" or "metre" or "metres" or "meter" or "meters" => Distance.FromMeters(length),
            "mi" or "mile" or "miles" => Distance.FromMiles(length),
            "ft" or "feet" => Distance.FromMeters(length * 0.3048),
            "yd" or "yds" or "yard" or "yards" => Distance.FromYards(length),
            "" => throw csv.Error(column, "a distance needs its Distance Unit (km, m, mi, ft or yd)"),
            _ => throw csv.Error(column, $"unknown distance unit '{text}'; expected km, m, mi, ft or yd"),
        };
        return distance.Kilometers <= 10_000 ? distance : throw csv.Error(column, $"a distance of {distance} is not plausible");
    }

    // FitNotes' own cardio exercises are "Running (Outdoor)" and "Running (Treadmill)"; people add "Run", "Jog", "Tempo Run".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(run|running|jog|jogging)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Running();

    private sealed class RunDraft(DateOnly day, string name)
    {
        private TimeSpan? duration;
        private double meters;
        private string? comment;

        public DateOnly Day => day;

        public string Name => name;

        public void Add(TimeSpan? time, Distance? covered, string note)
        {
            if (time is { } t)
            {
                duration = (duration ?? TimeSpan.Zero) + t;
            }

            meters += covered?.Meters ?? 0;
            comment ??= note.Length > 0 ? note : null;
        }

        // The kind is decided with the export's other runs (RunClassifier), from the name and the comment.
        public Run Build() => new(RunKind.Easy)
        {
            Notes = comment,
            Date = day,
            Duration = duration,
            Distance = meters > 0 ? Distance.FromMeters(meters) : null,
            Name = name,
        };
    }
}
