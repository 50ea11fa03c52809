using RunLift.Time;
using RunLift.Training;

namespace RunLift.Formats.Xml;

/// <summary>A run or other activity as a watch recorded it, in UTC, put on the log's wall clock.</summary>
internal static class RecordedRun
{
    /// <summary>
    /// Device files keep UTC; logs (Hevy, Strong, routine files) keep the athlete's local time. A run is dated and timed
    /// on the wall clock of <paramref name="zone"/>, so "the day before a key run" means the same day in both.
    /// </summary>
    /// <remarks>The kind is left for <see cref="RunClassifier"/> to decide with the input's other runs.</remarks>
    public static Run Create(DateTime startUtc, TimeSpan? duration, Distance? distance, int? heartRate, string? name, TimeZoneInfo zone)
    {
        var (date, time) = OnWallClock(startUtc, zone);
        return new Run(RunKind.Easy)
        {
            Date = date,
            Time = time,
            Duration = duration,
            Distance = distance,
            AverageHeartRate = heartRate,
            Name = string.IsNullOrEmpty(name) ? null : name,
        };
    }

    /// <summary>A recorded activity of another sport (a ride, a hike), dated and timed as <see cref="Create"/> dates a run.</summary>
    public static CrossTraining CrossTraining(
        string? sport, DateTime startUtc, TimeSpan duration, Distance? distance, int? heartRate, string? name, TimeZoneInfo zone)
    {
        var (date, time) = OnWallClock(startUtc, zone);
        return new CrossTraining
        {
            Sport = Training.CrossTraining.SportName(sport),
            Date = date,
            Time = time,
            Duration = duration,
            Distance = distance,
            AverageHeartRate = heartRate,
            Name = string.IsNullOrEmpty(name) ? null : name,
        };
    }

    private static (DateOnly Date, TimeOfDay Time) OnWallClock(DateTime startUtc, TimeZoneInfo zone)
    {
        var (date, time) = AthleteClock.WallClock(new DateTimeOffset(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)), zone);
        return (date, TimeOfDay.At(time));
    }

    /// <summary>Great-circle distance in metres on a sphere of the Earth's mean radius (IUGG, 6,371,008.8 m).</summary>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double Radius = 6_371_008.8;
        const double ToRadians = Math.PI / 180;
        var dLat = (lat2 - lat1) * ToRadians;
        var dLon = (lon2 - lon1) * ToRadians;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * ToRadians) * Math.Cos(lat2 * ToRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * Radius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
