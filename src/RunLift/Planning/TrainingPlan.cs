using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>A week of the plan.</summary>
/// <param name="Start">Its first day: the plan's start for the first week, a Monday after that.</param>
/// <param name="Phase">The phase it belongs to.</param>
/// <param name="Deload">A deload week: volume cut by about half.</param>
public sealed record PlanWeek(DateOnly Start, TrainingPhase Phase, bool Deload);

/// <summary>An exercise of a planned session, with its catalog entry.</summary>
/// <param name="Exercise">The catalog entry.</param>
/// <param name="Sets">The prescribed sets.</param>
public sealed record PlannedExercise(Exercise Exercise, IReadOnlyList<TrainingSet> Sets);

/// <summary>A dated strength session of the plan.</summary>
public sealed record PlannedSession
{
    /// <summary>"Strength A", "Power B", "Taper".</summary>
    public required string Name { get; init; }

    /// <summary>The day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When in the day: after the day's key run, or in the afternoon.</summary>
    public required TimeOfDay Time { get; init; }

    /// <summary>The phase.</summary>
    public required TrainingPhase Phase { get; init; }

    /// <summary>The exercises in order: explosive work first, then the main lifts, then accessories.</summary>
    public required IReadOnlyList<PlannedExercise> Exercises { get; init; }

    /// <summary>The estimated length (reps × 4 s + rest + 5 min), within the request's cap.</summary>
    public required TimeSpan EstimatedDuration { get; init; }

    /// <summary>Why the session is as it is, when it differs from the phase's usual session.</summary>
    public string? Note { get; init; }

    /// <summary>The session as training data, for the auditor and the writers.</summary>
    public TrainingSession ToSession() => new()
    {
        Name = Name,
        Date = Date,
        Time = Time,
        Phase = Phase,
        Exercises = [.. Exercises.Select(e => new ExerciseEntry(e.Exercise.Name, e.Sets))],
    };
}

/// <summary>A periodized strength plan: weeks, dated sessions, the running they fit around, and why.</summary>
public sealed record TrainingPlan
{
    /// <summary>What was asked for.</summary>
    public required PlanRequest Request { get; init; }

    /// <summary>The weeks, in order.</summary>
    public required IReadOnlyList<PlanWeek> Weeks { get; init; }

    /// <summary>The strength sessions, in date order.</summary>
    public required IReadOnlyList<PlannedSession> Sessions { get; init; }

    /// <summary>The running week expanded to dates over the plan, with races on their days.</summary>
    public required IReadOnlyList<Run> Runs { get; init; }

    /// <summary>How to progress, and anything about this plan a runner should know (a crowded week, a shortened phase).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The plan's own audit, done before it is returned: no errors and no warnings.</summary>
    public required AuditReport SelfCheck { get; init; }

    /// <summary>The plan as a routine document: what the writers print and what <c>runlift audit</c> reads back.</summary>
    public TrainingDocument ToDocument(string? source = null) => DocumentOf(Request, Sessions, Runs, source);

    /// <summary>
    /// The plan's own audit of its parts, over the whole plan however long (the planner's <see cref="SelfCheck"/>, and that
    /// of a plan read back or re-planned from today).
    /// </summary>
    public static AuditReport SelfCheckOf(Auditor auditor, PlanRequest request, IEnumerable<PlannedSession> sessions, IReadOnlyList<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(auditor);
        return auditor.Audit(DocumentOf(request, sessions, runs, source: null), new AuditOptions { Weeks = PlanRequest.MaxWeeks + 1 });
    }

    /// <summary>The routine document of a plan's parts, so that a plan can be audited before it exists (by the planner, and when a stored plan is read back).</summary>
    public static TrainingDocument DocumentOf(PlanRequest request, IEnumerable<PlannedSession> sessions, IReadOnlyList<Run> runs, string? source) => new()
    {
        Sources = source is null ? [] : [source],
        Name = "RunLift plan",
        Units = request.Units,
        Athlete = request.Athlete,
        RunningWeek = [],
        Runs = runs,
        Races = request.Races,
        Sessions = [.. sessions.Select(s => s.ToSession())],
    };
}
