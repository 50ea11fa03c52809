using RunLift.Training;

namespace RunLift.Following;

/// <summary>The next session of a plan as prescribed from the log.</summary>
/// <param name="Name">Its name, as the plan wrote it.</param>
/// <param name="Date">Its day now (a missed session moved within its week is on its new day).</param>
/// <param name="Exercises">Its exercises, in the plan's order.</param>
public sealed record NextSession(string Name, DateOnly Date, IReadOnlyList<NextExercise> Exercises);

/// <summary>An exercise of the next session: its sets with the prescribed loads, and why they differ from the plan.</summary>
/// <param name="Id">Its catalog id.</param>
/// <param name="Name">Its catalog name.</param>
/// <param name="Sets">Its sets, warm-ups first, rewritten from the prescribed working load.</param>
/// <param name="Adjustment">How the log changed its load; null when the log has nothing to say (no history, bodyweight or timed work).</param>
public sealed record NextExercise(string Id, string Name, IReadOnlyList<TrainingSet> Sets, LoadAdjustment? Adjustment);

/// <summary>How the log changed a lift's load, and why.</summary>
/// <param name="Reason">Why, in words a runner understands: "+5 kg: all 5s at RPE 7 last Tuesday".</param>
/// <param name="From">The working load the plan wrote; null for a lift it loads by RPE only.</param>
/// <param name="To">The working load prescribed.</param>
public sealed record LoadAdjustment(string Reason, Load? From, Load To);
