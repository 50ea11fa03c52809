using RunLift.Training;

namespace RunLift.Following;

/// <summary>A session of a saved plan with every set as the plan wrote it: what the next session is prescribed from.</summary>
/// <param name="Name">Its name ("Strength A").</param>
/// <param name="Date">The day the plan put it on.</param>
/// <param name="Deload">It is in a deload week.</param>
/// <param name="Exercises">Its exercises, in order.</param>
public sealed record WrittenSession(string Name, DateOnly Date, bool Deload, IReadOnlyList<WrittenExercise> Exercises)
{
    /// <summary>Its exercise <paramref name="id"/>; null when it has none.</summary>
    public WrittenExercise? Exercise(string id) => Exercises.FirstOrDefault(e => e.Id == id);
}

/// <summary>An exercise of a written session.</summary>
/// <param name="Id">Its catalog id.</param>
/// <param name="Name">Its catalog name.</param>
/// <param name="Sets">Its sets, warm-ups first.</param>
public sealed record WrittenExercise(string Id, string Name, IReadOnlyList<TrainingSet> Sets)
{
    /// <summary>Its working sets, in order: the targets.</summary>
    public IReadOnlyList<TrainingSet> WorkingSets => [.. Sets.Where(s => s.IsWorking)];

    /// <summary>The heaviest working load the plan wrote; null when it wrote none (loaded by RPE, bodyweight, timed).</summary>
    public Load? Load => WorkingSets.Where(s => !s.Bodyweight).Select(s => s.Load).Max();

    /// <summary>The %1RM its working sets were prescribed at; null when the plan gave none.</summary>
    public double? Percent => WorkingSets.Select(s => s.PercentOneRepMax).Max();

    /// <summary>
    /// Loaded by RPE only: working sets of reps at a target RPE and no load, not bodyweight work. The log then says what
    /// the load is.
    /// </summary>
    public bool ByRpeOnly => Load is null && WorkingSets is [var first, ..] && first is { Reps: > 0, Bodyweight: false } && Target(first) is not null;

    /// <summary>
    /// The RPE a working set aims at: its RPE, or 10 − its reps in reserve where the plan gives RIR; null when it gives
    /// neither.
    /// </summary>
    public static double? Target(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Rpe?.Value ?? (set.RepsInReserve is { } rir ? Rpe.FromRepsInReserve(rir).Value : null);
    }
}
