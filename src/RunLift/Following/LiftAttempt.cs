using RunLift.English;
using RunLift.Training;
using static RunLift.Following.Wording;

namespace RunLift.Following;

/// <summary>How a logged session of a lift went against its targets: every target rep done, and at what effort.</summary>
/// <param name="Date">The day it was done.</param>
/// <param name="TopLoad">Its heaviest working load; null when none was loaded.</param>
/// <param name="Shortfall">The first target missed ("2 reps short on set 3"); null when every target rep was done.</param>
/// <param name="OverTarget">The first set harder than its target RPE ("set 2 at RPE 9 (target 8)"); null when none was.</param>
/// <param name="Done">What was done, when all of it was ("all 5s at RPE 7").</param>
internal sealed record LiftAttempt(DateOnly Date, Load? TopLoad, string? Shortfall, string? OverTarget, string Done)
{
    /// <summary>Target reps were missed.</summary>
    public bool Missed => Shortfall is not null;

    /// <summary>The working sets <paramref name="done"/> on <paramref name="date"/> against the planned working sets <paramref name="targets"/>, set by set.</summary>
    public static LiftAttempt Of(DateOnly date, IReadOnlyList<TrainingSet> done, IReadOnlyList<TrainingSet> targets)
    {
        string? shortfall = null;
        string? over = null;
        for (var i = 0; i < targets.Count && shortfall is null; i++)
        {
            if (i >= done.Count)
            {
                shortfall = Invariant($"{done.Count} of {Plural.Count(targets.Count, "set")} done");
                break;
            }

            var (target, set) = (targets[i], done[i]);
            if (target.Reps is { } wanted && (set.Reps ?? 0) < wanted)
            {
                var missing = wanted - (set.Reps ?? 0);
                shortfall = Invariant($"{missing} {(missing == 1 ? "rep" : "reps")} short on set {i + 1}");
            }
            else if (over is null && set.Rpe is { } rpe && WrittenExercise.Target(target) is { } aim && rpe.Value > aim)
            {
                over = Invariant($"set {i + 1} at RPE {rpe.Value:0.#} (target {aim:0.#})");
            }

            // A set logged with no RPE whose reps were all done counts as not over its target: the log keeps no reps in
            // reserve to say otherwise, and a runner who did every rep without noting the effort is not held back for it.
        }

        var top = done.Where(s => !s.Bodyweight).Select(s => s.Load).Max();
        return new LiftAttempt(date, top, shortfall, over, DoneOf(done.Take(Math.Max(targets.Count, 1)).ToList(), targets));
    }

    /// <summary>"all 5s at RPE 7": the target reps (when every set had the same), and the hardest RPE logged.</summary>
    private static string DoneOf(List<TrainingSet> done, IReadOnlyList<TrainingSet> targets)
    {
        var reps = targets.Select(t => t.Reps).Distinct().ToList();
        var what = reps is [{ } same] ? Invariant($"all {same}s") : "all sets";
        var hardest = done.Select(s => s.Rpe?.Value).Max();
        return hardest is { } rpe ? Invariant($"{what} at RPE {rpe:0.#}") : $"{what} done";
    }
}
