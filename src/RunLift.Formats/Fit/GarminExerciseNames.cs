using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Formats.Fit;

/// <summary>
/// Names a Garmin exercise (a FIT <c>exercise_category</c> and exercise name, as a set or a workout step carries
/// them) for an <see cref="Training.ExerciseEntry"/>: the catalog's name when the catalog knows the pair, else the
/// workout's own title for it, else Garmin's category and number ("Garmin squat 42"), which says what the watch
/// recorded without guessing an exercise.
/// </summary>
internal static class GarminExerciseNames
{
    // The FIT profile's exercise_category values 0–53 (48 and 51 are unused), in words.
    private static readonly string?[] Categories =
    [
        "bench press", "calf raise", "cardio", "carry", "chop", "core", "crunch", "curl", "deadlift", "flye",
        "hip raise", "hip stability", "hip swing", "hyperextension", "lateral raise", "leg curl", "leg raise", "lunge",
        "olympic lift", "plank", "plyo", "pull up", "push up", "row", "shoulder press", "shoulder stability", "shrug",
        "sit up", "squat", "total body", "triceps extension", "warm up", "run", "bike", "cardio sensors", "move", "pose",
        "banded exercises", "battle rope", "elliptical", "floor climb", "indoor bike", "indoor row", "ladder", "sandbag",
        "sled", "sledge hammer", "stair stepper", null, "suspension", "tire", null, "run indoor", "bike outdoor",
    ];

    /// <summary>
    /// The exercise a watch's set most likely was, from its candidates (category and name, pair by pair, best guess
    /// first): the first pair the catalog knows, as an entry named, identified and categorised by it. A later candidate
    /// may name the exercise only within the category of an earlier one that named none: the watch's ranking of
    /// categories is kept. Else the first candidate's words, with its category.
    /// </summary>
    public static ExerciseEntry Entry(ExerciseCatalog catalog, IReadOnlyList<ushort?> categories, IReadOnlyList<ushort?> names, IReadOnlyList<TrainingSet> sets)
    {
        ushort? first = null;
        ushort? firstName = null;
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i] is not { } category || category >= GarminExercise.UnknownCategory)
            {
                continue;
            }

            var name = i < names.Count ? names[i] : null;
            if ((first is null || first == category) && name is { } n && catalog.ByGarmin(category, n) is { } exercise)
            {
                return new ExerciseEntry(exercise.Name, sets) { CatalogId = exercise.Id, Category = CategoryWords(category) };
            }

            if (first is null)
            {
                (first, firstName) = (category, name);
            }
        }

        return new ExerciseEntry(Name(catalog, first, firstName), sets) { Category = first is { } c ? CategoryWords(c) : null };
    }

    /// <summary>Garmin's exercise category in words (<c>squat</c>, <c>bench press</c>), or null for a value it does not use.</summary>
    public static string? CategoryWords(ushort category) => category < Categories.Length ? Categories[category] : null;

    /// <summary>The name for <paramref name="category"/>/<paramref name="name"/>; <paramref name="title"/> is a workout's exercise_title, when it has one.</summary>
    public static string Name(ExerciseCatalog catalog, ushort? category, ushort? name, string? title = null)
    {
        if (category is { } c && name is { } n && catalog.ByGarmin(c, n) is { } exercise)
        {
            return exercise.Name;
        }

        if (title is not null)
        {
            return title;
        }

        if (category is not { } known || known >= Categories.Length || Categories[known] is not { } words)
        {
            return "Garmin exercise";
        }

        return name is { } number && number < GarminExercise.UnknownCategory ? $"Garmin {words} {number}" : $"Garmin {words}";
    }
}
