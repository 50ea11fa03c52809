using System.Collections.Frozen;

namespace RunLift.Catalog;

/// <summary>
/// The movement patterns an app's own category allows: FitNotes' <c>Category</c> column (Legs, Back, Cardio...) and
/// Garmin's FIT exercise categories in words (squat, row, plank...). A category never names an exercise; it rules out
/// readings of a name that cannot be right ("Rowing" under Cardio is a rower, not a row) and classifies a name no
/// word of which says anything. The first pattern listed is the one an otherwise unknown name gets: the one that
/// claims least (an unknown leg exercise is not taken for a main lift).
/// </summary>
internal static class AppCategories
{
    private static readonly MovementPattern[] Lower =
    [
        MovementPattern.IsolationLower, MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.SingleLeg,
        MovementPattern.Calf, MovementPattern.Plyometric, MovementPattern.Olympic,
    ];

    private static readonly FrozenDictionary<string, MovementPattern[]> Patterns = new Dictionary<string, MovementPattern[]>
    {
        // FitNotes' built-in categories.
        ["abs"] = [MovementPattern.Core],
        ["back"] = [MovementPattern.Pull, MovementPattern.Hinge, MovementPattern.IsolationUpper],
        ["biceps"] = [MovementPattern.IsolationUpper, MovementPattern.Pull],
        ["cardio"] = [MovementPattern.Cardio],
        ["chest"] = [MovementPattern.Push, MovementPattern.IsolationUpper],
        ["legs"] = Lower,
        ["shoulders"] = [MovementPattern.Push, MovementPattern.IsolationUpper, MovementPattern.Pull],
        ["triceps"] = [MovementPattern.IsolationUpper, MovementPattern.Push],
        ["forearms"] = [MovementPattern.IsolationUpper, MovementPattern.Carry],
        ["glutes"] = Lower,
        ["calves"] = [MovementPattern.Calf],

        // Garmin's exercise categories (FIT profile exercise_category), as GarminExerciseNames words them.
        ["bench press"] = [MovementPattern.Push],
        ["calf raise"] = [MovementPattern.Calf],
        ["carry"] = [MovementPattern.Carry],
        ["chop"] = [MovementPattern.Core],
        ["core"] = [MovementPattern.Core],
        ["crunch"] = [MovementPattern.Core],
        ["curl"] = [MovementPattern.IsolationUpper],
        ["deadlift"] = [MovementPattern.Hinge, MovementPattern.SingleLeg],
        ["flye"] = [MovementPattern.IsolationUpper],
        ["hip raise"] = [MovementPattern.Hinge],
        ["hip stability"] = [MovementPattern.IsolationLower, MovementPattern.Core],
        ["hip swing"] = [MovementPattern.Hinge],
        ["hyperextension"] = [MovementPattern.Hinge],
        ["lateral raise"] = [MovementPattern.IsolationUpper],
        ["leg curl"] = [MovementPattern.IsolationLower],
        ["leg raise"] = [MovementPattern.Core],
        ["lunge"] = [MovementPattern.SingleLeg],
        ["olympic lift"] = [MovementPattern.Olympic],
        ["plank"] = [MovementPattern.Core],
        ["plyo"] = [MovementPattern.Plyometric],
        ["pull up"] = [MovementPattern.Pull],
        ["push up"] = [MovementPattern.Push],
        ["row"] = [MovementPattern.Pull],
        ["shoulder press"] = [MovementPattern.Push],
        ["shoulder stability"] = [MovementPattern.IsolationUpper, MovementPattern.Mobility],
        ["shrug"] = [MovementPattern.IsolationUpper],
        ["sit up"] = [MovementPattern.Core],
        ["squat"] = [MovementPattern.Squat, MovementPattern.SingleLeg],
        ["triceps extension"] = [MovementPattern.IsolationUpper],
        ["warm up"] = [MovementPattern.Mobility, MovementPattern.Cardio],
        ["run"] = [MovementPattern.Cardio],
        ["bike"] = [MovementPattern.Cardio],
        ["elliptical"] = [MovementPattern.Cardio],
        ["floor climb"] = [MovementPattern.Cardio],
        ["indoor bike"] = [MovementPattern.Cardio],
        ["indoor row"] = [MovementPattern.Cardio],
        ["stair stepper"] = [MovementPattern.Cardio],
        ["run indoor"] = [MovementPattern.Cardio],
        ["bike outdoor"] = [MovementPattern.Cardio],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The patterns <paramref name="category"/> allows, most cautious first; null when it says nothing (a user's own category, "Total Body").</summary>
    public static IReadOnlyList<MovementPattern>? Allowed(string? category) =>
        category is null ? null : Patterns.GetValueOrDefault(ExerciseName.Plain(category));

    /// <summary>True when a category allows only conditioning.</summary>
    public static bool IsCardio(IReadOnlyList<MovementPattern>? allowed) => allowed is [MovementPattern.Cardio];
}
