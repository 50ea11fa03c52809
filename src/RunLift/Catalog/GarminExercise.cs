using System.Text.Json.Serialization;

namespace RunLift.Catalog;

/// <summary>
/// An exercise as Garmin's FIT profile names it: the <c>exercise_category</c> value (28 = squat) and the value of
/// that category's exercise-name enum (squat 6 = barbell back squat). A Garmin workout step and a watch's recorded
/// set carry these two numbers. <see cref="Name"/> is null where Garmin has the category but no exercise for the
/// movement (pogo hops are plyometrics, yet no plyo name describes them): a workout step then names only the category.
/// </summary>
public readonly record struct GarminExercise
{
    /// <summary>The exercise <paramref name="category"/> and, when Garmin has one for the movement, the exercise <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">the category is FIT's "unknown" (65534) or "invalid" (65535), or the name is "invalid".</exception>
    [JsonConstructor]
    public GarminExercise(ushort category, ushort? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(category, UnknownCategory);
        if (name is ushort n)
        {
            ArgumentOutOfRangeException.ThrowIfEqual(n, ushort.MaxValue, nameof(name));
        }

        Category = category;
        Name = name;
    }

    /// <summary>FIT's <c>exercise_category</c> value for "unknown"; 65535 is "invalid".</summary>
    public const ushort UnknownCategory = 65534;

    /// <summary>The FIT <c>exercise_category</c> value.</summary>
    public ushort Category { get; }

    /// <summary>The value of the category's exercise-name enum, or null when Garmin names only the category.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ushort? Name { get; }
}
