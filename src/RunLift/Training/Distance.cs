namespace RunLift.Training;

/// <summary>A non-negative distance, stored in metres.</summary>
public readonly record struct Distance
{
    private Distance(double meters) => Meters = meters;

    /// <summary>The distance in metres.</summary>
    public double Meters { get; }

    /// <summary>The distance in kilometres.</summary>
    public double Kilometers => Meters / 1000;

    /// <summary>A distance of <paramref name="meters"/> m.</summary>
    /// <exception cref="ArgumentOutOfRangeException">negative, infinite or not a number.</exception>
    public static Distance FromMeters(double meters)
    {
        if (!double.IsFinite(meters) || meters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(meters), meters, "A distance is finite and non-negative.");
        }

        return new Distance(meters);
    }

    /// <summary>A distance of <paramref name="kilometers"/> km.</summary>
    public static Distance FromKilometers(double kilometers) => FromMeters(kilometers * 1000);

    /// <summary>A distance of <paramref name="miles"/> international miles.</summary>
    public static Distance FromMiles(double miles) => FromMeters(miles * 1609.344);

    /// <summary>A distance of <paramref name="yards"/> yards.</summary>
    public static Distance FromYards(double yards) => FromMeters(yards * 0.9144);

    /// <inheritdoc />
    public override string ToString() => Meters >= 1000 ? $"{Math.Round(Kilometers, 2)} km" : $"{Math.Round(Meters, 1)} m";
}
