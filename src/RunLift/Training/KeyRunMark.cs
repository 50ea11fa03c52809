namespace RunLift.Training;

/// <summary>
/// The athlete's word that a date held a key run of some kind, where the files cannot say: a watch records a run,
/// not whether it was a workout.
/// </summary>
/// <param name="Date">The run's date, on the athlete's wall clock.</param>
/// <param name="Kind">A key run's kind: long, intervals, tempo, threshold, hills, fartlek, race pace or race.</param>
public readonly record struct KeyRunMark(DateOnly Date, RunKind Kind)
{
    private static readonly RunKindBasis Marked = new(RunKindSource.Typed, "marked a key run by you");

    /// <summary>
    /// <paramref name="runs"/> with the marks applied: every run on a marked date takes the mark's kind (keeping its
    /// time, duration, distance and name); a marked date without a recorded run gains a run of that kind.
    /// </summary>
    /// <exception cref="ArgumentException">a mark's kind is not a key run's (rest, easy, recovery).</exception>
    public static IReadOnlyList<Run> Apply(IReadOnlyList<Run> runs, IEnumerable<KeyRunMark> marks)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(marks);
        var byDate = new Dictionary<DateOnly, RunKind>();
        foreach (var mark in marks)
        {
            if (!new Run(mark.Kind).IsKey)
            {
                throw new ArgumentException($"{mark.Kind} is not a key run's kind.", nameof(marks));
            }

            byDate[mark.Date] = mark.Kind;
        }

        if (byDate.Count == 0)
        {
            return runs;
        }

        var marked = runs.Select(r => r.Date is { } date && byDate.TryGetValue(date, out var kind) ? r with { Kind = kind, Basis = Marked } : r).ToList();
        var recorded = runs.Where(r => r.Date is not null).Select(r => r.Date!.Value).ToHashSet();
        marked.AddRange(byDate.Where(m => !recorded.Contains(m.Key)).OrderBy(m => m.Key).Select(m => new Run(m.Value) { Date = m.Key, Basis = Marked }));
        return marked;
    }
}
