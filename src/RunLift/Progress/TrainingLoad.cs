using RunLift.Training;

namespace RunLift.Progress;

/// <summary>
/// One training load for running and lifting: minutes × effort on the CR-10 scale of session RPE (Foster 2001), so
/// that an hour's easy run and an hour's lifting at RPE 7 add up on one axis. A strength session's effort is its
/// session RPE; a run's is its heart rate against the athlete's maximum when both are known, else what its kind
/// usually feels like.
/// </summary>
public static class TrainingLoad
{
    // Effort on the CR-10 scale (0 rest … 10 maximal) that a run of each kind is usually rated at an average of, by the
    // session-RPE method (Foster 2001: the athlete rates the whole session 30 min after it): recovery and easy running
    // "easy" to "moderate", the long run a notch higher for its length, fartlek, hills and tempo "hard", threshold and
    // race pace between that and intervals, whose rests pull the session below the reps' effort, and a race "very hard"
    // short of maximal. Used only when the run has no heart rate to go by.
    private static readonly Dictionary<RunKind, double> IntensityByKind = new()
    {
        [RunKind.Rest] = 0,
        [RunKind.Recovery] = 2,
        [RunKind.Easy] = 3,
        [RunKind.Long] = 4,
        [RunKind.Fartlek] = 5,
        [RunKind.Hills] = 6,
        [RunKind.Tempo] = 6,
        [RunKind.Threshold] = 7,
        [RunKind.RacePace] = 7,
        [RunKind.Intervals] = 8,
        [RunKind.Race] = 9,
    };

    // Heart rate onto the same scale: a straight line from 50 % of the maximum (0, no training effect) that rises one
    // CR-10 point per 5 % (60 % → 2 easy, 80 % → 6 hard, 95 % → 9), the zones of Edwards' summated heart-rate load
    // (1993: weights 1–5 for 50–60 % … 90–100 % of the maximum) doubled to span ten points. A run is never rated below 1
    // or above 10: a low average is still a run, an average above the stated maximum no more than maximal.
    private const double HeartRateFloorPercent = 50;
    private const double HeartRatePercentPerPoint = 5;
    private const double LeastRunIntensity = 1;

    /// <summary>The top of the CR-10 scale: maximal effort.</summary>
    public const double MaxIntensity = 10;

    /// <summary>The effort a run of <paramref name="kind"/> is usually rated at, without a heart rate (rest 0).</summary>
    public static double IntensityOf(RunKind kind) => IntensityByKind.GetValueOrDefault(kind);

    /// <summary>
    /// A run's effort on the CR-10 scale: by <paramref name="averageHeartRate"/> ÷ <paramref name="maxHeartRate"/> when
    /// both are known (clamp((HR% − 50) / 5, 1, 10)), else by its kind (<see cref="IntensityOf"/>).
    /// </summary>
    public static double RunIntensity(RunKind kind, int? averageHeartRate, int? maxHeartRate) =>
        averageHeartRate is int average and > 0 && maxHeartRate is int max and > 0
            ? Math.Clamp((100.0 * average / max - HeartRateFloorPercent) / HeartRatePercentPerPoint, LeastRunIntensity, MaxIntensity)
            : IntensityOf(kind);

    /// <summary>A run's load: its minutes × <see cref="RunIntensity"/>; 0 for a run without time.</summary>
    public static double OfRun(RunKind kind, TimeSpan duration, int? averageHeartRate, int? maxHeartRate) =>
        Minutes(duration) * RunIntensity(kind, averageHeartRate, maxHeartRate);

    /// <summary>
    /// A strength session's minutes and load, as the progress report and RL503 measure it: the minutes recorded, else
    /// the auditor's estimate (<see cref="SessionMeasures.EstimatedLength"/>); the load is session RPE × those minutes,
    /// where the mean RPE of the working sets stands in for a session RPE not recorded (the apps do not record one), and
    /// is null when there is neither.
    /// </summary>
    public static SessionLoad OfSession(double? sessionRpe, double? meanWorkingRpe, TimeSpan? recorded, TimeSpan? estimated)
    {
        var minutes = Minutes(recorded ?? estimated ?? TimeSpan.Zero);
        return new SessionLoad(minutes, (Effort(sessionRpe) ?? Effort(meanWorkingRpe)) * minutes);
    }

    // Time never counts below nothing: a negative length is a broken record, not a credit.
    private static double Minutes(TimeSpan duration) => Math.Max(0, duration.TotalMinutes);

    // An RPE outside the scale is read at its nearest end; one that is not a number is no RPE.
    private static double? Effort(double? rpe) => rpe is { } value && !double.IsNaN(value) ? Math.Clamp(value, 0, MaxIntensity) : null;
}

/// <summary>What a strength session adds to the training load.</summary>
/// <param name="Minutes">Its length in minutes: recorded, else estimated.</param>
/// <param name="RpeMinutes">Session RPE × minutes; null when neither the session nor any working set has an RPE.</param>
public readonly record struct SessionLoad(double Minutes, double? RpeMinutes);
