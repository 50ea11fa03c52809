using RunLift.Auditing.Analysis;
using RunLift.Training;

namespace RunLift.Progress;

/// <summary>
/// What a performed session measures, the way the auditor measures it (principles.md): its estimated length (reps × 4 s,
/// the rest, 5 minutes to set up), the RPE that stands for session RPE (the mean of the working sets' RPEs: the apps do
/// not record session RPE), and its volume load (Σ reps × kg of the working sets, twice for a set done per side).
/// Impossible records (a timer left running, a mistyped load) count in none of them.
/// </summary>
/// <param name="EstimatedLength">The auditor's estimate of the session's length.</param>
/// <param name="MeanWorkingRpe">The mean RPE of the working sets that have one; null when none has.</param>
/// <param name="VolumeKg">Reps × kilograms over the working sets.</param>
public sealed record SessionMeasures(TimeSpan EstimatedLength, double? MeanWorkingRpe, double VolumeKg)
{
    /// <summary>The measures of a session given by its exercises' sets.</summary>
    public static SessionMeasures Of(IEnumerable<IReadOnlyList<TrainingSet>> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var all = exercises as IReadOnlyCollection<IReadOnlyList<TrainingSet>> ?? [.. exercises];
        double rpeSum = 0, volume = 0;
        var rpeCount = 0;
        foreach (var sets in all)
        {
            for (var i = 0; i < sets.Count; i++)
            {
                var set = sets[i];
                if (!set.IsWorking || Plausibility.IsImpossible(set))
                {
                    continue;
                }

                volume += (set.Reps ?? 0) * (set.Load?.Kilograms ?? 0) * (set.PerSide ? 2 : 1);
                if (set.Rpe is { } rpe)
                {
                    rpeSum += rpe.Value;
                    rpeCount++;
                }
            }
        }

        return new SessionMeasures(SessionLength.Estimate(all), rpeCount == 0 ? null : rpeSum / rpeCount, volume);
    }
}
