using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Turns a dose into sets: a load rounded to what can be put on the bar when the lifter's max is known (the
/// %1RM kept beside it), and the RPE it should feel like. Rounding never moves a set across the 80 % "heavy" line or down to the
/// 60 % "light" line.
/// </summary>
internal sealed class SetWriter(IReadOnlyDictionary<string, Load> maxes, MassUnit units)
{
    private const double HeavyShare = 0.80;
    private const double LightShare = 0.60;

    // Plans repeat the same prescriptions week after week; the fitter and the ramp ask for them many times.
    private readonly Dictionary<(string Exercise, Dose Dose), IReadOnlyList<TrainingSet>> _written = [];

    private double Increment => units == MassUnit.Pounds ? Load.FromPounds(5).Kilograms : 2.5;

    public IReadOnlyList<TrainingSet> Sets(Part part)
    {
        if (!_written.TryGetValue((part.Exercise.Id, part.Dose), out var sets))
        {
            _written[(part.Exercise.Id, part.Dose)] = sets = Write(part);
        }

        return sets;
    }

    private List<TrainingSet> Write(Part part)
    {
        var sets = new List<TrainingSet>();
        if (part.Dose.TopSet is { } top)
        {
            sets.AddRange(Expand(part.Exercise, top));
        }

        sets.AddRange(Expand(part.Exercise, part.Dose));
        return sets;
    }

    private IEnumerable<TrainingSet> Expand(Exercise exercise, Dose dose)
    {
        var set = new TrainingSet
        {
            Reps = dose.Seconds > 0 ? null : dose.Reps,
            Duration = dose.Seconds > 0 ? TimeSpan.FromSeconds(dose.Seconds) : null,
            Rest = TimeSpan.FromSeconds(dose.RestSeconds),
            PerSide = exercise.Unilateral,
        };
        // The RPE goes with the load too: it says how the load should feel, and it keeps the plan's strength load
        // measured one way (session RPE × minutes) week after week, as RL503 measures it.
        if (dose.Rpe is { } rpe)
        {
            set = set with { Rpe = Rpe.Of(rpe) };
        }

        if (dose.Percent is { } percent && maxes.TryGetValue(exercise.Id, out var max) && max.Kilograms > 0)
        {
            set = set with { Load = Round(percent / 100, max), PercentOneRepMax = percent };
        }

        return Enumerable.Repeat(set, dose.Sets);
    }

    private Load Round(double share, Load max)
    {
        var step = Increment;
        var kilograms = Math.Round(share * max.Kilograms / step, MidpointRounding.AwayFromZero) * step;
        if (share >= HeavyShare && kilograms / max.Kilograms < HeavyShare)
        {
            kilograms += step;
        }
        else if (share < HeavyShare && kilograms / max.Kilograms >= HeavyShare)
        {
            kilograms -= step;
        }

        if (share > LightShare && kilograms / max.Kilograms <= LightShare)
        {
            kilograms += step;
        }

        return Load.FromKilograms(Math.Max(step, kilograms));
    }
}
