using System.Text.Json.Serialization;

namespace RunLift.Catalog;

/// <summary>The movement pattern an exercise trains (formats.md §5).</summary>
public enum MovementPattern
{
    /// <summary>Bilateral squats (back, front, goblet, leg press).</summary>
    Squat,
    /// <summary>Hip hinges (deadlifts, RDLs, hip thrusts, good mornings).</summary>
    Hinge,
    /// <summary>Single-leg work (split squats, lunges, step-ups, single-leg deadlifts).</summary>
    SingleLeg,
    /// <summary>Calf and soleus work.</summary>
    Calf,
    /// <summary>Upper-body pushing (presses, push-ups, dips).</summary>
    Push,
    /// <summary>Upper-body pulling (rows, pull-ups, pulldowns).</summary>
    Pull,
    /// <summary>Loaded carries.</summary>
    Carry,
    /// <summary>Trunk.</summary>
    Core,
    /// <summary>Jumps, hops and bounds.</summary>
    Plyometric,
    /// <summary>Olympic lifts and their derivatives.</summary>
    Olympic,
    /// <summary>Single-joint upper-body work (curls, flyes, raises).</summary>
    IsolationUpper,
    /// <summary>Single-joint lower-body work (leg extensions, leg curls).</summary>
    IsolationLower,
    /// <summary>Stretching and mobility.</summary>
    Mobility,
    /// <summary>Conditioning that is not lifting.</summary>
    Cardio,
}

/// <summary>Compound (several joints) or isolation (one joint).</summary>
public enum Mechanic
{
    /// <summary>Several joints move.</summary>
    Compound,
    /// <summary>One joint moves.</summary>
    Isolation,
}

/// <summary>The body region an exercise loads most.</summary>
public enum BodyRegion
{
    /// <summary>Legs and hips.</summary>
    Lower,
    /// <summary>Chest.</summary>
    Chest,
    /// <summary>Back.</summary>
    Back,
    /// <summary>Shoulders.</summary>
    Shoulders,
    /// <summary>Arms and forearms.</summary>
    Arms,
    /// <summary>Trunk.</summary>
    Core,
    /// <summary>The whole body.</summary>
    Full,
}

/// <summary>An exercise in RunLift's catalog, classified for auditing runners' strength training.</summary>
public sealed record Exercise
{
    /// <summary>Stable kebab-case id (<c>back-squat</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names people and apps use for it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Movement pattern.</summary>
    public required MovementPattern Pattern { get; init; }

    /// <summary>Compound or isolation.</summary>
    public required Mechanic Mechanic { get; init; }

    /// <summary>The region it loads most.</summary>
    public required BodyRegion Region { get; init; }

    /// <summary>The unstable device it is done on (<c>bosu</c>, <c>stability ball</c>), or null.</summary>
    public string? Unstable { get; init; }

    /// <summary>Plyometric, Olympic or ballistic: trains rate of force development.</summary>
    public bool Explosive { get; init; }

    /// <summary>One side at a time.</summary>
    public bool Unilateral { get; init; }

    /// <summary>Isolation work with a specific job in running (calf raises, Nordic curls, Copenhagen planks...).</summary>
    public bool RunnerAccessory { get; init; }

    /// <summary>Equipment needed (<c>barbell</c>, <c>dumbbells</c>, <c>bodyweight</c>...).</summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];

    /// <summary>Ids of runner-appropriate replacements, when this exercise is a poor choice for runners.</summary>
    public IReadOnlyList<string> Swaps { get; init; } = [];

    /// <summary>Garmin's FIT category and name for the exercise, or null where Garmin has no exercise like it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GarminExercise? Garmin { get; init; }

    /// <summary>True for the patterns that count as strength work (not plyometric, core, mobility or cardio).</summary>
    [JsonIgnore]
    public bool IsStrength => Pattern is MovementPattern.Squat or MovementPattern.Hinge or MovementPattern.SingleLeg
        or MovementPattern.Calf or MovementPattern.Push or MovementPattern.Pull or MovementPattern.Carry
        or MovementPattern.Olympic or MovementPattern.IsolationUpper or MovementPattern.IsolationLower;

    /// <summary>Lower-body patterns whose heavy sets make a "lower-body heavy session".</summary>
    [JsonIgnore]
    public bool IsMainLowerBody => Pattern is MovementPattern.Squat or MovementPattern.Hinge
        or MovementPattern.SingleLeg or MovementPattern.Olympic;

    /// <summary>True for isolation work that is not a runner accessory: the bodybuilding kind.</summary>
    [JsonIgnore]
    public bool IsBodybuildingIsolation => Mechanic == Mechanic.Isolation && !RunnerAccessory
        && Pattern is not (MovementPattern.Core or MovementPattern.Mobility or MovementPattern.Cardio or MovementPattern.Plyometric);
}
