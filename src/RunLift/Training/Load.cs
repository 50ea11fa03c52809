namespace RunLift.Training;

/// <summary>The unit in which a person writes loads.</summary>
public enum MassUnit
{
    /// <summary>Kilograms.</summary>
    Kilograms,

    /// <summary>Pounds.</summary>
    Pounds,
}

/// <summary>A mass lifted or carried, never negative. Stored in kilograms.</summary>
public readonly record struct Load : IComparable<Load>
{
    /// <summary>Kilograms in one pound (exact, by definition).</summary>
    public const double KilogramsPerPound = 0.45359237;

    private Load(double kilograms) => Kilograms = kilograms;

    /// <summary>The load in kilograms.</summary>
    public double Kilograms { get; }

    /// <summary>The load in pounds.</summary>
    public double Pounds => Kilograms / KilogramsPerPound;

    /// <summary>No load.</summary>
    public static Load Zero => default;

    /// <summary>A load of <paramref name="kilograms"/> kg.</summary>
    /// <exception cref="ArgumentOutOfRangeException">negative, infinite or not a number.</exception>
    public static Load FromKilograms(double kilograms)
    {
        if (!double.IsFinite(kilograms) || kilograms < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kilograms), kilograms, "A load is a finite, non-negative mass.");
        }

        return new Load(kilograms);
    }

    /// <summary>A load of <paramref name="pounds"/> lb.</summary>
    public static Load FromPounds(double pounds) => FromKilograms(pounds * KilogramsPerPound);

    /// <summary>A load of <paramref name="amount"/> in <paramref name="unit"/>.</summary>
    public static Load From(double amount, MassUnit unit) =>
        unit == MassUnit.Pounds ? FromPounds(amount) : FromKilograms(amount);

    /// <summary>The load expressed in <paramref name="unit"/>.</summary>
    public double In(MassUnit unit) => unit == MassUnit.Pounds ? Pounds : Kilograms;

    /// <inheritdoc />
    public int CompareTo(Load other) => Kilograms.CompareTo(other.Kilograms);

    /// <summary>True when <paramref name="left"/> is lighter than <paramref name="right"/>.</summary>
    public static bool operator <(Load left, Load right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is heavier than <paramref name="right"/>.</summary>
    public static bool operator >(Load left, Load right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is no heavier than <paramref name="right"/>.</summary>
    public static bool operator <=(Load left, Load right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is no lighter than <paramref name="right"/>.</summary>
    public static bool operator >=(Load left, Load right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Math.Round(Kilograms, 2)} kg";
}
