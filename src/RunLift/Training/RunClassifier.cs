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
        var paces = new Baseline(usual.Where(i => runs[i].Duration >= MinBaselineRun).Select(i => Pacing.Pace(runs[i])));
        var rates = new Baseline(usual.Where(i => runs[i].Duration >= MinBaselineRun).Select(i => (double?)runs[i].AverageHeartRate));

        var classified = new Run[runs.Count];
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var (kind, basis) = decided[i]
                ?? Effort(run, paces.Without(Pacing.Pace(run), run.Duration >= MinBaselineRun), rates.Without(run.AverageHeartRate, run.Duration >= MinBaselineRun))
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

        // A description mentions races it is not ("legs heavy from Sunday's race"): only the name or a mark says a race.
        var byName = RunKinds.Match(run.Name);
        var byNotes = byName is null ? RunKinds.Match(run.Notes) : null;
        if ((byName ?? (byNotes is { Kind: RunKind.Race } ? null : byNotes)) is { } named)
        {
            var where = byName is not null ? "name" : "description";
            return (named.Kind, new RunKindBasis(RunKindSource.Name, $"'{named.Words}' in the {where}"));
        }

        return RunLapPatterns.Structured(run.Laps) ?? RunLapPatterns.Alternating(run.Laps);
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

        var measured = run.Laps.Where(l => l.Duration >= RunLapPatterns.MinLap && (l.Distance is { Meters: > 0 } || l.AverageHeartRate is not null)).ToList();
        IReadOnlyList<RunLap> stretch = [];
        if (measured.Count >= 2)
        {
            // The longest stretch of consecutive hard laps.
            var current = new List<RunLap>();
            TimeSpan currentTime = TimeSpan.Zero, longest = TimeSpan.Zero;
            foreach (var lap in run.Laps.Where(l => l.Duration >= RunLapPatterns.MinLap))
            {
                if (!Hard(Pacing.Pace(lap), lap.AverageHeartRate))
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
        else if (run.Duration is { } whole && Hard(Pacing.Pace(run), run.AverageHeartRate))
        {
            stretch = [new RunLap(whole) { Distance = run.Distance, AverageHeartRate = run.AverageHeartRate }];
        }

        var time = TimeSpan.FromTicks(stretch.Sum(l => l.Duration.Ticks));
        if (time < MinEffort)
        {
            return null;
        }

        var of = measured.Count >= 2 ? $"{Minutes(time)} min of laps" : $"{Minutes(time)} min";
        var pace = Pacing.Pace(stretch);
        var rate = Pacing.HeartRate(stretch);
        var said = pace is { } p && easyPace is { } ep && p <= EffortPaceFactor * ep
            ? $"at {Pacing.PaceText(p)}, {Math.Round(ep - p):0} s/km faster than your easy runs ({Pacing.PaceText(ep)})"
            : rate is { } r && easyRate is { } er && r >= EffortHeartRateFactor * er
                ? $"at {r:0} bpm, {Math.Round(r - er):0} bpm above your easy runs ({er:0} bpm)"
                : "each lap faster, or at a higher heart rate, than your easy runs by 10 % or more";
        return (RunKind.Tempo, new RunKindBasis(RunKindSource.Effort, $"{of} {said}"));
    }

    /// <summary>Quality kinds: what a run is when it is a workout or a race, not the runner's usual running.</summary>
    private static bool IsQuality(RunKind kind) => kind is not (RunKind.Easy or RunKind.Recovery or RunKind.Long or RunKind.Rest);

    private static int Minutes(TimeSpan time) => (int)Math.Round(time.TotalMinutes);

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
