using RunLift.Auditing.Analysis;
using RunLift.Catalog;
using RunLift.Progress;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Planning.History;

/// <summary>Infers the running week and the maxes a plan needs from a log (runs and strength sessions).</summary>
public static class HistoryInference
{
    /// <summary>The running week is what the last 8 weeks show.</summary>
    public const int RunningWeeks = 8;

    /// <summary>Maxes are the best of the last 12 weeks, as the auditor's estimates are.</summary>
    public const int MaxWeeks = EstimatedMaxes.LookbackWeeks;

    // The lifts a plan prescribes from a max: compound strength work, not isolation, carries or jumps.
    private static readonly MovementPattern[] MainPatterns =
        [MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.SingleLeg, MovementPattern.Push, MovementPattern.Pull, MovementPattern.Olympic];

    /// <summary>
    /// What <paramref name="log"/> says, counting back from its last day on or before <paramref name="today"/> (the
    /// athlete's today; an export taken months ago is read up to its end). A weekday is part of the running week when
    /// it held a run in at least half of the weeks that held any (and at least once): a habit, not a one-off.
    /// </summary>
    public static TrainingHistory Infer(TrainingDocument log, ExerciseCatalog catalog, DateOnly today, NameMapping? names = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(catalog);
        var end = log.Runs.Where(r => r.Date is not null).Select(r => r.Date!.Value)
            .Concat(log.Sessions.Where(s => s.Date is not null).Select(s => s.Date!.Value))
            .Where(d => d <= today)
            .DefaultIfEmpty(today)
            .Max();
        var notInferred = new List<string>();

        var (runningWeek, weeksWithRunning) = RunningWeek(log.Runs, end);
        if (weeksWithRunning == 0)
        {
            notInferred.Add($"the running week: no runs in the {RunningWeeks} weeks to {end:yyyy-MM-dd}");
        }
        else if (runningWeek.Count == 0)
        {
            notInferred.Add($"the running week: runs on {weeksWithRunning} of the last {RunningWeeks} weeks, but on no weekday in half of them");
        }

        var maxes = Maxes(log.Sessions, end, catalog, names);
        if (maxes.Count == 0)
        {
            notInferred.Add($"maxes: no loaded working sets of 10 reps or fewer of a main lift in the {MaxWeeks} weeks to {end:yyyy-MM-dd}");
        }

        return new TrainingHistory(end, runningWeek, weeksWithRunning, maxes, notInferred);
    }

    private static (List<HabitualRun> Runs, int WeeksWithRunning) RunningWeek(IEnumerable<Run> runs, DateOnly end)
    {
        var from = IsoWeek.StartOfWeeksEndingOn(end, RunningWeeks);
        var recent = runs.Where(r => r.Date is { } d && d >= from && d <= end).ToList();
        var weeks = recent.Select(r => IsoWeek.MondayOf(r.Date!.Value)).Distinct().Count();
        var habit = Math.Max(1, (weeks + 1) / 2);
        var week = new List<HabitualRun>();
        foreach (var day in recent.GroupBy(r => r.Date!.Value.DayOfWeek).OrderBy(g => IsoWeek.DayIndex(g.Key)))
        {
            var weeksRun = day.Select(r => IsoWeek.MondayOf(r.Date!.Value)).Distinct().Count();
            if (weeksRun < habit)
            {
                continue;
            }

            var duration = Median(day.Where(r => r.Duration is not null).Select(r => r.Duration!.Value.Ticks)) is { } ticks
                ? TimeSpan.FromMinutes(Math.Round(TimeSpan.FromTicks(ticks).TotalMinutes / 5) * 5)
                : (TimeSpan?)null;
            var kind = day
                .GroupBy(r => r.Kind)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => new Run(g.Key).IsKey)
                .First().Key;
            if (kind is RunKind.Easy or RunKind.Recovery && duration >= Run.LongRunThreshold)
            {
                kind = RunKind.Long;
            }

            var timed = day.Where(r => r.Time is not null).ToList();
            var time = timed.Count * 2 > day.Count() && Median(timed.Select(r => r.Time!.Value.Time.Ticks)) is { } at
                ? TimeOfDay.At(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Round(TimeSpan.FromTicks(at).TotalMinutes / 15) * 15 % 1440)))
                : (TimeOfDay?)null;
            week.Add(new HabitualRun(day.Key, kind, duration, time, weeksRun));
        }

        return (week, weeks);
    }

    private static List<EstimatedLift> Maxes(IEnumerable<TrainingSession> sessions, DateOnly end, ExerciseCatalog catalog, NameMapping? names)
    {
        var from = IsoWeek.StartOfWeeksEndingOn(end, MaxWeeks);
        var best = new Dictionary<string, EstimatedLift>(StringComparer.Ordinal);
        foreach (var session in sessions.Where(s => s.Date is { } d && d >= from && d <= end))
        {
            foreach (var entry in session.Exercises)
            {
                var resolution = catalog.Resolve(entry.Name, new NameHints(entry.Category, entry.CatalogId), names);
                // An assisted pull-up's load is the machine's help, not the lifter's: no max.
                if (!resolution.IsKnown || resolution.Exercise.Mechanic != Mechanic.Compound || !MainPatterns.Contains(resolution.Exercise.Pattern)
                    || resolution.Exercise.Id.Contains("assisted", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var set in entry.Sets)
                {
                    if (OneRepMax.EstimateOf(set) is { } estimate
                        && (!best.TryGetValue(resolution.Exercise.Id, out var current) || estimate > current.OneRepMax))
                    {
                        best[resolution.Exercise.Id] = new EstimatedLift(resolution.Exercise, estimate, session.Date!.Value, set.Reps!.Value, set.Load!.Value);
                    }
                }
            }
        }

        return [.. best.Values.OrderBy(l => Array.IndexOf(MainPatterns, l.Exercise.Pattern)).ThenByDescending(l => l.OneRepMax)];
    }

    private static long? Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
