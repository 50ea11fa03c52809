using System.Globalization;

namespace RunLift.Training;

/// <summary>Paces (seconds per kilometre) and heart rates of runs and laps, and how they are written.</summary>
internal static class Pacing
{
    /// <summary>Seconds per kilometre, or null without a distance and a time.</summary>
    public static double? Pace(Run run) =>
        run.Duration is { } time && run.Distance is { Meters: >= 100 } distance && time > TimeSpan.Zero ? time.TotalSeconds / distance.Kilometers : null;

    public static double? Pace(RunLap lap) => lap.Distance is { Meters: > 0 } distance ? lap.Duration.TotalSeconds / distance.Kilometers : null;

    /// <summary>The pace over all of <paramref name="laps"/> that have a distance.</summary>
    public static double? Pace(IEnumerable<RunLap> laps)
    {
        var moving = laps.Where(l => l.Distance is { Meters: > 0 }).ToList();
        var meters = moving.Sum(l => l.Distance!.Value.Meters);
        return meters > 0 ? moving.Sum(l => l.Duration.TotalSeconds) / (meters / 1000) : null;
    }

    /// <summary>The time-weighted heart rate of <paramref name="laps"/> that have one.</summary>
    public static double? HeartRate(IEnumerable<RunLap> laps)
    {
        var rated = laps.Where(l => l.AverageHeartRate is not null).ToList();
        var seconds = rated.Sum(l => l.Duration.TotalSeconds);
        return seconds > 0 ? rated.Sum(l => l.AverageHeartRate!.Value * l.Duration.TotalSeconds) / seconds : null;
    }

    public static string PaceText(double? secondsPerKilometer)
    {
        var seconds = (int)Math.Round(secondsPerKilometer ?? 0);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}/km");
    }
}
