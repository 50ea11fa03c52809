using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>A strength session placed on the timeline, with its exercises analysed.</summary>
internal sealed class AnalysedSession
{
    public AnalysedSession(TrainingSession source, double startHour, int week, TimeSpan duration, bool durationEstimated,
        IReadOnlyList<AnalysedExercise> exercises, TrainingPhase? phase)
    {
        Source = source;
        StartHour = startHour;
        Week = week;
        Duration = duration;
        DurationEstimated = durationEstimated;
        Exercises = exercises;
        Phase = phase;
        WorkingVolume = exercises.Sum(e => e.WorkingVolume);
        IsStrength = exercises.Any(e => e.WorkingVolume > 0 && (e.Exercise.IsStrength
            || e.Exercise.Pattern is MovementPattern.Plyometric or MovementPattern.Olympic));
        // Sets, not volume: a per-side set loads each leg once, like one bilateral set.
        IsLowerBodyHeavy = exercises.Where(e => e.Exercise.IsMainLowerBody).Sum(e => e.Sets.Count(s => s.IsWorking && s.Heavy)) >= 2;
        LowerBodyFailureSets = exercises.Where(e => e.Exercise.Region == BodyRegion.Lower || e.Exercise.IsMainLowerBody)
            .Sum(e => e.Count(s => s.Failure));
    }

    public TrainingSession Source { get; }

    public string Name => Source.Name;

    /// <summary>Hours from the start of the timeline (a log's first Monday, or a routine's Monday).</summary>
    public double StartHour { get; }

    /// <summary>Index of the analysed week the session belongs to.</summary>
    public int Week { get; }

    public TimeSpan Duration { get; }

    public bool DurationEstimated { get; }

    /// <summary>
    /// The length the log recorded, when it cannot be true (a timer left running, RL003) and <see cref="Duration"/> is
    /// the estimate instead; null otherwise.
    /// </summary>
    public TimeSpan? ImplausibleDuration { get; init; }

    public IReadOnlyList<AnalysedExercise> Exercises { get; }

    public TrainingPhase? Phase { get; }

    public int WorkingVolume { get; }

    /// <summary>At least one working set of a strength, plyometric or Olympic exercise.</summary>
    public bool IsStrength { get; }

    /// <summary>≥ 2 heavy working sets of squat, hinge, single-leg or Olympic patterns.</summary>
    public bool IsLowerBodyHeavy { get; }

    public int LowerBodyFailureSets { get; }

    // Rules call this for every week they judge; a plain loop keeps the audit free of per-call allocations.
    public int Count(Func<AnalysedExercise, AnalysedSet, bool> predicate)
    {
        // Indexing, not foreach: enumerating an IReadOnlyList boxes its enumerator, and this runs per week per rule.
        var count = 0;
        for (var e = 0; e < Exercises.Count; e++)
        {
            var exercise = Exercises[e];
            for (var s = 0; s < exercise.Sets.Count; s++)
            {
                var set = exercise.Sets[s];
                if (set.IsWorking && predicate(exercise, set))
                {
                    count += set.Volume;
                }
            }
        }

        return count;
    }

    public Evidence ToEvidence(string? exercise = null, int? sets = null, string? detail = null) => new(Name)
    {
        Date = Source.Date,
        Day = Source.Date is null ? Source.Day : null,
        Exercise = exercise,
        Sets = sets,
        Detail = detail,
    };
}
