namespace RunLift.Formats.Fit;

/// <summary>Reads FIT workout files (file type 5): what Garmin Connect exports and what RunLift writes for the watch.</summary>
public static class FitWorkoutReader
{
    /// <summary>Reads the workout in <paramref name="content"/>, naming it <paramref name="displayName"/> in errors.</summary>
    /// <exception cref="InputException">the content is not a valid FIT file, or not a workout.</exception>
    public static FitWorkout Read(string displayName, Stream content, FitDecodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(content);
        var bytes = FitInput.ReadAll(displayName, content);
        var fit = new FitContent(displayName);
        new FitDecoder().Decode(bytes.Span, displayName, options ?? FitDecodeOptions.Default, fit);
        if (fit.FileType != FitProfile.FileId.Workout)
        {
            throw new InputException(displayName, $"is a FIT {FitFileTypes.Describe(fit.FileType)}, not a workout");
        }

        return ToWorkout(fit);
    }

    internal static FitWorkout ToWorkout(FitContent fit) => new()
    {
        Name = fit.WorkoutName,
        Sport = fit.WorkoutSport,
        SubSport = fit.WorkoutSubSport,
        Steps = [.. fit.Steps],
        ExerciseTitles = [.. fit.ExerciseTitles],
    };
}

/// <summary>Names FIT file types in messages.</summary>
internal static class FitFileTypes
{
    public static string Describe(byte? type) => type switch
    {
        null => "file without a file_id",
        FitProfile.FileId.Activity => "activity",
        FitProfile.FileId.Workout => "workout",
        1 => "device file",
        2 => "settings file",
        3 => "sport file",
        6 => "course",
        7 => "schedule",
        9 => "weight file",
        10 => "totals file",
        11 => "goals file",
        15 or 32 => "monitoring file",
        _ => $"file of type {type}",
    };
}
