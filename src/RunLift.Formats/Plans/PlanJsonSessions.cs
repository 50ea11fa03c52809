using RunLift.Following;
using RunLift.Training;

namespace RunLift.Formats.Plans;

/// <summary>
/// A plan document's sessions read back as the domain's values (<see cref="WrittenSession"/>): every set as
/// <see cref="PlanJsonWriter"/> wrote it, and whether its week is a deload, for prescribing the next session from the log.
/// </summary>
public static class PlanJsonSessions
{
    /// <summary>The sessions of <paramref name="document"/>, in its order.</summary>
    public static IReadOnlyList<WrittenSession> Of(PlanJsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var weeks = document.Weeks.OrderBy(w => w.Start).ToList();
        return [.. document.Sessions.Select(s => new WrittenSession(
            s.Name,
            s.Date,
            weeks.LastOrDefault(w => w.Start <= s.Date)?.Deload ?? false,
            [.. s.Exercises.Select(e => new WrittenExercise(e.Id, e.Name, [.. e.Sets.Select(Set)]))]))];
    }

    /// <summary>
    /// A set as the writer wrote it (its distance aside, which no prescription reads). A value no set can have (an RPE
    /// outside 1–10, a negative load) reads as absent: a stored document is read, never trusted.
    /// </summary>
    public static TrainingSet Set(PlanJsonSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new TrainingSet
        {
            Kind = set.Warmup ? SetKind.Warmup : SetKind.Working,
            Reps = set.Reps,
            RepsMax = set.RepsMax,
            Amrap = set.Amrap,
            Duration = Seconds(set.DurationSeconds),
            Load = set.Load.Kg is { } kg && double.IsFinite(kg) && kg >= 0 ? Load.FromKilograms(kg) : null,
            Bodyweight = set.Load.Bodyweight,
            Assisted = set.Load.Assisted,
            PercentOneRepMax = set.Load.Percent1RM,
            Rpe = set.Load.Rpe is { } rpe && Rpe.IsValid(rpe) ? Rpe.Of(rpe) : null,
            RepsInReserve = set.Load.Rir,
            Rest = Seconds(set.RestSeconds),
            ToFailure = set.ToFailure,
            PerSide = set.PerSide,
        };
    }

    private static TimeSpan? Seconds(double? seconds) => seconds is { } s && double.IsFinite(s) && s >= 0 && s < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(s) : null;
}
