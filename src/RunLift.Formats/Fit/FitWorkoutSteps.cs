namespace RunLift.Formats.Fit;

/// <summary>Plays a workout's steps in the order a watch does them, repeats unrolled.</summary>
internal static class FitWorkoutSteps
{
    /// <summary>
    /// The steps as done: a repeat step (<see cref="FitStepDuration.RepeatUntilStepsComplete"/>) sends the watch back
    /// to the step its duration value names until the steps from there have been done its target value times. Nested
    /// repeats multiply; more than <paramref name="limit"/> steps is refused, so a repeat count in the file cannot make
    /// the reading unbounded.
    /// </summary>
    /// <exception cref="InputException">a repeat points forward or at no step, or the workout unrolls to more than the limit.</exception>
    public static List<FitWorkoutStep> Expand(string file, IReadOnlyList<FitWorkoutStep> steps, int limit)
    {
        var positions = new Dictionary<int, int>();
        for (var i = 0; i < steps.Count; i++)
        {
            positions.TryAdd(steps[i].Index, i);
        }

        var done = new List<FitWorkoutStep>();
        var counts = new int[steps.Count];
        var visited = 0L;
        for (var i = 0; i < steps.Count;)
        {
            if (++visited > 16L * limit)
            {
                throw new InputException(file, $"its workout's repeats go round more than {16L * limit} times");
            }

            var step = steps[i];
            if (step.DurationType != FitStepDuration.RepeatUntilStepsComplete)
            {
                if (done.Count == limit)
                {
                    throw new InputException(file, $"its workout unrolls to more than {limit} steps");
                }

                done.Add(step);
                i++;
                continue;
            }

            if (step.DurationValue is not { } target || target > int.MaxValue || !positions.TryGetValue((int)target, out var back) || back >= i)
            {
                throw new InputException(file, $"workout step {step.Index} repeats from step {step.DurationValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, which is not a step before it");
            }

            if (++counts[i] < (step.TargetValue ?? 1))
            {
                i = back;
            }
            else
            {
                counts[i] = 0;
                i++;
            }
        }

        return done;
    }
}
