using System.Globalization;
using RunLift.Catalog;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>
/// Turns a planned session into the steps of a Garmin strength workout, laid out as Garmin Connect lays out its
/// own: per run of equal sets, the set's step (one per side for a unilateral set), the rest after it (none after a
/// warm-up set), and a repeat step that goes back to the set's step as many times as there are sets.
/// </summary>
internal static class FitWorkoutBuilder
{
    /// <summary>
    /// Garmin Connect holds at most 50 steps in a workout (repeat steps count), so 50 is what watches are sure to
    /// take. A plan's session needs about 25, because equal sets share one repeat.
    /// </summary>
    public const int MaxSteps = 50;

    /// <summary>Room for the workout's name: 32 bytes with the terminating zero, as Garmin Connect writes it.</summary>
    public const int WorkoutNameSize = 32;

    /// <summary>Room for a step's or an exercise title's name: every catalog name fits.</summary>
    public const int StepNameSize = 48;

    /// <summary>Room for a step's notes (the load, the share of 1RM, RPE, the side).</summary>
    public const int NotesSize = 64;

    /// <summary>The heaviest exercise weight a step holds: 65534 hundredths of a kilogram (65535 means none).</summary>
    public static readonly Load MaxWeight = Load.FromKilograms(655.34);

    // wkt_step_target "open": the step has no target to hold (pace, heart rate...), as every strength step.
    private const byte OpenTarget = 2;

    /// <summary>The workout for <paramref name="session"/>, loads shown in <paramref name="units"/>.</summary>
    /// <exception cref="ArgumentException">the session needs more than <see cref="MaxSteps"/> steps, or a load beyond <see cref="MaxWeight"/>.</exception>
    public static FitWorkout Build(PlannedSession session, MassUnit units)
    {
        ArgumentNullException.ThrowIfNull(session);
        var steps = new List<FitWorkoutStep>();
        foreach (var exercise in session.Exercises)
        {
            foreach (var (count, set) in PlanVocabulary.Groups(exercise.Sets))
            {
                var first = steps.Count;
                var sides = set.PerSide ? 2 : 1;
                for (var side = 1; side <= sides; side++)
                {
                    steps.Add(Work(exercise.Exercise, set, units, sides == 2 ? $"side {side} of 2" : null) with { Index = steps.Count });
                }

                // A warm-up set's rest is the time to load the bar for the next: no timed step, which keeps a session
                // with its ramps inside the watch's 50 steps.
                if (set.Rest != TimeSpan.Zero && set.Kind != SetKind.Warmup)
                {
                    steps.Add(new FitWorkoutStep
                    {
                        Index = steps.Count,
                        DurationType = set.Rest is null ? FitStepDuration.Open : FitStepDuration.Time,
                        DurationValue = set.Rest is { } rest ? Milliseconds(rest) : null,
                        TargetType = OpenTarget,
                        TargetValue = 0,
                        Intensity = FitIntensity.Rest,
                    });
                }

                if (count > 1)
                {
                    steps.Add(new FitWorkoutStep
                    {
                        Index = steps.Count,
                        DurationType = FitStepDuration.RepeatUntilStepsComplete,
                        DurationValue = (uint)first,
                        TargetValue = (uint)count,
                    });
                }
            }
        }

        if (steps.Count > MaxSteps)
        {
            throw new ArgumentException(
                $"{session.Name} on {PlanVocabulary.Date(session.Date)} needs {steps.Count} workout steps; Garmin watches take at most {MaxSteps}.",
                nameof(session));
        }

        return new FitWorkout
        {
            // "8 Dec Strength A": the day tells the plan's many "Strength A" apart in the watch's list, and fits the name's field.
            Name = FitWriterMessage.Fit(session.Date.ToString("d MMM ", CultureInfo.InvariantCulture) + session.Name, WorkoutNameSize - 1),
            Sport = Sport.Training,
            SubSport = Sport.StrengthTraining,
            Steps = steps,
            ExerciseTitles = Titles(session),
        };
    }

    private static FitWorkoutStep Work(Exercise exercise, TrainingSet set, MassUnit units, string? side)
    {
        var (durationType, durationValue) = set switch
        {
            { Amrap: true } => (FitStepDuration.Open, (uint?)null),
            { Reps: { } reps } => (FitStepDuration.Reps, (uint)reps),
            { Duration: { } duration } => (FitStepDuration.Time, Milliseconds(duration)),
            { Distance: { } distance } => (FitStepDuration.Distance, Whole(distance.Meters * 100)),
            _ => (FitStepDuration.Open, null),
        };
        var weight = Weight(set);
        return new FitWorkoutStep
        {
            Name = FitWriterMessage.Fit(exercise.Name, StepNameSize - 1),
            DurationType = durationType,
            DurationValue = durationValue,
            TargetType = OpenTarget,
            TargetValue = 0,
            Intensity = set.Kind == SetKind.Warmup ? FitIntensity.Warmup : FitIntensity.Active,
            Notes = Notes(set, units, side),
            ExerciseCategory = exercise.Garmin?.Category,
            ExerciseName = exercise.Garmin?.Name,
            ExerciseWeight = weight,
            WeightDisplayUnit = weight is null ? null : units == MassUnit.Pounds ? Unit.Pound : Unit.Kilogram,
        };
    }

    /// <summary>The load to lift, in hundredths of a kilogram as the step stores it; none for bodyweight or assistance.</summary>
    private static Load? Weight(TrainingSet set)
    {
        if (set.Load is not { } load || load.Kilograms <= 0 || set.Assisted)
        {
            return null;
        }

        if (load > MaxWeight)
        {
            throw new ArgumentException($"A Garmin workout step holds at most {MaxWeight}; this set asks for {load}.", nameof(set));
        }

        return Load.FromKilograms(Math.Round(load.Kilograms * 100, MidpointRounding.AwayFromZero) / 100);
    }

    private static string? Notes(TrainingSet set, MassUnit units, string? side)
    {
        var parts = new List<string>(4);
        if (PlanVocabulary.LoadText(set, units) is { Length: > 0 } load)
        {
            parts.Add(load);
        }

        if (set is { Amrap: false, Reps: { } low, RepsMax: { } high } && high != low)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{low}-{high} reps"));
        }

        if (set.Amrap)
        {
            parts.Add("AMRAP");
        }

        if (set.ToFailure)
        {
            parts.Add("to failure");
        }

        if (side is not null)
        {
            parts.Add(side);
        }

        return parts.Count == 0 ? null : FitWriterMessage.Fit(string.Join(", ", parts), NotesSize - 1);
    }

    /// <summary>
    /// One title per Garmin exercise of the session, in order of first use. A pair two exercises of the session share
    /// (two plyometrics Garmin names only by category) gets none: the title would misname one; the step names say it.
    /// </summary>
    private static List<FitExerciseTitle> Titles(PlannedSession session)
    {
        var byPair = session.Exercises
            .Where(e => e.Exercise.Garmin is not null)
            .GroupBy(e => e.Exercise.Garmin!.Value)
            .Where(g => g.Select(e => e.Exercise.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => new FitExerciseTitle(g.Key.Category, g.Key.Name, FitWriterMessage.Fit(g.First().Exercise.Name, StepNameSize - 1)));
        return [.. byPair];
    }

    private static uint Milliseconds(TimeSpan duration) => Whole(duration.TotalMilliseconds);

    // uint32's largest value means "none"; nothing a plan asks for comes near it.
    private static uint Whole(double value) => (uint)Math.Clamp(Math.Round(value), 0, uint.MaxValue - 1);

    /// <summary>The sport and sub-sport of a strength workout.</summary>
    public static class Sport
    {
        public const byte Training = 10;
        public const byte StrengthTraining = 20;
    }

    /// <summary>fit_base_unit: how the watch shows a weight.</summary>
    public static class Unit
    {
        public const ushort Kilogram = 1;
        public const ushort Pound = 2;
    }
}
