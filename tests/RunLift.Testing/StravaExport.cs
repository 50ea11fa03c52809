using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace RunLift.Testing;

/// <summary>
/// Strava bulk exports ("Download your data") written in Strava's exact forms, since no real one may be shared: the
/// header of <c>activities.csv</c> as Strava writes it (names repeated: the first <c>Distance</c> in the account's
/// unit, the second in metres), its <c>Activity Date</c> in UTC (<c>"Oct 6, 2022, 11:19:20 PM"</c>), and the zip's
/// layout (<c>activities.csv</c> at the top, the recorded files under <c>activities/</c>, gzipped).
/// </summary>
public static class StravaExport
{
    /// <summary>The header of activities.csv in the exports of 2022–2023.</summary>
    public const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute," +
        "Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed," +
        "Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade," +
        "Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,Average Temperature," +
        "Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time," +
        "Weighted Average Power,Power Count,Prefer Perceived Exertion,Perceived Relative Effort,Commute,Total Weight Lifted,From Upload," +
        "Grade Adjusted Distance,Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity," +
        "Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,Moon Phase,Bike,Gear," +
        "Precipitation Probability";

    /// <summary>The columns of <see cref="Header"/>.</summary>
    public static int Columns { get; } = Header.Split(',').Length;

    /// <summary>An activity as Strava lists it.</summary>
    /// <param name="Id">The activity's id.</param>
    /// <param name="StartUtc">Its start, in UTC.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Type">Its type: Run, Weight Training, Ride...</param>
    /// <param name="ElapsedSeconds">Elapsed time.</param>
    /// <param name="MovingSeconds">Moving time.</param>
    /// <param name="Meters">Distance in metres (0 for none).</param>
    /// <param name="AverageHeartRate">Average heart rate, or null.</param>
    /// <param name="Description">Its description (may hold line breaks and commas).</param>
    /// <param name="File">Its file in the export (<c>activities/123.fit.gz</c>), or empty.</param>
    public sealed record Activity(
        long Id, DateTime StartUtc, string Name, string Type, int ElapsedSeconds, int MovingSeconds, double Meters,
        int? AverageHeartRate = null, string Description = "", string File = "");

    /// <summary>A row of activities.csv for <paramref name="activity"/>, every column of <see cref="Header"/> in place.</summary>
    public static string Row(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var cells = new string[Columns];
        Array.Fill(cells, "");
        var c = CultureInfo.InvariantCulture;
        cells[0] = activity.Id.ToString(c);
        cells[1] = Quote(activity.StartUtc.ToString("MMM d, yyyy, h:mm:ss tt", c));
        cells[2] = Quote(activity.Name);
        cells[3] = activity.Type;
        cells[4] = Quote(activity.Description);
        cells[5] = activity.ElapsedSeconds.ToString(c);
        cells[6] = (activity.Meters / 1000).ToString("0.00", c);
        cells[9] = "false";
        cells[12] = activity.File;
        cells[15] = activity.ElapsedSeconds.ToString("0.0", c);
        cells[16] = activity.MovingSeconds.ToString("0.0", c);
        cells[17] = activity.Meters.ToString("0.0", c);
        cells[31] = activity.AverageHeartRate?.ToString("0.0", c) ?? "";
        cells[50] = "0.0";
        return string.Join(',', cells);
    }

    /// <summary>activities.csv listing <paramref name="activities"/> (Strava lists the oldest first).</summary>
    public static string ActivitiesCsv(IEnumerable<Activity> activities) =>
        Header + "\n" + string.Concat(activities.Select(a => Row(a) + "\n"));

    /// <summary>
    /// A synthetic export of <paramref name="count"/> activities, one a day from 2021-01-04: four runs in five (a
    /// long one on Sundays, a workout named "Intervals" on Tuesdays), a Weight Training session in every fifth.
    /// </summary>
    public static IReadOnlyList<Activity> Synthetic(int count)
    {
        var activities = new List<Activity>(count);
        var start = new DateTime(2021, 1, 4, 6, 30, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(i);
            activities.Add(i % 5 == 4
                ? new Activity(1_000_000 + i, day.AddHours(11), "Strength", "Weight Training", 2_700, 2_400, 0, 110)
                : day.DayOfWeek == DayOfWeek.Sunday
                    ? new Activity(1_000_000 + i, day, "Long Run", "Run", 6_300, 6_100, 21_000, 142)
                    : day.DayOfWeek == DayOfWeek.Tuesday
                        ? new Activity(1_000_000 + i, day, "Intervals 6x800", "Run", 3_900, 3_300, 10_400, 158, "6 x 800 m, 400 m jog")
                        : new Activity(1_000_000 + i, day, "Morning Run", "Run", 2_900, 2_800, 8_000, 135));
        }

        return activities;
    }

    /// <summary>The zip Strava sends: activities.csv, and for each activity naming a file, that file gzipped.</summary>
    public static byte[] ExportZip(IReadOnlyList<Activity> activities, Func<Activity, byte[]>? fileOf = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "activities.csv", Encoding.UTF8.GetBytes(ActivitiesCsv(activities)));
            Write(zip, "profile.csv", "Athlete ID,Email Address,First Name,Last Name\n1,ann@example.com,Ann,Runner\n"u8.ToArray());
            foreach (var activity in activities.Where(a => a.File.Length > 0 && fileOf is not null))
            {
                using var gzipped = new MemoryStream();
                using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
                {
                    gzip.Write(fileOf!(activity));
                }

                Write(zip, activity.File, gzipped.ToArray());
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
