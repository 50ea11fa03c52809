using System.Globalization;

namespace RunLift.Training;

/// <summary>
/// Decides what kind of run each run of one input was (a file, an export, a log), and says how, in this order: the kind
/// the athlete typed; the app's marker (Strava's workout type); a word of the name or description; the laps (a
/// structured workout's steps, or ≥ 3 fast laps alternating with slower ones → intervals); a sustained effort well above
/// the runner's usual easy runs (≥ 20 min at a pace ≥ 10 % faster or a heart rate ≥ 10 % higher → tempo); ≥ 90 min →
/// long; else easy. The first that says wins. Pure: the same runs always give the same kinds, so an input classified
/// again (an archive's files, then the archive) gives the same answer with more runs to compare against.
/// </summary>
public static class RunClassifier
{
    /// <summary>Fast laps of intervals: the slow laps' pace is at least this many times the fast laps' (15 % slower).</summary>
    public const double IntervalPaceRatio = 1.15;

    /// <summary>Intervals are at least this many fast laps (or blocks of them), each followed by a slower one.</summary>
    public const int MinRepeats = 3;

    /// <summary>A sustained effort's pace is at most this fraction of the easy runs' (10 % faster).</summary>
    public const double EffortPaceFactor = 0.90;

    /// <summary>A sustained effort's heart rate is at least this many times the easy runs' (10 % higher).</summary>
    public const double EffortHeartRateFactor = 1.10;

    /// <summary>Easy runs to compare with: fewer say too little about what is usual for this runner.</summary>
    public const int MinBaselineRuns = 3;

    /// <summary>A fast lap shorter than this is a stride, not a repeat.</summary>
    public static readonly TimeSpan MinRepeat = TimeSpan.FromSeconds(30);

    /// <summary>A tempo is held at least this long.</summary>
    public static readonly TimeSpan MinEffort = TimeSpan.FromMinutes(20);

    /// <summary>A lap shorter than this is the lap button pressed twice: it counts for nothing.</summary>
    private static readonly TimeSpan MinLap = TimeSpan.FromSeconds(10);

    /// <summary>A run shorter than this says nothing about the runner's usual pace (a GPS test, a walk to the start).</summary>
    private static readonly TimeSpan MinBaselineRun = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <paramref name="runs"/> with every kind decided and its <see cref="Run.Basis"/> set. Runs the athlete typed or
    /// the app marked keep their kind; the others are decided again from what they record.
    /// </summary>
    public static IReadOnlyList<Run> Classify(IReadOnlyList<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return runs;
        }

        // First what the run says of itself; the runs left undecided (and those said to be easy or long) are the
        // runner's usual running, which the effort of each undecided run is measured against.
        var decided = runs.Select(Said).ToArray();
        var usual = Enumerable.Range(0, runs.Count).Where(i => decided[i] is null || !IsQuality(decided[i]!.Value.Kind)).ToList();
        var paces = new Baseline(usual.Where(i => runs[i].Duration >= MinBaselineRun).Select(i => Pace(runs[i])));
        var rates = new Baseline(usual.Where(i => runs[i].Duration >= MinBaselineRun).Select(i => (double?)runs[i].AverageHeartRate));

        var classified = new Run[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var (kind, basis) = decided[i]
                ?? Effort(run, paces.Without(Pace(run), run.Duration >= MinBaselineRun), rates.Without(run.AverageHeartRate, run.Duration >= MinBaselineRun))
                ?? (run.Duration >= Run.LongRunThreshold
                    ? (RunKind.Long, new RunKindBasis(RunKindSource.Duration, $"{Minutes(run.Duration!.Value)} min, and a run of {Minutes(Run.LongRunThreshold)} min or more is a long run"))
                    : (RunKind.Easy, new RunKindBasis(RunKindSource.Default, "nothing marks it as a workout, a race or a long run")));
            classified[i] = run.Kind == kind && run.Basis == basis ? run : run with { Kind = kind, Basis = basis };
        }

        return classified;
    }

    /// <summary>What the run says of itself: typed or marked, its words, or its laps; null when none says.</summary>
    private static (RunKind Kind, RunKindBasis Basis)? Said(Run run)
    {
        if (run.Basis is { Source: RunKindSource.Typed or RunKindSource.Marker } kept)
        {
            return (run.Kind, kept);
        }

        if ((RunKinds.Match(run.Name) ?? RunKinds.Match(run.Notes)) is { } named)
        {
            var where = RunKinds.Match(run.Name) is not null ? "name" : "description";
            return (named.Kind, new RunKindBasis(RunKindSource.Name, $"'{named.Words}' in the {where}"));
        }

        return Structured(run.Laps) ?? AlternatingLaps(run.Laps);
    }

    /// <summary>A structured workout the watch recorded: ≥ 3 blocks of work steps with rest steps between them.</summary>
    private static (RunKind, RunKindBasis)? Structured(IReadOnlyList<RunLap> laps)
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

        return blocks >= MinRepeats
            ? (RunKind.Intervals, new RunKindBasis(RunKindSource.Laps, $"the watch's workout: {blocks} work step{(work == blocks ? "s" : $"s ({work} laps)")} with recoveries between"))
            : null;
    }

    /// <summary>
    /// ≥ 3 fast laps (or blocks of fast laps) of 30 s or more with slower laps between them, the slow laps' pace ≥ 15 % slower. The
    /// laps run are split into fast and slow where the split best separates their speeds (Otsu's method), so every fast
    /// lap is faster than every slow one; laps without distance are slow (a rest stood still), and when the laps run are
    /// all alike, they are the repeats between such rests.
    /// </summary>
    private static (RunKind, RunKindBasis)? AlternatingLaps(IReadOnlyList<RunLap> laps)
    {
        var timed = laps.Where(l => l.Duration >= MinLap && l.Speed is not null).ToList();
        var moving = timed.Where(l => l.Speed > 0).Select(l => l.Speed!.Value).ToArray();
        if (timed.Count < (2 * MinRepeats) - 1 || moving.Length == 0)
        {
            return null;
        }

        var split = Split(moving);
        if (!moving.Any(s => s > split) || Median(moving.Where(s => s > split)) < IntervalPaceRatio * Median(moving.Where(s => s <= split)))
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
                repeats += inBlock && blockTime >= MinRepeat ? 1 : 0;
                inBlock = false;
                blockTime = TimeSpan.Zero;
            }
        }

        repeats += inBlock && blockTime >= MinRepeat ? 1 : 0;
        if (repeats < MinRepeats)
        {
            return null;
        }

        // The recoveries are the slow laps between the first repeat and the last, not the warm-up or cool-down.
        var fast = timed.Where(l => l.Speed > split).ToList();
        var (first, last) = (timed.FindIndex(l => l.Speed > split), timed.FindLastIndex(l => l.Speed > split));
        var recoveries = timed.Skip(first).Take(last - first + 1).Where(l => l.Speed <= split).ToList();
        var fastPace = Pace(fast);
        var slowPace = recoveries.Sum(l => l.Distance?.Meters ?? 0) > 0 ? $" at {PaceText(Pace(recoveries))}" : " standing";
        var counted = fastLaps == repeats ? $"{repeats} fast laps" : $"{repeats} fast blocks ({fastLaps} laps)";
        return (RunKind.Intervals, new RunKindBasis(RunKindSource.Laps, $"{counted} at {PaceText(fastPace)} alternating with recoveries{slowPace}"));
    }

    /// <summary>
    /// A tempo: ≥ 20 min of consecutive laps (or the whole run, when its laps say no pace or heart rate) at a pace ≥ 10 %
    /// faster or a heart rate ≥ 10 % higher than the median of the runner's usual runs in this input.
    /// </summary>
    private static (RunKind, RunKindBasis)? Effort(Run run, double? easyPace, double? easyRate)
    {
        if (easyPace is null && easyRate is null)
        {
            return null;
        }

        bool Hard(double? pace, double? rate) =>
            (pace is { } p && easyPace is { } ep && p <= EffortPaceFactor * ep) || (rate is { } r && easyRate is { } er && r >= EffortHeartRateFactor * er);

        var measured = run.Laps.Where(l => l.Duration >= MinLap && (l.Distance is { Meters: > 0 } || l.AverageHeartRate is not null)).ToList();
        IReadOnlyList<RunLap> stretch = [];
        if (measured.Count >= 2)
        {
            // The longest stretch of consecutive hard laps.
            var current = new List<RunLap>();
            TimeSpan currentTime = TimeSpan.Zero, longest = TimeSpan.Zero;
            foreach (var lap in run.Laps.Where(l => l.Duration >= MinLap))
            {
                if (!Hard(Pace(lap), lap.AverageHeartRate))
                {
                    (current, currentTime) = ([], TimeSpan.Zero);
                    continue;
                }

                current.Add(lap);
                currentTime += lap.Duration;
                if (currentTime > longest)
                {
                    (stretch, longest) = (current, currentTime);
                }
            }
        }
        else if (run.Duration is { } whole && Hard(Pace(run), run.AverageHeartRate))
        {
            stretch = [new RunLap(whole) { Distance = run.Distance, AverageHeartRate = run.AverageHeartRate }];
        }

        var time = TimeSpan.FromTicks(stretch.Sum(l => l.Duration.Ticks));
        if (time < MinEffort)
        {
            return null;
        }

        var of = measured.Count >= 2 ? $"{Minutes(time)} min of laps" : $"{Minutes(time)} min";
        var pace = Pace(stretch);
        var rate = HeartRate(stretch);
        var said = pace is { } p && easyPace is { } ep && p <= EffortPaceFactor * ep
            ? $"at {PaceText(p)}, {Math.Round(ep - p):0} s/km faster than your easy runs ({PaceText(ep)})"
            : rate is { } r && easyRate is { } er && r >= EffortHeartRateFactor * er
                ? $"at {r:0} bpm, {Math.Round(r - er):0} bpm above your easy runs ({er:0} bpm)"
                : "each lap faster, or at a higher heart rate, than your easy runs by 10 % or more";
        return (RunKind.Tempo, new RunKindBasis(RunKindSource.Effort, $"{of} {said}"));
    }

    /// <summary>Quality kinds: what a run is when it is a workout or a race, not the runner's usual running.</summary>
    private static bool IsQuality(RunKind kind) => kind is not (RunKind.Easy or RunKind.Recovery or RunKind.Long or RunKind.Rest);

    /// <summary>Seconds per kilometre, or null without a distance and a time.</summary>
    private static double? Pace(Run run) =>
        run.Duration is { } time && run.Distance is { Meters: >= 100 } distance && time > TimeSpan.Zero ? time.TotalSeconds / distance.Kilometers : null;

    private static double? Pace(RunLap lap) => lap.Distance is { Meters: > 0 } distance ? lap.Duration.TotalSeconds / distance.Kilometers : null;

    /// <summary>The pace over all of <paramref name="laps"/> that have a distance.</summary>
    private static double? Pace(IEnumerable<RunLap> laps)
    {
        var moving = laps.Where(l => l.Distance is { Meters: > 0 }).ToList();
        var meters = moving.Sum(l => l.Distance!.Value.Meters);
        return meters > 0 ? moving.Sum(l => l.Duration.TotalSeconds) / (meters / 1000) : null;
    }

    /// <summary>The time-weighted heart rate of <paramref name="laps"/> that have one.</summary>
    private static double? HeartRate(IEnumerable<RunLap> laps)
    {
        var rated = laps.Where(l => l.AverageHeartRate is not null).ToList();
        var seconds = rated.Sum(l => l.Duration.TotalSeconds);
        return seconds > 0 ? rated.Sum(l => l.AverageHeartRate!.Value * l.Duration.TotalSeconds) / seconds : null;
    }

    private static string PaceText(double? secondsPerKilometer)
    {
        var seconds = (int)Math.Round(secondsPerKilometer ?? 0);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}/km");
    }

    private static int Minutes(TimeSpan time) => (int)Math.Round(time.TotalMinutes);

    private static double Median(IEnumerable<double> values)
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

    /// <summary>The median of the usual runs' values, with or without one run's own.</summary>
    private sealed class Baseline(IEnumerable<double?> values)
    {
        private readonly double[] _sorted = [.. values.Where(v => v is not null).Select(v => v!.Value).Order()];

        /// <summary>The median of the others: without <paramref name="own"/> when the run is one of the usual runs.</summary>
        public double? Without(double? own, bool isMember)
        {
            var skip = isMember && own is { } value ? Array.BinarySearch(_sorted, value) : -1;
            var count = _sorted.Length - (skip >= 0 ? 1 : 0);
            if (count < MinBaselineRuns)
            {
                return null;
            }

            double At(int i) => _sorted[skip >= 0 && i >= skip ? i + 1 : i];
            var middle = count / 2;
            return count % 2 == 1 ? At(middle) : (At(middle - 1) + At(middle)) / 2;
        }
    }
}
