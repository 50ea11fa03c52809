using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>
/// A lift's max as a set is judged against: one the athlete gave (<see cref="IsKnown"/>), or the best estimate from
/// the working sets of <see cref="OtherSessions"/> other sessions of the log.
/// </summary>
internal readonly record struct MaxEstimate(Load Load, int OtherSessions)
{
    public static MaxEstimate Known(Load load) => new(load, int.MaxValue);

    public bool IsKnown => OtherSessions == int.MaxValue;
}

/// <summary>
/// The best estimated 1RM of each exercise in a log's trailing 12 weeks, by session, as "Reading real logs" asks:
/// from working sets of at most 10 reps (<see cref="OneRepMax.EstimateOf"/>), and never from the session being
/// judged, so that a set cannot be heavy by its own estimate alone.
/// </summary>
internal sealed class EstimatedMaxes
{
    /// <summary>"The lifter's best estimated 1RM for that exercise in the trailing 12 weeks."</summary>
    public const int LookbackWeeks = 12;

    // Per exercise, each session's best estimate, in the order of the log.
    private readonly Dictionary<string, List<(int Week, int Session, Load Estimate)>> byExercise = new(StringComparer.Ordinal);

    /// <param name="sessions">The log's sessions in order; a session is named by its index here.</param>
    /// <param name="weekOf">The week of a session's date.</param>
    /// <param name="keyOf">The exercise and equipment an entry is (its catalog id and implement): maxes are per key.</param>
    /// <param name="fromWeek">The first week whose estimates matter.</param>
    /// <param name="toWeek">The last.</param>
    public EstimatedMaxes(IReadOnlyList<TrainingSession> sessions, Func<DateOnly, int> weekOf, Func<ExerciseEntry, string> keyOf, int fromWeek, int toWeek)
    {
        for (var index = 0; index < sessions.Count; index++)
        {
            var week = weekOf(sessions[index].Date!.Value);
            if (week < fromWeek || week > toWeek)
            {
                continue;
            }

            foreach (var entry in sessions[index].Exercises)
            {
                Load? best = null;
                foreach (var set in entry.Sets)
                {
                    if (OneRepMax.EstimateOf(set) is { } estimate && (best is null || estimate > best))
                    {
                        best = estimate;
                    }
                }

                if (best is { } load)
                {
                    Add(keyOf(entry), week, index, load);
                }
            }
        }
    }

    /// <summary>The best estimate of the exercise and equipment <paramref name="key"/> over the 12 weeks up to <paramref name="week"/>, from sessions other than <paramref name="session"/>.</summary>
    public MaxEstimate? For(string key, int week, int session)
    {
        if (!byExercise.TryGetValue(key, out var estimates))
        {
            return null;
        }

        Load? best = null;
        var others = 0;
        foreach (var (w, s, estimate) in estimates)
        {
            if (w <= week - LookbackWeeks || w > week || s == session)
            {
                continue;
            }

            others++;
            if (best is null || estimate > best)
            {
                best = estimate;
            }
        }

        return best is { } load ? new MaxEstimate(load, others) : null;
    }

    private void Add(string id, int week, int session, Load estimate)
    {
        if (!byExercise.TryGetValue(id, out var estimates))
        {
            byExercise[id] = estimates = [];
        }

        // One entry a session: an exercise done twice in a session is one session's estimate.
        if (estimates.Count > 0 && estimates[^1].Session == session)
        {
            estimates[^1] = (week, session, estimate > estimates[^1].Estimate ? estimate : estimates[^1].Estimate);
            return;
        }

        estimates.Add((week, session, estimate));
    }
}
