using System.Text.Json.Serialization;

namespace RunLift.Formats.Plans;

/// <summary>
/// A plan as the long-form JSON routine document of formats.md §4: what <see cref="PlanJsonWriter"/> writes and
/// <see cref="PlanJsonReader"/> reads back, so that a stored plan is read by the names it was written with. Values
/// keep the document's words (<c>"68 kg"</c>, <c>"1h40min"</c>, <c>"strength"</c>). A field that a plan may lack is
/// null (or false) and left out of the JSON; a field missing from a document reads as empty (no text, no items, zero,
/// false), so that a plan saved before a field was added still reads.
/// </summary>
/// <remarks>
/// Its properties are settable rather than init-only because the source-generated reader sets an init-only property
/// that the JSON lacks to null, losing its default (dotnet/runtime#84484); nothing changes a document once read.
/// </remarks>
public sealed record PlanJsonDocument
{
    /// <summary>The plan's name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; set; }

    /// <summary>The unit of its masses: <c>kg</c> or <c>lb</c>.</summary>
    public string Units { get; set; } = "";

    /// <summary>Who it is for, when the request said.</summary>
    public PlanJsonAthlete? Athlete { get; set; }

    /// <summary>The dated runs, from the running week.</summary>
    public IReadOnlyList<PlanJsonRun> Runs { get; set; } = [];

    /// <summary>The races on its calendar.</summary>
    public IReadOnlyList<PlanJsonRace> Races { get; set; } = [];

    /// <summary>Its weeks, each with its phase.</summary>
    public IReadOnlyList<PlanJsonWeek> Weeks { get; set; } = [];

    /// <summary>How to progress, and what the plan left out.</summary>
    public IReadOnlyList<string> Notes { get; set; } = [];

    /// <summary>The strength sessions, by date.</summary>
    public IReadOnlyList<PlanJsonSession> Sessions { get; set; } = [];
}

/// <summary>The athlete a plan is for.</summary>
public sealed record PlanJsonAthlete
{
    /// <summary>Lifting experience: <c>new</c>, <c>novice</c>, <c>intermediate</c> or <c>advanced</c>.</summary>
    public string Experience { get; set; } = "";

    /// <summary>A mass in the plan's units (<c>62 kg</c>), when known.</summary>
    public string? Bodyweight { get; set; }

    /// <summary>Whether the athlete is coming back from an injury.</summary>
    public bool Rehab { get; set; }

    /// <summary>The injured site (<c>lower-back</c>), when one is given.</summary>
    public string? Injury { get; set; }

    /// <summary>The athlete's IANA time zone (<c>Pacific/Auckland</c>), when given.</summary>
    public string? Timezone { get; set; }

    /// <summary>Each lift's 1RM in the plan's units, by the lift's name, in the request's order.</summary>
    public IReadOnlyDictionary<string, string> Maxes { get; set; } = new Dictionary<string, string>();
}

/// <summary>A run of the plan.</summary>
public sealed record PlanJsonRun
{
    /// <summary>Its day.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Its kind: <c>intervals</c>, <c>race-pace</c>, <c>long</c>...</summary>
    public string Kind { get; set; } = "";

    /// <summary>How long (<c>1h</c>, <c>45min</c>), when given.</summary>
    public string? Duration { get; set; }

    /// <summary>When in the day (<c>am</c>, <c>18:00</c>), when given.</summary>
    public string? Time { get; set; }
}

/// <summary>A race on the plan's calendar.</summary>
public sealed record PlanJsonRace
{
    /// <summary>Race day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Its distance (<c>42.195 km</c>).</summary>
    public string Distance { get; set; } = "";

    /// <summary><c>A</c>, <c>B</c> or <c>C</c>.</summary>
    public string Priority { get; set; } = "";

    /// <summary>Its name, when given.</summary>
    public string? Name { get; set; }
}

/// <summary>A week of the plan.</summary>
public sealed record PlanJsonWeek
{
    /// <summary>Its first day.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Its phase: <c>adaptation</c>, <c>strength</c>, <c>power</c>...</summary>
    public string Phase { get; set; } = "";

    /// <summary>Whether it is a lighter week.</summary>
    public bool Deload { get; set; }
}

/// <summary>A strength session of the plan.</summary>
public sealed record PlanJsonSession
{
    /// <summary>Its name (<c>Strength A</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>Its day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>When in the day: <c>am</c>, <c>pm</c> or a clock time.</summary>
    public string Time { get; set; } = "";

    /// <summary>The phase of its week.</summary>
    public string Phase { get; set; } = "";

    /// <summary>How long it takes, warm-ups and rests included.</summary>
    public int EstimatedMinutes { get; set; }

    /// <summary>What the athlete should know about it, when anything.</summary>
    public string? Note { get; set; }

    /// <summary>Its exercises, in order.</summary>
    public IReadOnlyList<PlanJsonExercise> Exercises { get; set; } = [];
}

/// <summary>An exercise of a session, with every set written out.</summary>
public sealed record PlanJsonExercise
{
    /// <summary>Its catalog id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its catalog name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its movement pattern (formats.md §5): <c>squat</c>, <c>single-leg</c>...</summary>
    public string Pattern { get; set; } = "";

    /// <summary>Its sets, warm-ups first.</summary>
    public IReadOnlyList<PlanJsonSet> Sets { get; set; } = [];
}

/// <summary>One set of an exercise.</summary>
public sealed record PlanJsonSet
{
    /// <summary>A warm-up set (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Warmup { get; set; }

    /// <summary>Reps (the low end of a range).</summary>
    public int? Reps { get; set; }

    /// <summary>The high end of a range of reps.</summary>
    public int? RepsMax { get; set; }

    /// <summary>As many reps as possible (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Amrap { get; set; }

    /// <summary>A timed set's length.</summary>
    public double? DurationSeconds { get; set; }

    /// <summary>A set over a distance (<c>20 m</c>).</summary>
    public string? Distance { get; set; }

    /// <summary>Its load and effort.</summary>
    public PlanJsonLoad Load { get; set; } = new();

    /// <summary>Rest after it.</summary>
    public double? RestSeconds { get; set; }

    /// <summary>Taken to failure.</summary>
    public bool ToFailure { get; set; }

    /// <summary>Its reps are per side.</summary>
    public bool PerSide { get; set; }
}

/// <summary>A set's load and effort, which formats.md §4 keeps together.</summary>
public sealed record PlanJsonLoad
{
    /// <summary>The mass in kilograms (for bodyweight work, the mass added or, assisted, taken off).</summary>
    public double? Kg { get; set; }

    /// <summary>Bodyweight work (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Bodyweight { get; set; }

    /// <summary>Bodyweight work with <see cref="Kg"/> taken off, by a band or a machine (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Assisted { get; set; }

    /// <summary>The share of 1RM, in percent.</summary>
    public double? Percent1RM { get; set; }

    /// <summary>The rating of perceived exertion.</summary>
    public double? Rpe { get; set; }

    /// <summary>Reps in reserve.</summary>
    public int? Rir { get; set; }
}
