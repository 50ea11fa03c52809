using RunLift.Following;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Tests.Following;

/// <summary>
/// The days and sessions the following tests are written in: a four-week plan from Monday 2 March 2026, sessions at
/// 18:00 as the planner puts them after a morning run, and logs of the test catalog's exercises.
/// </summary>
internal static class Week
{
    public static readonly DateOnly Mon = new(2026, 3, 2);
    public static readonly DateOnly Tue = Mon.AddDays(1);
    public static readonly DateOnly Wed = Mon.AddDays(2);
    public static readonly DateOnly Thu = Mon.AddDays(3);
    public static readonly DateOnly Fri = Mon.AddDays(4);
    public static readonly DateOnly Sat = Mon.AddDays(5);
    public static readonly DateOnly Sun = Mon.AddDays(6);

    public static readonly TimeOnly Evening = new(18, 0);

    public static PlanFollower Follower { get; } = new(TestCatalog.Instance);

    /// <summary>Intervals on Tuesday, tempo on Thursday, the long run on Sunday, all in the morning.</summary>
    public static readonly Run[] KeyRunsTueThuSun =
    [
        Morning(RunKind.Intervals, DayOfWeek.Tuesday, 60), Morning(RunKind.Tempo, DayOfWeek.Thursday, 50), Morning(RunKind.Long, DayOfWeek.Sunday, 120),
    ];

    public static Run Morning(RunKind kind, DayOfWeek day, int minutes) =>
        new(kind) { Day = day, Duration = TimeSpan.FromMinutes(minutes), Time = TimeOfDay.Am };

    public static PlanRequest Request(params Run[] runningWeek) => new() { Start = Mon, Weeks = 4, RunningWeek = runningWeek };

    public static PlanToFollow Plan(PlanRequest? request, params PlannedWorkout[] sessions) =>
        Plan(1, Mon, request, sessions);

    public static PlanToFollow Plan(long id, DateOnly start, PlanRequest? request, params PlannedWorkout[] sessions) =>
        new(id, start, start.AddDays(27), request, sessions);

    public static PlannedWorkout Session(string name, DateOnly date, params (string? Id, int Sets)[] lifts) =>
        Session(1, name, date, lifts);

    public static PlannedWorkout Session(long planId, string name, DateOnly date, params (string? Id, int Sets)[] lifts) =>
        new(planId, name, date, Evening, [.. lifts.Select(l => new WorkoutLift(l.Id, l.Sets))]);

    public static LoggedWorkout Log(long id, DateOnly date, params (string? Id, int Sets)[] lifts) =>
        new(id, $"Session {id}", date, [.. lifts.Select(l => new WorkoutLift(l.Id, l.Sets))]);

    /// <summary>Squats and bench press, three working sets each.</summary>
    public static readonly (string? Id, int Sets)[] SquatAndBench = [("back-squat", 3), ("bench-press", 3)];

    /// <summary>Deadlifts and rows, three working sets each.</summary>
    public static readonly (string? Id, int Sets)[] DeadliftAndRow = [("deadlift", 3), ("barbell-row", 3)];
}
