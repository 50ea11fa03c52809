using System.Text.Json.Serialization;

namespace RunLift.Formats.Plans;

/// <summary>
/// A plan as the long-form JSON routine document of formats.md §4: what <see cref="PlanJsonWriter"/> writes and
/// <see cref="PlanJsonReader"/> reads back, so that a stored plan is read by the names it was written with. Values
/// keep the document's words (<c>"68 kg"</c>, <c>"1h40min"</c>, <c>"strength"</c>). A field that a plan may lack is
/// null (or false) and left out of the JSON; a field that is not <c>required</c> here may be missing from a document.
/// </summary>
public sealed record PlanJsonDocument
{
    /// <summary>The plan's name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; init; }

    /// <summary>The unit of its masses: <c>kg</c> or <c>lb</c>.</summary>
    public required string Units { get; init; }

    /// <summary>Who it is for, when the request said.</summary>
    public PlanJsonAthlete? Athlete { get; init; }

    /// <summary>The dated runs, from the running week.</summary>
    public required IReadOnlyList<PlanJsonRun> Runs { get; init; }

    /// <summary>The races on its calendar.</summary>
    public required IReadOnlyList<PlanJsonRace> Races { get; init; }

    /// <summary>Its weeks, each with its phase.</summary>
    public required IReadOnlyList<PlanJsonWeek> Weeks { get; init; }

    /// <summary>How to progress, and what the plan left out.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The strength sessions, by date.</summary>
    public required IReadOnlyList<PlanJsonSession> Sessions { get; init; }
}

/// <summary>The athlete a plan is for.</summary>
public sealed record PlanJsonAthlete
{
    /// <summary>Lifting experience: <c>new</c>, <c>novice</c>, <c>intermediate</c> or <c>advanced</c>.</summary>
    public required string Experience { get; init; }

    /// <summary>A mass in the plan's units (<c>62 kg</c>), when known.</summary>
    public string? Bodyweight { get; init; }

    /// <summary>Whether the athlete is coming back from an injury.</summary>
    public required bool Rehab { get; init; }

    /// <summary>The injured site (<c>lower-back</c>), when one is given.</summary>
    public string? Injury { get; init; }

    /// <summary>Each lift's 1RM in the plan's units, by the lift's name, in the request's order.</summary>
    public required IReadOnlyDictionary<string, string> Maxes { get; init; }
}

/// <summary>A run of the plan.</summary>
public sealed record PlanJsonRun
{
    /// <summary>Its day.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Its kind: <c>intervals</c>, <c>race-pace</c>, <c>long</c>...</summary>
    public required string Kind { get; init; }

    /// <summary>How long (<c>1h</c>, <c>45min</c>), when given.</summary>
    public string? Duration { get; init; }

    /// <summary>When in the day (<c>am</c>, <c>18:00</c>), when given.</summary>
    public string? Time { get; init; }
}

/// <summary>A race on the plan's calendar.</summary>
public sealed record PlanJsonRace
{
    /// <summary>Race day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Its distance (<c>42.195 km</c>).</summary>
    public required string Distance { get; init; }

    /// <summary><c>A</c>, <c>B</c> or <c>C</c>.</summary>
    public required string Priority { get; init; }

    /// <summary>Its name, when given.</summary>
    public string? Name { get; init; }
}

/// <summary>A week of the plan.</summary>
public sealed record PlanJsonWeek
{
    /// <summary>Its first day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Its phase: <c>adaptation</c>, <c>strength</c>, <c>power</c>...</summary>
    public required string Phase { get; init; }

    /// <summary>Whether it is a lighter week.</summary>
    public required bool Deload { get; init; }
}

/// <summary>A strength session of the plan.</summary>
public sealed record PlanJsonSession
{
    /// <summary>Its name (<c>Strength A</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Its day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>When in the day: <c>am</c>, <c>pm</c> or a clock time.</summary>
    public required string Time { get; init; }

    /// <summary>The phase of its week.</summary>
    public required string Phase { get; init; }

    /// <summary>How long it takes, warm-ups and rests included.</summary>
    public required int EstimatedMinutes { get; init; }

    /// <summary>What the athlete should know about it, when anything.</summary>
    public string? Note { get; init; }

    /// <summary>Its exercises, in order.</summary>
    public required IReadOnlyList<PlanJsonExercise> Exercises { get; init; }
}

/// <summary>An exercise of a session, with every set written out.</summary>
public sealed record PlanJsonExercise
{
    /// <summary>Its catalog id.</summary>
    public required string Id { get; init; }

    /// <summary>Its catalog name.</summary>
    public required string Name { get; init; }

    /// <summary>Its movement pattern (formats.md §5): <c>squat</c>, <c>single-leg</c>...</summary>
    public required string Pattern { get; init; }

    /// <summary>Its sets, warm-ups first.</summary>
    public required IReadOnlyList<PlanJsonSet> Sets { get; init; }
}

/// <summary>One set of an exercise.</summary>
public sealed record PlanJsonSet
{
    /// <summary>A warm-up set (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Warmup { get; init; }

    /// <summary>Reps (the low end of a range).</summary>
    public int? Reps { get; init; }

    /// <summary>The high end of a range of reps.</summary>
    public int? RepsMax { get; init; }

    /// <summary>As many reps as possible (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Amrap { get; init; }

    /// <summary>A timed set's length.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>A set over a distance (<c>20 m</c>).</summary>
    public string? Distance { get; init; }

    /// <summary>Its load and effort.</summary>
    public required PlanJsonLoad Load { get; init; }

    /// <summary>Rest after it.</summary>
    public double? RestSeconds { get; init; }

    /// <summary>Taken to failure.</summary>
    public required bool ToFailure { get; init; }

    /// <summary>Its reps are per side.</summary>
    public required bool PerSide { get; init; }
}

/// <summary>A set's load and effort, which formats.md §4 keeps together.</summary>
public sealed record PlanJsonLoad
{
    /// <summary>The mass in kilograms (for bodyweight work, the mass added or, assisted, taken off).</summary>
    public double? Kg { get; init; }

    /// <summary>Bodyweight work (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Bodyweight { get; init; }

    /// <summary>Bodyweight work with <see cref="Kg"/> taken off, by a band or a machine (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Assisted { get; init; }

    /// <summary>The share of 1RM, in percent.</summary>
    public double? Percent1RM { get; init; }

    /// <summary>The rating of perceived exertion.</summary>
    public double? Rpe { get; init; }

    /// <summary>Reps in reserve.</summary>
    public int? Rir { get; init; }
}
