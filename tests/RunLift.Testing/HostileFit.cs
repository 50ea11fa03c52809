using RunLift.Formats.Fit;

namespace RunLift.Testing;

/// <summary>
/// FIT activities no watch writes, built with the product's own FIT writer: many strength sessions, each with its sets,
/// the shape that made assigning sets to sessions cost sessions × sets.
/// </summary>
public static class HostileFit
{
    private const byte Training = 10;
    private const byte StrengthTraining = 20;

    /// <summary>
    /// An activity of <paramref name="sessions"/> strength sessions a minute apart, with <paramref name="sets"/> sets
    /// spread over them in time order (every set after the last session's start, so each must be placed).
    /// </summary>
    public static byte[] ManySessionsAndSets(int sessions, int sets)
    {
        var start = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
        var fit = new FitWriter();
        fit.Write(new FitWriterMessage(FitProfile.Messages.FileId)
            .Integer(FitProfile.FileId.Type, FitBaseType.Enum, FitProfile.FileId.Activity)
            .Integer(FitProfile.FileId.Manufacturer, FitBaseType.UInt16, 1)
            .Integer(FitProfile.FileId.TimeCreated, FitBaseType.UInt32, FitTime.FromDateTime(start)));
        for (var i = 0; i < sets; i++)
        {
            var at = start.AddSeconds((long)i * sessions * 60 / Math.Max(sets, 1));
            fit.Write(new FitWriterMessage(FitProfile.Messages.Set)
                .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(at.AddSeconds(20)))
                .Integer(FitProfile.Set.Duration, FitBaseType.UInt32, 20_000)
                .Integer(FitProfile.Set.Repetitions, FitBaseType.UInt16, 5)
                .Integer(FitProfile.Set.Weight, FitBaseType.UInt16, 100 * 16)
                .Integer(FitProfile.Set.SetType, FitBaseType.UInt8, 1)
                .Integer(FitProfile.Set.StartTime, FitBaseType.UInt32, FitTime.FromDateTime(at))
                .Integer(FitProfile.Set.Category, FitBaseType.UInt16, 28)
                .Integer(FitProfile.Set.CategorySubtype, FitBaseType.UInt16, 6)
                .Integer(FitProfile.Set.MessageIndex, FitBaseType.UInt16, i % 65_000));
        }

        for (var i = 0; i < sessions; i++)
        {
            var at = start.AddMinutes(i);
            fit.Write(new FitWriterMessage(FitProfile.Messages.Session)
                .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, FitTime.FromDateTime(at.AddSeconds(50)))
                .Integer(FitProfile.Session.StartTime, FitBaseType.UInt32, FitTime.FromDateTime(at))
                .Integer(FitProfile.Session.TotalElapsedTime, FitBaseType.UInt32, 50_000)
                .Integer(FitProfile.Session.SportField, FitBaseType.Enum, Training)
                .Integer(FitProfile.Session.SubSport, FitBaseType.Enum, StrengthTraining));
        }

        return fit.ToArray();
    }
}
