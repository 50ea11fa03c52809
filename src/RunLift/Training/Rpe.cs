namespace RunLift.Training;

/// <summary>
/// Rating of perceived exertion on the 1–10 scale used in lifting, in half points.
/// RPE 10 is 0 reps in reserve; one RPE point is one rep in reserve.
/// </summary>
public readonly record struct Rpe
{
    private Rpe(double value) => Value = value;

    /// <summary>The rating, 1 to 10.</summary>
    public double Value { get; }

    /// <summary>The reps in reserve this rating stands for (RPE 10 = 0).</summary>
    public double RepsInReserve => 10 - Value;

    /// <summary>An RPE of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">outside 1–10.</exception>
    public static Rpe Of(double value)
    {
        if (!double.IsFinite(value) || value < 1 || value > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "RPE runs from 1 to 10.");
        }

        return new Rpe(value);
    }

    /// <summary>The RPE equivalent of <paramref name="repsInReserve"/> reps in reserve (0 → RPE 10).</summary>
    public static Rpe FromRepsInReserve(int repsInReserve) => Of(Math.Clamp(10 - repsInReserve, 1, 10));

    /// <summary>True when a value is a valid RPE.</summary>
    public static bool IsValid(double value) => double.IsFinite(value) && value >= 1 && value <= 10;


    /// <inheritdoc />
    public override string ToString() => $"RPE {Value:0.#}";
}
