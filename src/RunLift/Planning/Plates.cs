using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// What can be put on the bar: loads in steps of 2.5 kg, or of 5 lb for an athlete who loads in pounds. The planner
/// writes every load it prescribes on these steps, and the next session's adjusted loads are put on them the same way.
/// </summary>
internal static class Plates
{
    /// <summary>The smallest step between two loads the plates make, in kilograms: 2.5 kg, or 5 lb.</summary>
    public static double Step(MassUnit units) => units == MassUnit.Pounds ? Load.FromPounds(5).Kilograms : 2.5;

    /// <summary>The nearest load the plates make to <paramref name="kilograms"/>: a multiple of the step.</summary>
    public static double Round(double kilograms, MassUnit units)
    {
        var step = Step(units);
        return Math.Round(kilograms / step, MidpointRounding.AwayFromZero) * step;
    }

    /// <summary>A ramp set's load: its share of the working load (<paramref name="kilograms"/>) on the plates, and never below one step.</summary>
    public static Load WarmUp(double kilograms, MassUnit units) => Load.FromKilograms(Math.Max(Step(units), Round(kilograms, units)));
}
