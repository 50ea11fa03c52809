namespace RunLift.Catalog;

/// <summary>What the app that wrote a name said about it besides the name.</summary>
/// <param name="Category">
/// The app's own category: FitNotes' <c>Category</c> column (<c>Legs</c>, <c>Cardio</c>), Garmin's exercise category in
/// words (<c>squat</c>); null when none.
/// </param>
/// <param name="CatalogId">The catalog entry the app's own exercise codes identify (Garmin's category and name), or null.</param>
public readonly record struct NameHints(string? Category, string? CatalogId)
{
    /// <summary>No hints: the name alone.</summary>
    public static NameHints None => default;
}
