using System.Text.Json.Serialization;

namespace RunLift.Formats.Reports;

/// <summary>
/// An audit report as the JSON object of formats.md §3: what <see cref="JsonReport"/> writes and reads back, so that a
/// stored report is read by the names it was written with. Words stay words (<c>"error"</c>, <c>"bodybuilder"</c>).
/// A field that is not <c>required</c> here may be missing from a report written before it was added.
/// </summary>
public sealed record ReportJsonDocument
{
    /// <summary>The files audited, in order.</summary>
    public required IReadOnlyList<string> Source { get; init; }

    /// <summary>The weeks a log's audit judged; null for a weekly routine.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ReportJsonWindow? Window { get; init; }

    /// <summary>The counts.</summary>
    public required ReportJsonSummary Summary { get; init; }

    /// <summary>The findings, grouped by rule, most severe first within a mistake.</summary>
    public required IReadOnlyList<ReportJsonFinding> Findings { get; init; }

    /// <summary>How each exercise name of the input was read.</summary>
    public IReadOnlyList<ReportJsonExercise> Exercises { get; init; } = [];
}

/// <summary>The weeks a log's audit judged.</summary>
public sealed record ReportJsonWindow
{
    /// <summary>The Monday of the first week.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The Sunday of the last week.</summary>
    public required DateOnly To { get; init; }

    /// <summary>How many weeks with training were judged.</summary>
    public required int Weeks { get; init; }
}

/// <summary>The report's counts.</summary>
public sealed record ReportJsonSummary
{
    /// <summary>Findings of severity error.</summary>
    public required int Errors { get; init; }

    /// <summary>Findings of severity warning.</summary>
    public required int Warnings { get; init; }

    /// <summary>Findings of severity info.</summary>
    public required int Infos { get; init; }

    /// <summary>Strength sessions judged.</summary>
    public required int Sessions { get; init; }

    /// <summary>Working sets judged.</summary>
    public required int WorkingSets { get; init; }

    /// <summary>Runs read from the input.</summary>
    public int Runs { get; init; }

    /// <summary>Those of <see cref="Runs"/> judged key runs.</summary>
    public int KeyRuns { get; init; }

    /// <summary>Cross-training activities, counted in the load but not judged.</summary>
    public int CrossTraining { get; init; }

    /// <summary>Their minutes.</summary>
    public int CrossTrainingMinutes { get; init; }
}

/// <summary>A broken rule, with what triggered it and how to fix it.</summary>
public sealed record ReportJsonFinding
{
    /// <summary>The rule's id (<c>RL105</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The rule's name (<c>body-part-split</c>).</summary>
    public required string Name { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The mistake it is about: <c>bodybuilder</c>, <c>endurance-lifting</c>...</summary>
    public required string Mistake { get; init; }

    /// <summary>What is wrong, in a runner's words.</summary>
    public required string Message { get; init; }

    /// <summary>In a log, how many of the weeks judged broke the rule.</summary>
    public int? Weeks { get; init; }

    /// <summary>The sessions, exercises and sets that triggered it.</summary>
    public required IReadOnlyList<ReportJsonEvidence> Evidence { get; init; }

    /// <summary>A concrete fix.</summary>
    public required string Fix { get; init; }

    /// <summary>Exercises to use instead of those to blame.</summary>
    public required IReadOnlyList<ReportJsonSwap> Swaps { get; init; }

    /// <summary>The evidence behind the rule.</summary>
    public required string Reference { get; init; }
}

/// <summary>Where a finding comes from.</summary>
public sealed record ReportJsonEvidence
{
    /// <summary>The session's name.</summary>
    public required string Session { get; init; }

    /// <summary>The session's date, in a log or plan.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The session's weekday in a weekly routine: <c>mon</c>...<c>sun</c>.</summary>
    public string? Day { get; init; }

    /// <summary>The exercise to blame.</summary>
    public string? Exercise { get; init; }

    /// <summary>How many of its sets are to blame.</summary>
    public int? Sets { get; init; }

    /// <summary>A short explanation (<c>85 min</c>).</summary>
    public string? Detail { get; init; }

    /// <summary>The key run or race the session is judged against.</summary>
    public ReportJsonRun? Run { get; init; }
}

/// <summary>A key run or race a finding names, and how its kind was decided.</summary>
public sealed record ReportJsonRun
{
    /// <summary>Its date, for a dated run.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Its weekday (<c>tue</c>), for a run of the running week.</summary>
    public string? Day { get; init; }

    /// <summary>Its kind: <c>intervals</c>, <c>race</c>...</summary>
    public required string Kind { get; init; }

    /// <summary>What decided the kind: <c>typed</c>, <c>marker</c>, <c>name</c>, <c>laps</c>, <c>effort</c>, <c>duration</c> or <c>default</c>.</summary>
    public string? Basis { get; init; }

    /// <summary>What was seen, for a person.</summary>
    public string? Reason { get; init; }
}

/// <summary>Replacements for an exercise to blame.</summary>
public sealed record ReportJsonSwap
{
    /// <summary>The exercise as written.</summary>
    public required string From { get; init; }

    /// <summary>Catalog names to use instead.</summary>
    public required IReadOnlyList<string> To { get; init; }
}

/// <summary>How an exercise name of the input was read.</summary>
public sealed record ReportJsonExercise
{
    /// <summary>The name as written.</summary>
    public required string Name { get; init; }

    /// <summary>The catalog id it was read as; null when it was not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; init; }

    /// <summary>Its movement pattern; null only when it was not read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Pattern { get; init; }

    /// <summary><c>exact</c>, <c>alias</c>, <c>category</c>, <c>fuzzy</c>, <c>keyword</c>, <c>mapping</c> or <c>unknown</c>.</summary>
    public required string ResolvedBy { get; init; }

    /// <summary>Its working sets (per-side sets twice).</summary>
    public required int Sets { get; init; }
}
