namespace RunLift.Training;

/// <summary>The patterns of laps that make a run intervals, for <see cref="RunClassifier"/>.</summary>
internal static class RunLapPatterns
{
    /// <summary>A lap shorter than this is the lap button pressed twice: it counts for nothing.</summary>
    internal static readonly TimeSpan MinLap = TimeSpan.FromSeconds(10);

    /// <summary>A structured workout the watch recorded: ≥ 3 blocks of work steps with rest steps between them.</summary>
    public static (RunKind, RunKindBasis)? Structured(IReadOnlyList<RunLap> laps)
    {
        int blocks = 0, work = 0;
        var resting = true;
        foreach (var lap in laps)
        {
            switch (lap.Intensity)
            {
                case LapIntensity.Work:
                    work++;
                    blocks += resting ? 1 : 0;
                    resting = false;
                    break;
                case LapIntensity.Rest:
                    resting = true;
                    break;
            }
        }

        return blocks >= RunClassifier.MinRepeats
            ? (RunKind.Intervals, new RunKindBasis(RunKindSource.Laps, $"the watch's workout: {blocks} work step{(work == blocks ? "s" : $"s ({work} laps)")} with recoveries between"))
            : null;
    }

    /// <summary>
    /// ≥ 3 fast laps (or blocks of fast laps) of 30 s or more with slower laps between them, the slow laps' pace ≥ 15 % slower. The
    /// laps run are split into fast and slow where the split best separates their speeds (Otsu's method), so every fast
    /// lap is faster than every slow one; laps without distance are slow (a rest stood still), and when the laps run are
    /// all alike, they are the repeats between such rests.
    /// </summary>
    public static (RunKind, RunKindBasis)? Alternating(IReadOnlyList<RunLap> laps)
    {
        var timed = laps.Where(l => l.Duration >= MinLap && l.Speed is not null).ToList();
        var moving = timed.Where(l => l.Speed > 0).Select(l => l.Speed!.Value).ToArray();
        if (timed.Count < (2 * RunClassifier.MinRepeats) - 1 || moving.Length == 0)
        {
            return null;
        }

        var split = Split(moving);
        if (!moving.Any(s => s > split) || Median(moving.Where(s => s > split)) < RunClassifier.IntervalPaceRatio * Median(moving.Where(s => s <= split)))
        {
            if (moving.Length == timed.Count)
            {
                return null;
            }

            split = 0;
        }

        // Count the blocks of fast laps between slow ones: the repeats.
        int repeats = 0, fastLaps = 0;
        var inBlock = false;
        var blockTime = TimeSpan.Zero;
        foreach (var lap in timed)
        {
            if (lap.Speed > split)
            {
                fastLaps++;
                blockTime += lap.Duration;
                inBlock = true;
            }
            else
            {
                repeats += inBlock && blockTime >= RunClassifier.MinRepeat ? 1 : 0;
                inBlock = false;
                blockTime = TimeSpan.Zero;
            }
        }

        repeats += inBlock && blockTime >= RunClassifier.MinRepeat ? 1 : 0;
        if (repeats < RunClassifier.MinRepeats)
        {
            return null;
        }

        // The recoveries are the slow laps between the first repeat and the last, not the warm-up or cool-down.
        var fast = timed.Where(l => l.Speed > split).ToList();
        var (first, last) = (timed.FindIndex(l => l.Speed > split), timed.FindLastIndex(l => l.Speed > split));
        var recoveries = timed.Skip(first).Take(last - first + 1).Where(l => l.Speed <= split).ToList();
        var fastPace = Pacing.Pace(fast);
        var slowPace = recoveries.Sum(l => l.Distance?.Meters ?? 0) > 0 ? $" at {Pacing.PaceText(Pacing.Pace(recoveries))}" : " standing";
        var counted = fastLaps == repeats ? $"{repeats} fast laps" : $"{repeats} fast blocks ({fastLaps} laps)";
        return (RunKind.Intervals, new RunKindBasis(RunKindSource.Laps, $"{counted} at {Pacing.PaceText(fastPace)} alternating with recoveries{slowPace}"));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The threshold that best separates <paramref name="speeds"/> in two (Otsu's method): the largest value of the lower group.</summary>
    private static double Split(IEnumerable<double> speeds)
    {
        var values = speeds.Order().ToArray();
        double total = values.Sum(), best = -1, split = values[0], below = 0;
        for (var i = 1; i < values.Length; i++)
        {
            below += values[i - 1];
            if (values[i] == values[i - 1])
            {
                continue;
            }

            var (n1, n2) = ((double)i, (double)(values.Length - i));
            var between = n1 * n2 * Math.Pow((below / n1) - ((total - below) / n2), 2);
            if (between > best)
            {
                (best, split) = (between, values[i - 1]);
            }
        }

        return split;
    }
}
