namespace RunLift.Training;

/// <summary>An exercise as it was written in a routine or log, with its sets.</summary>
/// <param name="Name">The name as written (<c>Squat (Barbell)</c>, <c>BOSU Squat</c>); resolved against the catalog by the auditor.</param>
/// <param name="Sets">The sets, in order.</param>
public sealed record ExerciseEntry(string Name, IReadOnlyList<TrainingSet> Sets)
{
    /// <summary>
    /// Exercises that share a group are done back to back (a superset or circuit); null when done on their own.
    /// </summary>
    public string? Superset { get; init; }

    /// <summary>Where the exercise was written (<c>routine.yaml:14</c>), for findings; null when unknown.</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// The app's own category for it (FitNotes' <c>Category</c> column, Garmin's exercise category in words), which
    /// guides how the name is read; null when the app gives none.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>The catalog entry the app's own exercise codes identify (Garmin's category and name); null when none.</summary>
    public string? CatalogId { get; init; }
}
