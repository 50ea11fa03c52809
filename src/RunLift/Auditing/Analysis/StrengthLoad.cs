using RunLift.Progress;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>
/// Weekly strength load (RL503), shared by the auditor and the planner so that a plan is checked with the
/// very measure it will be judged by.
/// </summary>
internal static class StrengthLoad
{
    /// <summary>
    /// Strength load per calendar week from <paramref name="epoch"/> (a Monday) to week <paramref name="lastWeek"/>:
    /// Σ session RPE × minutes (null for a week with a session without RPE) and Σ reps × kg.
    /// </summary>
    public static List<WeekLoad> ByWeek(IEnumerable<TrainingSession> sessions, DateOnly epoch, int lastWeek)
    {
        var rpeMinutes = new double[lastWeek + 1];
        var volume = new double[lastWeek + 1];
        var rpeComplete = Enumerable.Repeat(true, lastWeek + 1).ToArray();
        var sessionsIn = new int[lastWeek + 1];
        var easyIn = new int[lastWeek + 1];
        foreach (var session in sessions)
        {
            if (session.Date is not { } date)
            {
                continue;
            }

            var week = IsoWeek.Of(epoch).WeeksUntil(IsoWeek.Of(date));
            if (week < 0 || week > lastWeek)
            {
                continue;
            }

            sessionsIn[week]++;
            easyIn[week] += session.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason ? 1 : 0;
            var (sessionRpeMinutes, sessionVolume) = OfSession(session.Exercises.Select(e => e.Sets), session.Duration);
            volume[week] += sessionVolume;
            if (sessionRpeMinutes is { } load)
            {
                rpeMinutes[week] += load;
            }
            else
            {
                rpeComplete[week] = false;
            }
        }

        return [.. Enumerable.Range(0, lastWeek + 1)
            .Select(w => new WeekLoad(IsoWeek.Of(epoch).Plus(w).Monday, rpeComplete[w] ? rpeMinutes[w] : null, volume[w]) { EasyByDesign = sessionsIn[w] > 0 && easyIn[w] == sessionsIn[w] })];
    }

    /// <summary>
    /// The loads a week is compared with (principles.md: deloads and tapers are not the base): each week light by design
    /// at the level of the last normal week before it, so returning from a taper and an off-season is not a spike.
    /// </summary>
    public static List<WeekLoad> AsBaseline(IReadOnlyList<WeekLoad> history, Func<int, bool> easy)
    {
        var baseline = new List<WeekLoad>(history.Count);
        WeekLoad? lastNormal = null;
        for (var i = 0; i < history.Count; i++)
        {
            var light = easy(i);
            baseline.Add(light && lastNormal is { } level ? level with { Monday = history[i].Monday } : history[i]);
            if (!light && !history[i].IsEmpty)
            {
                lastNormal = history[i];
            }
        }

        return baseline;
    }

    /// <summary>
    /// One session's load: session RPE × minutes (null when no working set has an RPE) and reps × kg. Session RPE
    /// (Foster 2001) is not recorded by the apps; the mean RPE of the working sets stands in for it
    /// (<see cref="TrainingLoad.OfSession"/>, as the progress report measures it).
    /// </summary>
    public static (double? RpeMinutes, double Volume) OfSession(IEnumerable<IReadOnlyList<TrainingSet>> exercises, TimeSpan? duration)
    {
        var measures = SessionMeasures.Of(exercises);
        return (TrainingLoad.OfSession(null, measures.MeanWorkingRpe, duration, measures.EstimatedLength).RpeMinutes, measures.VolumeKg);
    }

    /// <summary>Below this mean of session RPE × minutes (one short easy session a week) a ratio says nothing.</summary>
    public const double MinMeanRpeMinutes = 100;

    /// <summary>Below this mean of kg lifted a week a ratio says nothing.</summary>
    public const double MinMeanKilograms = 1000;

    /// <summary>
    /// Week <paramref name="index"/>'s load ÷ the mean of the <paramref name="previous"/> weeks before it, by session
    /// RPE × minutes when all those weeks have RPEs, else by kg lifted. Null without enough history, or when the
    /// weeks before carried almost no load: coming back from a break is a ramp from nothing, and the ratio of
    /// anything to almost nothing is noise.
    /// </summary>
    public static (double Ratio, double Load, double Mean, bool ByRpe)? Spike(IReadOnlyList<WeekLoad> history, int index, int previous, IReadOnlyList<WeekLoad>? baseline = null)
    {
        if (previous < 1 || index < previous || index >= history.Count)
        {
            return null;
        }

        var before = baseline ?? history;
        var byRpe = history[index].RpeMinutes is not null;
        for (var w = index - previous; w < index; w++)
        {
            byRpe &= before[w].RpeMinutes is not null;
        }

        double Measure(WeekLoad w) => byRpe ? w.RpeMinutes!.Value : w.VolumeLoad;
        var mean = 0.0;
        for (var w = index - previous; w < index; w++)
        {
            mean += Measure(before[w]) / previous;
        }

        return mean >= (byRpe ? MinMeanRpeMinutes : MinMeanKilograms)
            ? (Measure(history[index]) / mean, Measure(history[index]), mean, byRpe)
            : null;
    }
}
