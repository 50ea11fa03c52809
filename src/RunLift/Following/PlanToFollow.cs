using RunLift.Planning;

namespace RunLift.Following;

/// <summary>A saved plan as following it needs: its sessions and the request they were planned from.</summary>
/// <param name="Id">The saved plan.</param>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day.</param>
/// <param name="Request">The request it was made from (its running week and races decide where a missed session can go); null when unreadable.</param>
/// <param name="Sessions">Its sessions, as written.</param>
public sealed record PlanToFollow(long Id, DateOnly Start, DateOnly End, PlanRequest? Request, IReadOnlyList<PlannedWorkout> Sessions);
