using RunLift.Formats.Routines;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// The domain values a stored plan's fields stand for (<see cref="PlanJsonDocument"/>), read with the words
/// <see cref="PlanJsonWriter"/> wrote them in: a run's kind, length and time, a session's time, a set. A field that does
/// not read (a damaged document) reads as absent rather than failing the whole plan.
/// </summary>
public static class PlanJsonValues
{
    private static readonly Spot Stored = new("plan", 0, 0);

    /// <summary>The mass unit the plan shows loads in: <c>lb</c> or kilograms.</summary>
    public static MassUnit Units(PlanJsonDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Units == PlanVocabulary.Units(MassUnit.Pounds) ? MassUnit.Pounds : MassUnit.Kilograms;
    }

    /// <summary><c>am</c>, <c>pm</c> or <c>HH:mm</c> as a time of day; null for none or anything else.</summary>
    public static TimeOfDay? Time(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return Quantities.TimeOfDayOf(text, Stored);
        }
        catch (InputException)
        {
            return null;
        }
    }

    /// <summary>A dated run of the plan; null when it has no date or its kind is not a kind of run.</summary>
    public static Run? Run(PlanJsonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Date is not { } date || !RunKinds.TryParse(run.Kind, out var kind))
        {
            return null;
        }

        return new Run(kind) { Date = date, Duration = Duration(run.Duration), Time = Time(run.Time) };
    }

    /// <summary>A set as the writer wrote it: reps, load, effort, rest.</summary>
    public static TrainingSet Set(PlanJsonSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var load = set.Load;
        return new TrainingSet
        {
            Kind = set.Warmup ? SetKind.Warmup : SetKind.Working,
            Reps = set.Reps,
            RepsMax = set.RepsMax,
            Amrap = set.Amrap,
            Duration = set.DurationSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Distance = Distance(set.Distance),
            Load = load.Kg is { } kg ? Load.FromKilograms(kg) : null,
            Bodyweight = load.Bodyweight,
            Assisted = load.Assisted,
            PercentOneRepMax = load.Percent1RM,
            Rpe = load.Rpe is { } rpe && Rpe.IsValid(rpe) ? Rpe.Of(rpe) : null,
            RepsInReserve = load.Rir,
            Rest = set.RestSeconds is { } rest ? TimeSpan.FromSeconds(rest) : null,
            ToFailure = set.ToFailure,
            PerSide = set.PerSide,
        };
    }

    /// <summary>An exercise in the plans' short form: <c>Back Squat 1x5 @ 90 kg rest 3min, 3x5 @ 102.5 kg rest 3min</c>.</summary>
    public static string Exercise(PlanJsonExercise exercise, MassUnit units)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return PlanVocabulary.Exercise(exercise.Name, [.. exercise.Sets.Select(Set)], units);
    }

    private static TimeSpan? Duration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return Quantities.Duration(text, Stored, "the run's length");
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static Distance? Distance(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cursor = new Cursor(text, Stored);
        return cursor.TryNumber(out var amount) ? Quantities.TryDistanceUnit(cursor, amount) : null;
    }
}
