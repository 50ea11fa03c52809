using System.Globalization;
using System.IO.Compression;
using RunLift.Formats.Fit;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// <c>activities.csv</c> of Strava's bulk export ("Download your data"): one row per activity, about 90 columns in
/// current exports (a dozen in old ones), several names repeated: the first <c>Elapsed Time</c> and <c>Distance</c>
/// are the activity's summary (the distance in the account's unit, km or mi, which the file does not say), the second
/// <c>Distance</c> is in metres. <c>Activity Date</c> is UTC (<c>Oct 6, 2022, 11:19:20 PM</c>); descriptions may span
/// lines. Runs become runs (with the laps of their FIT recording, <c>Filename</c>, when the export's files are at hand:
/// <see cref="ReadOptions.Companions"/>), Weight Training, Workout and Crossfit strength sessions with their recorded time
/// (and the sets of their FIT recording),
/// and other sports (Ride, Swim, Walk, Yoga...) are cross-training: their time counts in the week's load, not as runs.
/// </summary>
internal static class StravaReader
{
    private const string Format = "Strava";

    // Strava's "Workout Type" for runs: 1 race, 2 long run, 3 workout (0 or empty: a run). Exports write the number,
    // sometimes as 1.0; some write the words.
    private static readonly Dictionary<string, RunKind> WorkoutTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = RunKind.Race, ["1.0"] = RunKind.Race, ["Race"] = RunKind.Race,
        ["2"] = RunKind.Long, ["2.0"] = RunKind.Long, ["Long Run"] = RunKind.Long,
        ["3"] = RunKind.Intervals, ["3.0"] = RunKind.Intervals, ["Workout"] = RunKind.Intervals,
    };

    private static readonly HashSet<string> RunTypes = new(StringComparer.OrdinalIgnoreCase) { "Run", "Trail Run", "Virtual Run" };

    private static readonly HashSet<string> StrengthTypes = new(StringComparer.OrdinalIgnoreCase) { "Weight Training", "Workout", "Crossfit" };

    private static readonly string[] DateFormats = ["MMM d, yyyy, h:mm:ss tt", "MMM d, yyyy h:mm:ss tt", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Whether <paramref name="firstLine"/> is the header of Strava's activities.csv.</summary>
    public static bool IsHeader(string firstLine) =>
        firstLine.Contains("Activity ID", StringComparison.Ordinal)
        && firstLine.Contains("Activity Date", StringComparison.Ordinal)
        && firstLine.Contains("Activity Type", StringComparison.Ordinal);

    public static TrainingDocument Read(string file, Stream stream, ReadOptions options)
    {
        var zone = options.TimeZone;
        using var csv = new CsvInput(file, stream, ',', options.Budget!);
        var columns = new Columns(csv);
        var runs = new List<Run>();
        var sessions = new List<TrainingSession>();
        var crossTraining = new List<CrossTraining>();
        var skipped = new List<SkippedInput>();
        var warnings = new List<string>();

        var bad = new BadRows(file, options.Strict);
        while (csv.Read())
        {
            bad.Row();
            try
            {
                var type = csv.Text(columns.Type).Trim();
                var name = csv.Text(columns.Name).Trim();
                var (date, clock) = AthleteClock.WallClock(new DateTimeOffset(Date(csv, columns.Date), TimeSpan.Zero), zone);
                var time = TimeOfDay.At(new TimeOnly(clock.Hour, clock.Minute));
                var elapsed = Seconds(csv, columns.ElapsedTime, "the elapsed time");

                if (RunTypes.Contains(type))
                {
                    var description = csv.Text(columns.Description).Trim();
                    var (kind, basis) = KindOf(csv, columns.WorkoutType, name, description);
                    var recording = Recording(csv.Text(columns.Filename).Trim(), options, warnings, "laps");
                    runs.Add(new Run(kind)
                    {
                        Laps = recording?.Runs.FirstOrDefault(r => r.Laps.Count > 0)?.Laps ?? [],
                        Basis = basis,
                        Notes = description.Length > 0 ? description : null,
                        Date = date,
                        Time = time,
                        Duration = Seconds(csv, columns.MovingTime, "the moving time") ?? elapsed,
                        Distance = Meters(csv, columns.DistanceInMeters),
                        AverageHeartRate = HeartRate(csv, columns.AverageHeartRate),
                        Name = name.Length > 0 ? name : null,
                    });
                }
                else if (StrengthTypes.Contains(type))
                {
                    sessions.Add(new TrainingSession
                    {
                        Name = name.Length > 0 ? name : type,
                        Date = date,
                        Time = time,
                        Duration = elapsed,
                        Exercises = [.. Recording(csv.Text(columns.Filename).Trim(), options, warnings, "sets")?.Sessions.SelectMany(s => s.Exercises) ?? []],
                    });
                }
                else if ((Seconds(csv, columns.MovingTime, "the moving time") ?? elapsed) is { } duration)
                {
                    crossTraining.Add(new CrossTraining
                    {
                        Sport = CrossTraining.SportName(type),
                        Date = date,
                        Time = time,
                        Duration = duration,
                        Distance = Meters(csv, columns.DistanceInMeters),
                        AverageHeartRate = HeartRate(csv, columns.AverageHeartRate),
                        Name = name.Length > 0 ? name : null,
                    });
                }
                else
                {
                    var what = type.Length > 0 ? type : "an activity without a type";
                    skipped.Add(new SkippedInput($"{file}:{csv.Line}", $"{what} on {date:yyyy-MM-dd} has no recorded time, so it adds nothing to the week's load"));
                }
            }
            catch (InputException e) when (bad.Skip(e))
            {
                // Reported below with its line; the rest of the file is read.
            }
        }

        bad.ThrowIfNothingRead();

        return new TrainingDocument
        {
            Runs = [.. runs.OrderBy(r => r.Date).ThenBy(r => r.Time?.Time)],
            Sessions = [.. sessions.OrderBy(s => s.Date).ThenBy(s => s.Time?.Time)],
            CrossTraining = [.. crossTraining.OrderBy(c => c.Date).ThenBy(c => c.Time?.Time)],
            Skipped = [.. skipped, .. bad.Skipped()],
            Warnings = warnings,
        };
    }

    /// <summary>
    /// An activity's FIT recording (<c>activities/123.fit.gz</c>): the sets of a strength session, the laps of a run. Null
    /// when it is another kind of file (GPX and TCX recordings are not read: GPX has no laps), or not at hand; a recording
    /// that cannot be read is a warning naming <paramref name="what"/> was lost, not an error: the activity is still the
    /// export's.
    /// </summary>
    private static TrainingDocument? Recording(string filename, ReadOptions options, List<string> warnings, string what)
    {
        var gzipped = filename.EndsWith(".fit.gz", StringComparison.OrdinalIgnoreCase);
        if (options.Companions is null || !(gzipped || filename.EndsWith(".fit", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        try
        {
            using var opened = options.Companions(filename);
            if (opened is null)
            {
                return null;
            }

            using var fit = gzipped ? new GZipStream(opened, CompressionMode.Decompress) : opened;
            using var recording = new MemoryStream();
            if (!CopyAtMost(fit, recording, FitInput.MaxBytes))
            {
                warnings.Add($"{filename} unpacks to more than {FitInput.MaxBytes:N0} bytes (the limit for a FIT file): its {what} were not read");
                return null;
            }

            recording.Position = 0;
            return FitReader.Read(filename, recording, options.Fit, options.TimeZone).Document;
        }
        catch (InputException e) when (e.Limit is null or { PerFile: true })
        {
            warnings.Add($"{e.Message}: its {what} were not read");
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            warnings.Add($"{filename} cannot be unpacked ({e.Message}): its {what} were not read");
            return null;
        }
    }

    private static bool CopyAtMost(Stream from, Stream to, long maxBytes)
    {
        var buffer = new byte[81_920];
        int read;
        while ((read = from.Read(buffer)) > 0)
        {
            if (to.Length + read > maxBytes)
            {
                return false;
            }

            to.Write(buffer, 0, read);
        }

        return true;
    }

    private static DateTime Date(CsvInput csv, int column)
    {
        var text = csv.Text(column).Trim();
        return DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? DateTime.SpecifyKind(utc, DateTimeKind.Utc)
            : throw csv.Error(column, $"'{text}' is not a date like 'Oct 6, 2022, 11:19:20 PM' (Strava's Activity Date, in UTC)");
    }

    /// <summary>A time in seconds (Strava writes <c>1834</c> or <c>1834.0</c>), or null when empty or zero.</summary>
    private static TimeSpan? Seconds(CsvInput csv, int column, string what) =>
        csv.Number(column, what) is > 0 and <= 30 * 86_400 and var seconds ? TimeSpan.FromSeconds(Math.Round(seconds)) : null;

    /// <summary>The distance in metres (the second <c>Distance</c>), or null when empty, zero or beyond any activity.</summary>
    private static Distance? Meters(CsvInput csv, int column) =>
        csv.Number(column, "the distance") is > 0 and <= 10_000_000 and var meters ? Distance.FromMeters(meters) : null;

    private static int? HeartRate(CsvInput csv, int column) =>
        csv.Number(column, "the average heart rate") is >= 20 and <= 260 and var rate ? (int)Math.Round(rate) : null;

    /// <summary>
    /// The kind Strava's workout type marks; without a mark, none yet (<see cref="RunClassifier"/> decides it from the
    /// name, the description and the pace, with the export's other runs).
    /// </summary>
    private static (RunKind Kind, RunKindBasis? Basis) KindOf(CsvInput csv, int workoutType, string name, string description)
    {
        var type = csv.Text(workoutType).Trim();
        if (!WorkoutTypes.TryGetValue(type, out var marked))
        {
            return (RunKind.Easy, null);
        }

        var said = $"Strava's workout type '{(type.StartsWith('1') ? "Race" : type.StartsWith('2') ? "Long Run" : type.StartsWith('3') ? "Workout" : type)}'";
        // "Workout" says a quality run, not which: the name may (tempo, threshold, hills...).
        return marked == RunKind.Intervals && (RunKinds.Match(name) ?? RunKinds.Match(description)) is { } named && new Run(named.Kind).IsKey
            ? (named.Kind, new RunKindBasis(RunKindSource.Marker, $"{said}, and '{named.Words}' says which"))
            : (marked, new RunKindBasis(RunKindSource.Marker, said));
    }

    /// <summary>The columns read, by their first occurrence; the distance in metres is the second <c>Distance</c>.</summary>
    private sealed class Columns
    {
        public Columns(CsvInput csv)
        {
            Date = csv.Required("Activity Date", Format);
            Type = csv.Required("Activity Type", Format);
            Name = csv.Column("Activity Name");
            Description = csv.Column("Activity Description");
            ElapsedTime = csv.Column("Elapsed Time");
            MovingTime = csv.Column("Moving Time");
            AverageHeartRate = csv.Column("Average Heart Rate");
            WorkoutType = csv.Column("Workout Type");
            Filename = csv.Column("Filename");

            // The first Distance is in the account's unit, which the file does not name: only the one in metres is read.
            var distances = csv.Reader.Headers.Select((header, index) => (header.Trim(), index)).Where(c => c.Item1 == "Distance").ToList();
            DistanceInMeters = distances.Count > 1 ? distances[1].index : -1;
        }

        public int Date { get; }

        public int Type { get; }

        public int Name { get; }

        public int Description { get; }

        public int ElapsedTime { get; }

        public int MovingTime { get; }

        public int AverageHeartRate { get; }

        public int WorkoutType { get; }

        public int Filename { get; }

        public int DistanceInMeters { get; }
    }
}
