using System.Globalization;
using System.Text;
using RunLift.Formats.Fit;

namespace RunLift.Testing;

/// <summary>A lap of a recorded run: its timer time, distance, average heart rate and, for a structured workout, its intensity.</summary>
/// <param name="Seconds">Timer time.</param>
/// <param name="Meters">Distance; 0 for a lap stood still.</param>
/// <param name="HeartRate">Average heart rate, or null.</param>
/// <param name="Intensity">FIT's lap intensity (0 active, 1 rest, 2 warm-up, 3 cool-down, 4 recovery, 5 interval), or null for an auto lap.</param>
public sealed record Lap(double Seconds, double Meters, int? HeartRate = null, byte? Intensity = null)
{
    /// <summary>A lap of <paramref name="meters"/> at <paramref name="secondsPerKm"/> a kilometre.</summary>
    public static Lap At(double meters, double secondsPerKm, int? heartRate = null, byte? intensity = null) =>
        new(Math.Round(meters / 1000 * secondsPerKm), meters, heartRate, intensity);
}

/// <summary>
/// Runs with laps written in the watches' exact forms, since the shared fixtures hold no workout: a FIT activity as a
/// Garmin Forerunner writes it (file_id, the laps as each closes, the session, the activity with the local time), written
/// with the product's own FIT writer, and a TCX activity as Garmin Connect exports it.
/// </summary>
public static class RecordedRuns
{
    private const byte Running = 1;

    /// <summary>A FIT running activity starting at <paramref name="startUtc"/>, its laps back to back.</summary>
    public static byte[] Fit(DateTimeOffset startUtc, IReadOnlyList<Lap> laps, TimeSpan? utcOffset = null)
    {
        var fit = new FitWriter();
        var start = FitTime.FromDateTime(startUtc);
        fit.Write(new FitWriterMessage(FitProfile.Messages.FileId)
            .Integer(FitProfile.FileId.Type, FitBaseType.Enum, FitProfile.FileId.Activity)
            .Integer(FitProfile.FileId.Manufacturer, FitBaseType.UInt16, 1)
            .Integer(FitProfile.FileId.TimeCreated, FitBaseType.UInt32, start));
        var at = start;
        foreach (var lap in laps)
        {
            var seconds = (uint)Math.Round(lap.Seconds);
            fit.Write(new FitWriterMessage(FitProfile.Messages.Lap)
                .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, at + seconds)
                .Integer(FitProfile.Lap.StartTime, FitBaseType.UInt32, at)
                .Integer(7, FitBaseType.UInt32, (long)Math.Round(lap.Seconds * 1000))
                .Integer(FitProfile.Lap.TotalTimerTime, FitBaseType.UInt32, (long)Math.Round(lap.Seconds * 1000))
                .Integer(FitProfile.Lap.TotalDistance, FitBaseType.UInt32, (long)Math.Round(lap.Meters * 100))
                .Integer(FitProfile.Lap.AverageHeartRate, FitBaseType.UInt8, lap.HeartRate)
                .Integer(FitProfile.Lap.Intensity, FitBaseType.Enum, lap.Intensity)
                .Integer(25, FitBaseType.Enum, Running));
            at += seconds;
        }

        var total = laps.Sum(l => l.Seconds);
        var rated = laps.Where(l => l.HeartRate is not null).ToList();
        fit.Write(new FitWriterMessage(FitProfile.Messages.Session)
            .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, at)
            .Integer(FitProfile.Session.StartTime, FitBaseType.UInt32, start)
            .Integer(FitProfile.Session.SportField, FitBaseType.Enum, Running)
            .Integer(FitProfile.Session.SubSport, FitBaseType.Enum, 0)
            .Integer(FitProfile.Session.TotalElapsedTime, FitBaseType.UInt32, (long)Math.Round(total * 1000))
            .Integer(FitProfile.Session.TotalTimerTime, FitBaseType.UInt32, (long)Math.Round(total * 1000))
            .Integer(FitProfile.Session.TotalDistance, FitBaseType.UInt32, (long)Math.Round(laps.Sum(l => l.Meters) * 100))
            .Integer(FitProfile.Session.AverageHeartRate, FitBaseType.UInt8,
                rated.Count > 0 ? (long)Math.Round(rated.Sum(l => l.HeartRate!.Value * l.Seconds) / rated.Sum(l => l.Seconds)) : null)
            .Integer(26, FitBaseType.UInt16, laps.Count));
        fit.Write(new FitWriterMessage(FitProfile.Messages.Activity)
            .Integer(FitProfile.Common.Timestamp, FitBaseType.UInt32, at)
            .Integer(1, FitBaseType.UInt16, 1)
            .Integer(FitProfile.Activity.LocalTimestamp, FitBaseType.UInt32, at + (long)(utcOffset ?? TimeSpan.Zero).TotalSeconds));
        return fit.ToArray();
    }

    /// <summary>
    /// A TCX running activity as Garmin Connect exports it: each lap with its <c>TotalTimeSeconds</c>,
    /// <c>DistanceMeters</c>, <c>AverageHeartRateBpm</c>, <c>Intensity</c> (Active or Resting) and a start and end
    /// trackpoint; the activity's <c>Notes</c> when given.
    /// </summary>
    public static string Tcx(DateTime startUtc, IReadOnlyList<Lap> laps, string? notes = null)
    {
        static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", CultureInfo.InvariantCulture);
        static string N(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase
              xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"
              xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1"
              xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"
              xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2"
              xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns4="http://www.garmin.com/xmlschemas/ProfileExtension/v1">
              <Activities>
                <Activity Sport="Running">

            """);
        text.Append(CultureInfo.InvariantCulture, $"      <Id>{Time(startUtc)}</Id>\n");
        var at = startUtc;
        var covered = 0.0;
        foreach (var lap in laps)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                      <Lap StartTime="{Time(at)}">
                        <TotalTimeSeconds>{N(lap.Seconds)}</TotalTimeSeconds>
                        <DistanceMeters>{N(lap.Meters)}</DistanceMeters>
                        <MaximumSpeed>{N(lap.Seconds > 0 ? lap.Meters / lap.Seconds * 1.1 : 0)}</MaximumSpeed>
                        <Calories>{(int)(lap.Meters / 16)}</Calories>

                """);
            if (lap.HeartRate is { } bpm)
            {
                text.Append(CultureInfo.InvariantCulture, $"""
                            <AverageHeartRateBpm>
                              <Value>{bpm}</Value>
                            </AverageHeartRateBpm>
                            <MaximumHeartRateBpm>
                              <Value>{bpm + 6}</Value>
                            </MaximumHeartRateBpm>

                    """);
            }

            text.Append(CultureInfo.InvariantCulture, $"""
                        <Intensity>{(lap.Intensity is 1 or 4 ? "Resting" : "Active")}</Intensity>
                        <TriggerMethod>Manual</TriggerMethod>
                        <Track>
                          <Trackpoint>
                            <Time>{Time(at)}</Time>
                            <DistanceMeters>{N(covered)}</DistanceMeters>
                          </Trackpoint>
                          <Trackpoint>
                            <Time>{Time(at.AddSeconds(lap.Seconds))}</Time>
                            <DistanceMeters>{N(covered + lap.Meters)}</DistanceMeters>
                          </Trackpoint>
                        </Track>
                      </Lap>

                """);
            at = at.AddSeconds(lap.Seconds);
            covered += lap.Meters;
        }

        if (notes is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"      <Notes>{System.Security.SecurityElement.Escape(notes)}</Notes>\n");
        }

        text.Append("""
                  <Creator xsi:type="Device_t">
                    <Name>Forerunner 255</Name>
                    <UnitId>3423481283</UnitId>
                    <ProductID>3992</ProductID>
                  </Creator>
                </Activity>
              </Activities>
            </TrainingCenterDatabase>

            """);
        return text.ToString();
    }

    /// <summary>
    /// An interval session: 2 km warm-up, <paramref name="repeats"/> × 800 m at 3:45/km with 400 m jogs at 6:15/km
    /// between them, 2 km cool-down (laps pressed by hand, heart rates as a trained runner's).
    /// </summary>
    public static IReadOnlyList<Lap> Intervals(int repeats)
    {
        var laps = new List<Lap> { Lap.At(2000, 330, 138) };
        for (var i = 0; i < repeats; i++)
        {
            laps.Add(Lap.At(800, 225, 168));
            if (i < repeats - 1)
            {
                laps.Add(Lap.At(400, 375, 142));
            }
        }

        laps.Add(Lap.At(2000, 340, 140));
        return laps;
    }
}
