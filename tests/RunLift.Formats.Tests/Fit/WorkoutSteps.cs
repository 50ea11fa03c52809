using System.Globalization;
using System.Text.Json;
using RunLift.Formats.Fit;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Formats.Tests.Fit;

/// <summary>What a watch does with a workout's steps, and what a plan's session asks for, in one comparable form.</summary>
internal static class WorkoutSteps
{
    /// <summary>
    /// The steps a watch goes through, repeats followed: each work step as "EXERCISE reps|ms|cm VALUE [weight KG]"
    /// and each rest as "rest MS" or "rest open". A repeat step sends the watch back to its first step until the
    /// steps from there have been done as many times as it says.
    /// </summary>
    public static List<string> Performed(IReadOnlyList<FitWorkoutStep> steps)
    {
        var done = new List<string>();
        var passes = new Dictionary<int, uint>();
        for (var i = 0; i < steps.Count;)
        {
            var step = steps[i];
            if (step.DurationType == FitStepDuration.RepeatUntilStepsComplete)
            {
                var pass = passes.GetValueOrDefault(i) + 1;
                if (pass < step.TargetValue)
                {
                    passes[i] = pass;
                    i = (int)step.DurationValue!.Value;
                    continue;
                }

                passes.Remove(i);
            }
            else
            {
                done.Add(Describe(step));
            }

            i++;
            done.Count.ShouldBeLessThan(10_000, "a repeat that never ends");
        }

        return done;
    }

    /// <summary>The same form for what the session prescribes: every set (twice when per side), then its rest (none after a warm-up).</summary>
    public static List<string> Prescribed(PlannedSession session)
    {
        var steps = new List<string>();
        foreach (var exercise in session.Exercises)
        {
            var garmin = exercise.Exercise.Garmin is { } g ? $"{g.Category}/{g.Name?.ToString(CultureInfo.InvariantCulture) ?? "-"}" : "-/-";
            foreach (var set in exercise.Sets)
            {
                var amount = set switch
                {
                    { Amrap: true } => "open",
                    { Reps: { } reps } => $"reps {reps}",
                    { Duration: { } d } => $"ms {d.TotalMilliseconds:0}",
                    { Distance: { } distance } => $"cm {distance.Meters * 100:0}",
                    _ => "open",
                };
                // The nearest hundredth of a kilogram: what a step holds.
                var weight = set.Load is { Kilograms: > 0 } load && !set.Assisted
                    ? $" weight {Math.Round(load.Kilograms * 100, MidpointRounding.AwayFromZero) / 100:0.00}"
                    : "";
                var work = $"{garmin} {amount}{weight}";
                steps.Add(work);
                if (set.PerSide)
                {
                    steps.Add(work);
                }

                // A warm-up set has no rest step: loading the bar for the next set is its rest.
                if (set.Rest != TimeSpan.Zero && set.IsWorking)
                {
                    steps.Add(set.Rest is { } rest ? $"rest {rest.TotalMilliseconds:0}" : "rest open");
                }
            }
        }

        return steps;
    }

    /// <summary>A workout as Garmin's SDK decoded it (raw values), in our model, to compare with what was written.</summary>
    public static FitWorkout FromSdk(GarminSdkDecoding sdk)
    {
        var workout = sdk.Messages("workoutMesgs").ShouldHaveSingleItem();
        return new FitWorkout
        {
            Name = Text(workout, "wktName"),
            Sport = (byte?)Number(workout, "sport"),
            SubSport = (byte?)Number(workout, "subSport"),
            Steps = [.. sdk.Messages("workoutStepMesgs").Select(s => new FitWorkoutStep
            {
                Index = (int)Number(s, "messageIndex")!,
                Name = Text(s, "wktStepName"),
                DurationType = (FitStepDuration?)Number(s, "durationType"),
                DurationValue = (uint?)Number(s, "durationValue"),
                TargetType = (byte?)Number(s, "targetType"),
                TargetValue = (uint?)Number(s, "targetValue"),
                Intensity = (FitIntensity?)Number(s, "intensity"),
                Notes = Text(s, "notes"),
                ExerciseCategory = (ushort?)Number(s, "exerciseCategory"),
                ExerciseName = (ushort?)Number(s, "exerciseName"),
                ExerciseWeight = Number(s, "exerciseWeight") is { } w ? Load.FromKilograms(w / 100.0) : null,
                WeightDisplayUnit = (ushort?)Number(s, "weightDisplayUnit"),
            })],
            ExerciseTitles = [.. sdk.Messages("exerciseTitleMesgs").Select(t => new FitExerciseTitle(
                (ushort)Number(t, "exerciseCategory")!, (ushort?)Number(t, "exerciseName"), Text(t, "wktStepName")!))],
        };
    }

    /// <summary>Two workouts are the same: name, sport, every step and every title.</summary>
    public static void ShouldMatch(FitWorkout actual, FitWorkout expected, string where)
    {
        (actual.Name, actual.Sport, actual.SubSport).ShouldBe((expected.Name, expected.Sport, expected.SubSport), where);
        actual.Steps.Count.ShouldBe(expected.Steps.Count, where);
        for (var i = 0; i < expected.Steps.Count; i++)
        {
            actual.Steps[i].ShouldBe(expected.Steps[i], $"{where}, step {i}");
        }

        actual.ExerciseTitles.ShouldBe(expected.ExerciseTitles, where);
    }

    private static string Describe(FitWorkoutStep step)
    {
        if (step.Intensity == FitIntensity.Rest)
        {
            return step.DurationType == FitStepDuration.Open ? "rest open" : $"rest {step.DurationValue}";
        }

        var garmin = $"{step.ExerciseCategory?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{step.ExerciseName?.ToString(CultureInfo.InvariantCulture) ?? "-"}";
        var amount = step.DurationType switch
        {
            FitStepDuration.Reps => $"reps {step.DurationValue}",
            FitStepDuration.Time => $"ms {step.DurationValue}",
            FitStepDuration.Distance => $"cm {step.DurationValue}",
            _ => "open",
        };
        var weight = step.ExerciseWeight is { } w ? $" weight {w.Kilograms:0.00}" : "";
        return $"{garmin} {amount}{weight}";
    }

    private static long? Number(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static string? Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
