using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>What reading a FIT file gave: the training, and what was wrong but read anyway (a bad CRC, when allowed).</summary>
/// <param name="Document">The sessions and runs of an activity, or the undated session of a workout.</param>
/// <param name="Warnings">Problems that did not stop the reading, each starting with the byte offset.</param>
public sealed record FitReadResult(TrainingDocument Document, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads FIT files into training: an activity gives its strength sessions (with their sets) and its runs; a
/// strength workout (file type workout) gives one undated session, since a workout says what to do, not when.
/// </summary>
public static class FitReader
{
    private const byte Running = 1;
    private const int MaxWorkoutSets = 10_000;

    /// <summary>
    /// Reads <paramref name="content"/>, naming it <paramref name="displayName"/> in errors. Activity times are the
    /// wearer's wall clock as the file records it; a file that does not record it is read in <paramref name="timeZone"/>
    /// (UTC when not given).
    /// </summary>
    /// <exception cref="InputException">the content is not a valid FIT file, fails its CRC (unless ignored), or holds no training.</exception>
    public static FitReadResult Read(string displayName, Stream content, FitDecodeOptions? options = null, TimeZoneInfo? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = FitInput.ReadAll(displayName, content);
        var fit = new FitContent(displayName);
        var summary = new FitDecoder().Decode(bytes.Span, displayName, options ?? FitDecodeOptions.Default, fit);
        var catalog = ExerciseCatalog.Default;
        var document = fit.FileType switch
        {
            FitProfile.FileId.Workout => Workout(displayName, fit, catalog),
            FitProfile.FileId.Activity or null => FitActivities.Read(displayName, fit, catalog, timeZone ?? TimeZoneInfo.Utc),
            var other => throw new InputException(displayName, $"is a FIT {FitFileTypes.Describe(other)}, which holds no training; RunLift reads activities and workouts")
            {
                HoldsNoTraining = true,
            },
        };
        return new FitReadResult(document with { Sources = [displayName] }, summary.Warnings);
    }

    private static TrainingDocument Workout(string file, FitContent fit, ExerciseCatalog catalog)
    {
        if (fit.WorkoutSport == Running)
        {
            throw new InputException(file, "is a running workout; RunLift reads strength workouts, and runs from activities");
        }

        var titles = fit.ExerciseTitles;
        var entries = new List<(string Name, List<TrainingSet> Sets)>();
        foreach (var step in FitWorkoutSteps.Expand(file, fit.Steps, MaxWorkoutSets))
        {
            if (step.Intensity == FitIntensity.Rest)
            {
                if (entries.Count > 0 && step.DurationType == FitStepDuration.Time && step.DurationValue is { } ms)
                {
                    var last = entries[^1].Sets;
                    last[^1] = last[^1] with { Rest = (last[^1].Rest ?? TimeSpan.Zero) + TimeSpan.FromMilliseconds(ms) };
                }

                continue;
            }

            var title = titles.FirstOrDefault(t => t.Category == step.ExerciseCategory && t.Name == step.ExerciseName)?.Title ?? step.Name;
            var name = GarminExerciseNames.Name(catalog, step.ExerciseCategory, step.ExerciseName, title);
            if (entries.Count == 0 || entries[^1].Name != name)
            {
                entries.Add((name, []));
            }

            entries[^1].Sets.Add(new TrainingSet
            {
                Kind = step.Intensity is FitIntensity.Warmup or FitIntensity.Cooldown ? SetKind.Warmup : SetKind.Working,
                Reps = step.DurationType == FitStepDuration.Reps && step.DurationValue is { } reps and > 0 and <= int.MaxValue ? (int)reps : null,
                Duration = step.DurationType == FitStepDuration.Time && step.DurationValue is { } time ? TimeSpan.FromMilliseconds(time) : null,
                Load = step.ExerciseWeight is { Kilograms: > 0 } weight ? weight : null,
            });
        }

        var session = new TrainingSession { Name = fit.WorkoutName ?? "Workout", Exercises = [.. entries.Select(e => new ExerciseEntry(e.Name, e.Sets))] };
        return new TrainingDocument { Sessions = [session] };
    }
}
