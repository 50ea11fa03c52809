using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning.History;

/// <summary>A run of the running week, as the log shows it: on a weekday in at least half of the weeks with running.</summary>
/// <param name="Day">The weekday.</param>
/// <param name="Kind">The most frequent kind of its runs (a key kind on a tie; long for a median of 90 min or more).</param>
/// <param name="Duration">The median length of its runs, or null when none was recorded.</param>
/// <param name="Time">The median start of its runs, to the quarter hour, or null when most had none.</param>
/// <param name="Weeks">In how many of the weeks with running it was run on that weekday.</param>
public sealed record HabitualRun(DayOfWeek Day, RunKind Kind, TimeSpan? Duration, TimeOfDay? Time, int Weeks)
{
    /// <summary>The run as the running week holds it.</summary>
    public Run ToRun() => new(Kind) { Day = Day, Duration = Duration, Time = Time };
}

/// <summary>A lift's best estimated 1RM in the log, and the set it came from.</summary>
/// <param name="Exercise">The catalog entry.</param>
/// <param name="OneRepMax">The estimate (Epley, from a working set of at most 10 reps).</param>
/// <param name="Date">The day of the set.</param>
/// <param name="Reps">The set's reps.</param>
/// <param name="Load">The set's load.</param>
public sealed record EstimatedLift(Exercise Exercise, Load OneRepMax, DateOnly Date, int Reps, Load Load);

/// <summary>
/// What a log says a plan needs (principles.md, formats.md "plan --from-log"): the running week of the last 8 weeks
/// and the maxes of the last 12, with what could not be told, for the athlete to confirm or edit before planning.
/// </summary>
/// <param name="Through">The last day counted back from.</param>
/// <param name="RunningWeek">The runs of the running week, Monday first.</param>
/// <param name="WeeksWithRunning">How many of the last 8 weeks held a run.</param>
/// <param name="Maxes">The main lifts' best estimates, by movement pattern.</param>
/// <param name="NotInferred">What the log could not tell, in words.</param>
public sealed record TrainingHistory(
    DateOnly Through, IReadOnlyList<HabitualRun> RunningWeek, int WeeksWithRunning, IReadOnlyList<EstimatedLift> Maxes, IReadOnlyList<string> NotInferred);
