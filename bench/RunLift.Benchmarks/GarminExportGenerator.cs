using System.IO.Compression;
using RunLift.Formats.Fit;

namespace RunLift.Benchmarks;

/// <summary>
/// Writes a synthetic Garmin Connect bulk export for the import benchmark (docs/performance.md): Garmin's layout
/// (account JSON at the top, the activities' FIT files in a zip inside
/// <c>DI_CONNECT/DI-Connect-Uploaded-Files/</c>), two runs with a record a second for every strength session of
/// 24 sets, one activity a day going back from the last.
/// </summary>
internal static class GarminExportGenerator
{
    private const byte Running = 1;
    private const byte Training = 10;
    private const byte StrengthTraining = 20;

    public static void Write(string path, int activities)
    {
        using var file = File.Create(path);
        using var export = new ZipArchive(file, ZipArchiveMode.Create);
        WriteText(export, "DI_CONNECT/DI-Connect-User/user_profile.json", "{\"userName\":\"runner\"}");
        WriteText(export, "DI_CONNECT/DI-Connect-Fitness/runner_0_summarizedActivities.json", "[]");
        var inner = export.CreateEntry("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", CompressionLevel.NoCompression);
        using var innerStream = inner.Open();
        using var uploads = new ZipArchive(innerStream, ZipArchiveMode.Create);
        var last = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < activities; i++)
        {
            var start = last.AddDays(-i).AddMinutes(i % 7 * 13);
            var bytes = i % 3 == 2 ? Strength(start, i) : Run(start, i);
            var entry = uploads.CreateEntry($"runner_{100000000 + i}.fit", CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    private static void WriteText(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private static FitWriter Begin(DateTimeOffset start, int serial)
    {
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(FitProfile.Messages.FileId)
            .Integer(FitProfile.FileId.Type, FitBaseType.Enum, FitProfile.FileId.Activity)
            .Integer(FitProfile.FileId.Manufacturer, FitBaseType.UInt16, 1)
            .Integer(FitProfile.FileId.Product, FitBaseType.UInt16, 4315)
            .Integer(FitProfile.FileId.SerialNumber, FitBaseType.UInt32Z, 3400000000L + serial)
            .Integer(FitProfile.FileId.TimeCreated, FitBaseType.UInt32, FitTime.FromDateTime(start)));
        return fit;
    }

    /// <summary>A 40 to 100 minute run: a record a second (distance, speed, heart rate), a lap per kilometre, the session.</summary>
    internal static byte[] Run(DateTimeOffset start, int index)
    {
        var fit = Begin(start, index);
        var seconds = (40 + (index * 17 % 61)) * 60;
        const double speed = 3.1; // m/s, about 5:23 per kilometre
        var lapStart = 0;
        for (var s = 0; s <= seconds; s++)
        {
            var distance = s * speed;
            fit.Write(new FitWriterMessage(FitProfile.Messages.Record)
                .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(s)))
                .Integer(5, FitBaseType.UInt32, (long)(distance * 100))
                .Integer(6, FitBaseType.UInt16, (long)(speed * 1000))
                .Integer(3, FitBaseType.UInt8, 135 + (s / 60 % 20)));
            if ((int)(distance / 1000) > (int)((s - 1) * speed / 1000) || s == seconds)
            {
                fit.Write(Summary(FitProfile.Messages.Lap, start, lapStart, s, speed, Running, 0));
                lapStart = s;
            }
        }

        fit.Write(Summary(FitProfile.Messages.Session, start, 0, seconds, speed, Running, 0));
        return End(fit, start, seconds);
    }

    /// <summary>A strength session: 8 exercises of 3 sets, each active set followed by its rest.</summary>
    internal static byte[] Strength(DateTimeOffset start, int index)
    {
        var fit = Begin(start, index);
        (ushort Category, ushort Name, int Reps, double Kilograms)[] exercises =
        [
            (28, 6, 5, 100), (8, 0, 5, 120), (17, 18, 8, 40), (0, 1, 5, 70),
            (23, 16, 8, 50), (1, 18, 12, 60), (19, 39, 1, 0), (22, 77, 10, 0),
        ];
        var at = 0;
        ushort message = 0;
        foreach (var (category, name, reps, kilograms) in exercises)
        {
            for (var set = 0; set < 3; set++)
            {
                fit.Write(Set(start, at, 40, message++, 1, category, name, reps, kilograms + (index % 10)));
                at += 40;
                fit.Write(Set(start, at, 150, message++, 0, null, null, null, null));
                at += 150;
            }
        }

        fit.Write(Summary(FitProfile.Messages.Session, start, 0, at, 0, Training, StrengthTraining));
        return End(fit, start, at);
    }

    private static FitWriterMessage Set(
        DateTimeOffset start, int at, int seconds, ushort index, byte type, ushort? category, ushort? name, int? reps, double? kilograms) =>
        new FitWriterMessage(FitProfile.Messages.Set)
            .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(at + seconds)))
            .Integer(FitProfile.Set.Duration, FitBaseType.UInt32, seconds * 1000L)
            .Integer(FitProfile.Set.Repetitions, FitBaseType.UInt16, reps)
            .Integer(FitProfile.Set.Weight, FitBaseType.UInt16, kilograms is { } kg ? (long)Math.Round(kg * 16) : null)
            .Integer(FitProfile.Set.SetType, FitBaseType.UInt8, type)
            .Integer(FitProfile.Set.StartTime, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(at)))
            .Integer(FitProfile.Set.Category, FitBaseType.UInt16, category)
            .Integer(FitProfile.Set.CategorySubtype, FitBaseType.UInt16, name)
            .Integer(FitProfile.Set.MessageIndex, FitBaseType.UInt16, index);

    private static FitWriterMessage Summary(ushort message, DateTimeOffset start, int from, int to, double speed, byte sport, byte subSport) =>
        new FitWriterMessage(message)
            .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(to)))
            .Integer(2, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(from)))
            .Integer(7, FitBaseType.UInt32, (to - from) * 1000L)
            .Integer(8, FitBaseType.UInt32, (to - from) * 1000L)
            .Integer(9, FitBaseType.UInt32, (long)((to - from) * speed * 100))
            .Integer(message == FitProfile.Messages.Session ? FitProfile.Session.SportField : (byte)25, FitBaseType.Enum, sport)
            .Integer(message == FitProfile.Messages.Session ? FitProfile.Session.SubSport : (byte)39, FitBaseType.Enum, subSport)
            .Integer(message == FitProfile.Messages.Session ? FitProfile.Session.AverageHeartRate : (byte)15, FitBaseType.UInt8, sport == Running ? 144 : 101);

    private static byte[] End(FitWriter fit, DateTimeOffset start, int seconds)
    {
        fit.Write(new FitWriterMessage(FitProfile.Messages.Activity)
            .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(seconds)))
            .Integer(0, FitBaseType.UInt32, seconds * 1000L)
            .Integer(1, FitBaseType.UInt16, 1)
            .Integer(FitProfile.Activity.LocalTimestamp, FitBaseType.UInt32, FitTime.FromDateTime(start.AddSeconds(seconds).AddHours(1))));
        return fit.ToArray();
    }
}
