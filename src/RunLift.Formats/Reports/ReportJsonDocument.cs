using System.Text.Json.Serialization;

namespace RunLift.Formats.Reports;

/// <summary>
/// An audit report as the JSON object of formats.md §3: what <see cref="JsonReport"/> writes and reads back, so that a
/// stored report is read by the names it was written with. Words stay words (<c>"error"</c>, <c>"bodybuilder"</c>).
/// A field missing from a report reads as empty (no text, no items, zero), so that a report stored before a field was
/// added (<c>exercises</c>, <c>summary.runs</c>, <c>evidence.run</c>...) still reads.
/// </summary>
/// <remarks>
/// Its properties are settable rather than init-only because the source-generated reader sets an init-only property
/// that the JSON lacks to null, losing its default (dotnet/runtime#84484); nothing changes a document once read.
/// </remarks>
public sealed record ReportJsonDocument
{
    /// <summary>The files audited, in order.</summary>
    public IReadOnlyList<string> Source { get; set; } = [];

    /// <summary>The weeks a log's audit judged; null for a weekly routine.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ReportJsonWindow? Window { get; set; }

    /// <summary>The counts.</summary>
    public ReportJsonSummary Summary { get; set; } = new();

    /// <summary>
    /// The report in a word (<see cref="Auditing.Verdicts"/>): <c>needs-work</c> (an error), <c>worth-fixing</c>
    /// (warnings only) or <c>good</c>; null in a report stored before it was written, which is written back without it.
    /// </summary>
    public string? Verdict { get; set; }

    /// <summary>The findings, grouped by rule, most severe first within a mistake.</summary>
    public IReadOnlyList<ReportJsonFinding> Findings { get; set; } = [];

    /// <summary>How each exercise name of the input was read.</summary>
    public IReadOnlyList<ReportJsonExercise> Exercises { get; set; } = [];
}

/// <summary>The weeks a log's audit judged.</summary>
public sealed record ReportJsonWindow
{
    /// <summary>The Monday of the first week.</summary>
    public DateOnly From { get; set; }

    /// <summary>The Sunday of the last week.</summary>
    public DateOnly To { get; set; }

    /// <summary>How many weeks with training were judged.</summary>
    public int Weeks { get; set; }
}

/// <summary>The report's counts.</summary>
public sealed record ReportJsonSummary
{
    /// <summary>Findings of severity error.</summary>
    public int Errors { get; set; }

    /// <summary>Findings of severity warning.</summary>
    public int Warnings { get; set; }

    /// <summary>Findings of severity info.</summary>
    public int Infos { get; set; }

    /// <summary>Strength sessions judged.</summary>
    public int Sessions { get; set; }

    /// <summary>Working sets judged.</summary>
    public int WorkingSets { get; set; }

    /// <summary>Runs read from the input.</summary>
    public int Runs { get; set; }

    /// <summary>Those of <see cref="Runs"/> judged key runs.</summary>
    public int KeyRuns { get; set; }

    /// <summary>Cross-training activities, counted in the load but not judged.</summary>
    public int CrossTraining { get; set; }

    /// <summary>Their minutes.</summary>
    public int CrossTrainingMinutes { get; set; }
}

/// <summary>A broken rule, with what triggered it and how to fix it.</summary>
public sealed record ReportJsonFinding
{
    /// <summary>The rule's id (<c>RL105</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The rule's name (<c>body-part-split</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string Severity { get; set; } = "";

    /// <summary>The mistake it is about: <c>bodybuilder</c>, <c>endurance-lifting</c>...</summary>
    public string Mistake { get; set; } = "";

    /// <summary>What is wrong, in a runner's words.</summary>
    public string Message { get; set; } = "";

    /// <summary>In a log, how many of the weeks judged broke the rule.</summary>
    public int? Weeks { get; set; }

    /// <summary>The sessions, exercises and sets that triggered it.</summary>
    public IReadOnlyList<ReportJsonEvidence> Evidence { get; set; } = [];

    /// <summary>A concrete fix.</summary>
    public string Fix { get; set; } = "";

    /// <summary>Exercises to use instead of those to blame.</summary>
    public IReadOnlyList<ReportJsonSwap> Swaps { get; set; } = [];

    /// <summary>The evidence behind the rule.</summary>
    public string Reference { get; set; } = "";
}

/// <summary>Where a finding comes from.</summary>
public sealed record ReportJsonEvidence
{
    /// <summary>The session's name.</summary>
    public string Session { get; set; } = "";

    /// <summary>The session's date, in a log or plan.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The session's weekday in a weekly routine: <c>mon</c>...<c>sun</c>.</summary>
    public string? Day { get; set; }

    /// <summary>The exercise to blame.</summary>
    public string? Exercise { get; set; }

    /// <summary>How many of its sets are to blame.</summary>
    public int? Sets { get; set; }

    /// <summary>A short explanation (<c>85 min</c>).</summary>
    public string? Detail { get; set; }

    /// <summary>The key run or race the session is judged against.</summary>
    public ReportJsonRun? Run { get; set; }
}

/// <summary>A key run or race a finding names, and how its kind was decided.</summary>
public sealed record ReportJsonRun
{
    /// <summary>Its date, for a dated run.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Its weekday (<c>tue</c>), for a run of the running week.</summary>
    public string? Day { get; set; }

    /// <summary>Its kind: <c>intervals</c>, <c>race</c>...</summary>
    public string Kind { get; set; } = "";

    /// <summary>What decided the kind: <c>typed</c>, <c>marker</c>, <c>name</c>, <c>laps</c>, <c>effort</c>, <c>duration</c> or <c>default</c>.</summary>
    public string? Basis { get; set; }

    /// <summary>What was seen, for a person.</summary>
    public string? Reason { get; set; }
}

/// <summary>Replacements for an exercise to blame.</summary>
public sealed record ReportJsonSwap
{
    /// <summary>The exercise as written.</summary>
    public string From { get; set; } = "";

    /// <summary>Catalog names to use instead.</summary>
    public IReadOnlyList<string> To { get; set; } = [];
}

/// <summary>How an exercise name of the input was read.</summary>
public sealed record ReportJsonExercise
{
    /// <summary>The name as written.</summary>
    public string Name { get; set; } = "";

    /// <summary>The catalog id it was read as; null when it was not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; set; }

    /// <summary>Its movement pattern; null only when it was not read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Pattern { get; set; }

    /// <summary><c>exact</c>, <c>alias</c>, <c>category</c>, <c>fuzzy</c>, <c>keyword</c>, <c>mapping</c> or <c>unknown</c>.</summary>
    public string ResolvedBy { get; set; } = "";

    /// <summary>Its working sets (per-side sets twice).</summary>
    public int Sets { get; set; }
}
