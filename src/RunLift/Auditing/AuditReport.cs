using RunLift.Catalog;

namespace RunLift.Auditing;

/// <summary>The weeks of a log that were judged.</summary>
/// <param name="From">Monday of the first week.</param>
/// <param name="To">Sunday of the last week.</param>
/// <param name="Weeks">How many weeks with training were judged.</param>
public sealed record AuditWindow(DateOnly From, DateOnly To, int Weeks);

/// <summary>Counts of findings and of what was judged.</summary>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
/// <param name="Sessions">Strength sessions judged.</param>
/// <param name="WorkingSets">Working sets judged (per-side sets count once per side).</param>
public sealed record AuditSummary(int Errors, int Warnings, int Infos, int Sessions, int WorkingSets)
{
    /// <summary>The runs read from the input: dated runs (a log, its files) and the running week's.</summary>
    public int Runs { get; init; }

    /// <summary>Those of <see cref="Runs"/> judged key runs (<see cref="Training.Run.IsKey"/>).</summary>
    public int KeyRuns { get; init; }

    /// <summary>Cross-training read from the input (rides, swims, hikes): not runs, not lifting, counted in the week's load.</summary>
    public int CrossTraining { get; init; }

    /// <summary>The minutes of <see cref="CrossTraining"/>, rounded.</summary>
    public int CrossTrainingMinutes { get; init; }
}

/// <summary>The auditor's verdict on a routine or log.</summary>
/// <param name="Sources">The files audited.</param>
/// <param name="Window">The weeks judged, for a log; null for a weekly routine.</param>
/// <param name="Summary">Counts.</param>
/// <param name="Findings">Findings, most severe first.</param>
public sealed record AuditReport(IReadOnlyList<string> Sources, AuditWindow? Window, AuditSummary Summary, IReadOnlyList<Finding> Findings)
{
    /// <summary>How each exercise name judged was read, so a user can see and correct it (formats.md, <c>exercises</c>).</summary>
    public IReadOnlyList<ExerciseReading> Exercises { get; init; } = [];

    /// <summary>The report in a word: needs work (an error), worth fixing (warnings only) or good.</summary>
    public Verdict Verdict => Verdicts.Of(Summary);

    /// <summary>True when any finding is at or above <paramref name="severity"/>.</summary>
    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity >= severity);
}

