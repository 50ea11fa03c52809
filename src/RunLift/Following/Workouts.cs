namespace RunLift.Following;

/// <summary>A strength session of a saved plan, as following the plan needs it.</summary>
/// <param name="PlanId">The saved plan it belongs to.</param>
/// <param name="Name">Its name ("Strength A").</param>
/// <param name="Date">The day the plan put it on.</param>
/// <param name="Time">When in the day the plan put it, when it said.</param>
/// <param name="Lifts">Its exercises with their working sets (warm-ups do not count).</param>
public sealed record PlannedWorkout(long PlanId, string Name, DateOnly Date, TimeOnly? Time, IReadOnlyList<WorkoutLift> Lifts)
{
    /// <summary>The working sets the plan asks for.</summary>
    public int WorkingSets => Lifts.Sum(l => l.WorkingSets);
}

/// <summary>A strength session the athlete logged, as following a plan needs it.</summary>
/// <param name="SessionId">The logged session.</param>
/// <param name="Name">Its name.</param>
/// <param name="Date">The day it was done, in the athlete's time zone.</param>
/// <param name="Lifts">Its exercises with their working sets (warm-ups do not count).</param>
public sealed record LoggedWorkout(long SessionId, string Name, DateOnly Date, IReadOnlyList<WorkoutLift> Lifts)
{
    /// <summary>The working sets done.</summary>
    public int WorkingSets => Lifts.Sum(l => l.WorkingSets);
}

/// <summary>An exercise of a session and its working sets.</summary>
/// <param name="ExerciseId">The catalog id; null when the logged name did not resolve.</param>
/// <param name="WorkingSets">Its working sets.</param>
public sealed record WorkoutLift(string? ExerciseId, int WorkingSets);
