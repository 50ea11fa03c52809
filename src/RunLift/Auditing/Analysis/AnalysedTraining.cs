using RunLift.Catalog;
using RunLift.English;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>One week of training as the rules see it.</summary>
/// <param name="Index">0-based, in order.</param>
/// <param name="Monday">The week's Monday, for logs.</param>
/// <param name="Sessions">Its strength sessions in time order.</param>
/// <param name="WeeksIntoLog">For logs: whole weeks since the log's first session (for "a new lifter's first 4 weeks").</param>
internal sealed record AnalysedWeek(int Index, DateOnly? Monday, IReadOnlyList<AnalysedSession> Sessions, int WeeksIntoLog)
{
    /// <summary>
    /// A log's first or last week that the log covers only in part (it starts after the Monday, or ends before the
    /// Sunday: an export taken on a Wednesday): what is absent from it may simply not have happened yet.
    /// </summary>
    public bool Partial { get; init; }

    public int WorkingVolume { get; } = Sessions.Sum(s => s.WorkingVolume);

    public int Count(Func<AnalysedExercise, AnalysedSet, bool> predicate)
    {
        var count = 0;
        for (var i = 0; i < Sessions.Count; i++)
        {
            count += Sessions[i].Count(predicate);
        }

        return count;
    }
}

/// <summary>
/// Training prepared for the rules: sessions resolved, classified and placed on a timeline of hours, the
/// weeks to judge, key runs and races. Built once per audit by <see cref="TrainingAnalyzer"/>.
/// </summary>
internal sealed class AnalysedTraining
{
    public const double HoursPerWeek = 7 * 24;

    public required bool IsLog { get; init; }

    public required Athlete Athlete { get; init; }

    public required TrainingPhase? Phase { get; init; }

    /// <summary>The weeks judged: the window of a log, or the one week of a routine.</summary>
    public required IReadOnlyList<AnalysedWeek> Weeks { get; init; }

    public required IReadOnlyList<TimedRun> KeyRuns { get; init; }

    public required IReadOnlyList<TimedRace> Races { get; init; }

    /// <summary>Strength load per calendar week from the log's first week to the window's last (RL503).</summary>
    public required IReadOnlyList<WeekLoad> LoadHistory { get; init; }

    public required AuditWindow? Window { get; init; }

    public required ExerciseCatalog Catalog { get; init; }

    public IEnumerable<AnalysedSession> Sessions => Weeks.SelectMany(w => w.Sessions);

    /// <summary>The weeks an absence can be judged in: all of a routine's, a log's whole weeks (<see cref="AnalysedWeek.Partial"/>).</summary>
    public IReadOnlyList<AnalysedWeek> WholeWeeks => [.. Weeks.Where(w => !w.Partial)];

    /// <summary>For a log, the first week of <see cref="LoadHistory"/> the log covers whole (0, or 1 when it starts mid-week).</summary>
    public int FirstWholeWeek { get; init; }

    /// <summary>Recorded sessions and runs dated after the athlete's today: left out of every rule (RL003).</summary>
    public IReadOnlyList<(DateOnly Date, string What)> FutureRecords { get; init; } = [];

    /// <summary>
    /// The key runs starting after <paramref name="hour"/> and less than <paramref name="within"/> hours later, nearest
    /// first, with the hours to each. A log's key runs are sorted by time, so this is a binary search, not a scan.
    /// </summary>
    public IEnumerable<(TimedRun Run, double Hours)> KeyRunsWithin(double hour, double within)
    {
        if (double.IsNaN(hour))
        {
            yield break;
        }

        if (!IsLog)
        {
            foreach (var found in KeyRuns.Select(r => (Run: r, Hours: HoursBetween(hour, r.Hour))).Where(x => x.Hours > 0 && x.Hours < within).OrderBy(x => x.Hours))
            {
                yield return found;
            }

            yield break;
        }

        var (low, high) = (0, KeyRuns.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = KeyRuns[middle].Hour <= hour ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < KeyRuns.Count && KeyRuns[i].Hour - hour < within; i++)
        {
            yield return (KeyRuns[i], KeyRuns[i].Hour - hour);
        }
    }

    /// <summary>Hours from <paramref name="from"/> forward to <paramref name="to"/>; a routine's week wraps around.</summary>
    public double HoursBetween(double from, double to) =>
        IsLog ? to - from : (((to - from) % HoursPerWeek) + HoursPerWeek) % HoursPerWeek;

    /// <summary>" Seen in 3 of the last 8 weeks." for logs; empty for a routine, which is one week.</summary>
    public string SeenIn(int broken) => IsLog ? $" Seen in {broken} of the last {Plural.Count(Weeks.Count, "week")}." : "";

    public int? WeeksField(int broken) => IsLog ? broken : null;
}

/// <summary>A calendar week's strength load: session RPE × minutes, and volume load (reps × kg).</summary>
/// <param name="Monday">The week's Monday.</param>
/// <param name="RpeMinutes">Σ session RPE × minutes; null when a session has no RPE.</param>
/// <param name="VolumeLoad">Σ reps × kg of working sets.</param>
internal sealed record WeekLoad(DateOnly Monday, double? RpeMinutes, double VolumeLoad)
{
    /// <summary>Every session of the week is declared taper or off-season: light by design, not a new base.</summary>
    public bool EasyByDesign { get; init; }

    /// <summary>A week without lifting.</summary>
    public bool IsEmpty => VolumeLoad == 0 && (RpeMinutes ?? 0) == 0;
}
