using RunLift.Catalog;

namespace RunLift.Following;

/// <summary>
/// How much of a planned session a logged one did (principles.md, "The plan follows the athlete"): the logged working
/// sets of the planned exercises ÷ the planned working sets; ≥ 80 % is done, 50–79 % partial, less is missed.
/// </summary>
public static class Compliance
{
    /// <summary>The share of planned working sets that makes a session done.</summary>
    public const double Done = 0.8;

    /// <summary>The share that makes it partial; less is missed.</summary>
    public const double Partial = 0.5;

    /// <summary>
    /// The planned working sets that <paramref name="logged"/> did: per planned exercise, its logged working sets up to
    /// the planned number. A lift the athlete swapped for another of the same movement pattern (a trap-bar deadlift for
    /// the deadlift, a split squat for the lunge) counts for the planned one, as a coach would count it; extra sets of one
    /// exercise never make up for another that was skipped.
    /// </summary>
    public static int MatchedSets(PlannedWorkout planned, LoggedWorkout logged, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(catalog);
        var left = logged.Lifts.Where(l => l.ExerciseId is not null)
            .GroupBy(l => l.ExerciseId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.WorkingSets), StringComparer.Ordinal);
        var wanted = planned.Lifts.GroupBy(l => l.ExerciseId ?? "", StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Sets: g.Sum(l => l.WorkingSets))).ToList();
        var matched = 0;
        var shortfalls = new List<(string Id, int Missing)>();
        foreach (var (id, sets) in wanted)
        {
            var done = Math.Min(sets, left.GetValueOrDefault(id));
            left[id] = left.GetValueOrDefault(id) - done;
            matched += done;
            if (done < sets)
            {
                shortfalls.Add((id, sets - done));
            }
        }

        // Then swaps: what is left of the logged sets, by movement pattern.
        foreach (var (id, missing) in shortfalls)
        {
            if (catalog.FindById(id) is not { } exercise)
            {
                continue;
            }

            var need = missing;
            foreach (var other in left.Keys.ToList())
            {
                if (need == 0)
                {
                    break;
                }

                if (left[other] > 0 && catalog.FindById(other) is { } swap && swap.Pattern == exercise.Pattern && swap.Explosive == exercise.Explosive)
                {
                    var taken = Math.Min(need, left[other]);
                    left[other] -= taken;
                    need -= taken;
                    matched += taken;
                }
            }
        }

        return matched;
    }

    /// <summary>The status a share of planned working sets gives.</summary>
    public static SessionOutcome OutcomeOf(double share) =>
        share >= Done ? SessionOutcome.Done : share >= Partial ? SessionOutcome.Partial : SessionOutcome.Missed;
}
