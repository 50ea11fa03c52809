using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>How a workout step ends (the FIT <c>wkt_step_duration</c>); other numbers of the profile are kept as they are.</summary>
public enum FitStepDuration : byte
{
    /// <summary>After a time: <see cref="FitWorkoutStep.DurationValue"/> is milliseconds.</summary>
    Time = 0,

    /// <summary>After a distance: <see cref="FitWorkoutStep.DurationValue"/> is centimetres.</summary>
    Distance = 1,

    /// <summary>When the athlete presses the lap button.</summary>
    Open = 5,

    /// <summary>
    /// A repeat: go back to step <see cref="FitWorkoutStep.DurationValue"/> until the steps from there have been done
    /// <see cref="FitWorkoutStep.TargetValue"/> times.
    /// </summary>
    RepeatUntilStepsComplete = 6,

    /// <summary>After a number of repetitions: <see cref="FitWorkoutStep.DurationValue"/>.</summary>
    Reps = 29,
}

/// <summary>A workout step's intensity (the FIT <c>intensity</c>).</summary>
public enum FitIntensity : byte
{
    /// <summary>Work.</summary>
    Active = 0,

    /// <summary>Rest.</summary>
    Rest = 1,

    /// <summary>Warm-up.</summary>
    Warmup = 2,

    /// <summary>Cool-down.</summary>
    Cooldown = 3,

    /// <summary>Recovery.</summary>
    Recovery = 4,

    /// <summary>An interval.</summary>
    Interval = 5,

    /// <summary>Anything else.</summary>
    Other = 6,
}

/// <summary>One <c>workout_step</c> message as stored: raw FIT values, absent ones null.</summary>
public sealed record FitWorkoutStep
{
    /// <summary>The step's <c>message_index</c> (its position when the file gives none): what repeat steps point at.</summary>
    public int Index { get; init; }

    /// <summary>The step's name (<c>wkt_step_name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>How the step ends.</summary>
    public FitStepDuration? DurationType { get; init; }

    /// <summary>
    /// The duration's value: milliseconds for <see cref="FitStepDuration.Time"/>, repetitions for
    /// <see cref="FitStepDuration.Reps"/>, the step to go back to for <see cref="FitStepDuration.RepeatUntilStepsComplete"/>.
    /// </summary>
    public uint? DurationValue { get; init; }

    /// <summary>The target type (<c>wkt_step_target</c>: 2 is open).</summary>
    public byte? TargetType { get; init; }

    /// <summary>The target's value; for a repeat step, how many times the steps are done.</summary>
    public uint? TargetValue { get; init; }

    /// <summary>Work, rest, warm-up, ...</summary>
    public FitIntensity? Intensity { get; init; }

    /// <summary>Notes for the step.</summary>
    public string? Notes { get; init; }

    /// <summary>The Garmin exercise category (<c>exercise_category</c>: 28 is squat, 65534 unknown).</summary>
    public ushort? ExerciseCategory { get; init; }

    /// <summary>The Garmin exercise name within its category.</summary>
    public ushort? ExerciseName { get; init; }

    /// <summary>The weight to lift (stored as kilograms × 100).</summary>
    public Load? ExerciseWeight { get; init; }

    /// <summary>The unit the watch shows the weight in (<c>fit_base_unit</c>: 1 kilogram, 2 pound).</summary>
    public ushort? WeightDisplayUnit { get; init; }
}

/// <summary>An <c>exercise_title</c> message: the name a workout gives a Garmin exercise.</summary>
/// <param name="Category">The Garmin exercise category.</param>
/// <param name="Name">The Garmin exercise name within the category, when given.</param>
/// <param name="Title">The name shown on the watch.</param>
public sealed record FitExerciseTitle(ushort Category, ushort? Name, string Title);

/// <summary>A FIT workout file: the workout message, its steps in file order, and its exercise titles.</summary>
public sealed record FitWorkout
{
    /// <summary>The workout's name (<c>wkt_name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The sport (10 is training).</summary>
    public byte? Sport { get; init; }

    /// <summary>The sub-sport (20 is strength training).</summary>
    public byte? SubSport { get; init; }

    /// <summary>The steps, in file order.</summary>
    public IReadOnlyList<FitWorkoutStep> Steps { get; init; } = [];

    /// <summary>The exercise titles, in file order.</summary>
    public IReadOnlyList<FitExerciseTitle> ExerciseTitles { get; init; } = [];
}
