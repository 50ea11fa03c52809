using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Planning;

/// <summary>
/// Turns a dose into sets: a load rounded to what can be put on the bar when the lifter's max is known (the
/// %1RM kept beside it), and the RPE it should feel like. Rounding never moves a set across the 80 % "heavy" line or down to the
/// 60 % "light" line. A loaded main lift at ≥ 70 % 1RM starts with warm-up sets (principles.md): three ramp sets at
/// 40, 60 and 80 % of the working load × 5, 3, 2 before heavy work (≥ 80 %), two at 50 and 75 % × 5, 3 below it; a
/// session short of time ramps in two short sets (50 % × 3, then 80 % or 75 % × 1). They are marked warm-up, count
/// in the session's time and never as working sets.
/// </summary>
internal sealed class SetWriter(IReadOnlyDictionary<string, Load> maxes, MassUnit units, IReadOnlySet<Equipment> equipment)
{
    private const double HeavyShare = 0.80;
    private const double LightShare = 0.60;
    private const double WarmUpFrom = 70;
    private static readonly (double Share, int Reps)[] RampToHeavy = [(0.4, 5), (0.6, 3), (0.8, 2)];
    private static readonly (double Share, int Reps)[] RampToModerate = [(0.5, 5), (0.75, 3)];
    private static readonly (double Share, int Reps)[] BriefRampToHeavy = [(0.5, 3), (0.8, 1)];
    private static readonly (double Share, int Reps)[] BriefRampToModerate = [(0.5, 3), (0.75, 1)];

    // Plans repeat the same prescriptions week after week; the fitter and the ramp ask for them many times.
    private readonly Dictionary<(string Exercise, Dose Dose), IReadOnlyList<TrainingSet>> _written = [];

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
        var sets = new List<TrainingSet>(WarmUps(part.Exercise, part.Dose));
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

    /// <summary>The ramp before the first working set, for a loaded lift (not bodyweight work) at ≥ 70 % 1RM.</summary>
    private IEnumerable<TrainingSet> WarmUps(Exercise exercise, Dose first)
    {
        if (first.Percent is not { } percent || percent < WarmUpFrom || first.Reps <= 0 || !equipment.CanLoad(exercise))
        {
            return [];
        }

        var max = maxes.TryGetValue(exercise.Id, out var known) && known.Kilograms > 0 ? known : (Load?)null;
        var ramp = (percent >= 100 * HeavyShare, first.BriefWarmUp) switch
        {
            (true, false) => RampToHeavy,
            (true, true) => BriefRampToHeavy,
            (false, false) => RampToModerate,
            (false, true) => BriefRampToModerate,
        };
        // Ramp sets are easy: the rest is the time to change the weights, and for a lift done one side at a time the other
        // side's set already rests each side, so a short pause is enough.
        var rest = TimeSpan.FromSeconds(exercise.Unilateral ? 15 : first.BriefWarmUp ? 30 : 60);
        return ramp.Select(step => new TrainingSet
        {
            Kind = SetKind.Warmup,
            Reps = step.Reps,
            PercentOneRepMax = Math.Round(step.Share * percent, 1),
            Load = max is { } m ? Plates.WarmUp(step.Share * percent / 100 * m.Kilograms, units) : null,
            Rest = rest,
            PerSide = exercise.Unilateral,
        });
    }

    private Load Round(double share, Load max)
    {
        var step = Plates.Step(units);
        var kilograms = Plates.Round(share * max.Kilograms, units);
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
