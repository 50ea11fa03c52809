using System.IO.Compression;
using System.Text;
using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>
/// Writes a synthetic Strava bulk export for the import benchmark (docs/performance.md), in Strava's layout:
/// activities.csv listing every activity, and each activity's FIT recording gzipped under activities/ (the same runs,
/// a record a second, and strength sessions of 24 sets as the Garmin export's), two runs for every strength session,
/// a ride (cross-training, no recording) in every ten, one activity a day going back from the last.
/// </summary>
internal static class StravaExportGenerator
{
    public static void Write(string path, int count)
    {
        var last = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
        var activities = new List<StravaExport.Activity>(count);
        using var file = File.Create(path);
        using var export = new ZipArchive(file, ZipArchiveMode.Create);
        for (var i = count - 1; i >= 0; i--)
        {
            var start = last.AddDays(-i).AddMinutes(i % 7 * 13);
            var id = 8_000_000_000L + i;
            if (i % 10 == 5)
            {
                // A ride now and then, as runners' exports hold: cross-training, with no recording in the export.
                activities.Add(new StravaExport.Activity(id, start.UtcDateTime, "Commute", "Ride", 2_400, 2_100, 14_000, 120));
                continue;
            }

            var strength = i % 3 == 2;
            var recording = strength ? GarminExportGenerator.Strength(start, i) : GarminExportGenerator.Run(start, i);
            var name = $"activities/{id}.fit.gz";
            var seconds = strength ? 3_000 : (40 + (i * 17 % 61)) * 60;
            activities.Add(strength
                ? new StravaExport.Activity(id, start.UtcDateTime, "Strength", "Weight Training", seconds, seconds - 300, 0, 110, File: name)
                : new StravaExport.Activity(id, start.UtcDateTime, i % 7 == 0 ? "Long Run" : "Morning Run", "Run", seconds, seconds - 60, seconds * 2.9, 140, File: name));
            using var entry = export.CreateEntry(name, CompressionLevel.NoCompression).Open();
            using var gzip = new GZipStream(entry, CompressionLevel.Fastest);
            gzip.Write(recording);
        }

        // Last, as a reader cannot count on it coming first: the recordings it names are read when it is.
        using var list = export.CreateEntry(Formats.TrainingFiles.StravaActivities, CompressionLevel.Optimal).Open();
        list.Write(Encoding.UTF8.GetBytes(StravaExport.ActivitiesCsv(activities)));
    }
}
