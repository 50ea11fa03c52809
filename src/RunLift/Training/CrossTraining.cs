namespace RunLift.Training;

/// <summary>
/// Training that is neither running nor lifting: a ride, a swim, a hike, a yoga class. It is not a run (it never makes
/// a key run, a long run or running volume) and not strength work (no sets, no rules on lifting), but it is time the
/// athlete trained, so it counts in the week's load beside running and lifting.
/// </summary>
public sealed record CrossTraining
{
    /// <summary>The longest sport name kept, in the words of the app that recorded it.</summary>
    public const int MaxSportLength = 40;

    /// <summary>The sport as the source names it (<c>Ride</c>, <c>Swim</c>, <c>cycling</c>), at most <see cref="MaxSportLength"/> characters.</summary>
    public required string Sport { get; init; }

    /// <summary>The day it was done, in the athlete's time zone.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When in the day it started, when recorded.</summary>
    public TimeOfDay? Time { get; init; }

    /// <summary>How long it lasted (moving time when recorded, else elapsed).</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The distance covered, when recorded.</summary>
    public Distance? Distance { get; init; }

    /// <summary>Average heart rate in beats per minute, when recorded.</summary>
    public int? AverageHeartRate { get; init; }

    /// <summary>Its title in the file it came from, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>A sport name as kept: trimmed and clipped to <see cref="MaxSportLength"/>; "other" when the source gives none.</summary>
    public static string SportName(string? sport)
    {
        var trimmed = sport?.Trim() ?? "";
        return trimmed.Length == 0 ? "other" : trimmed.Length <= MaxSportLength ? trimmed : trimmed[..MaxSportLength];
    }
}
