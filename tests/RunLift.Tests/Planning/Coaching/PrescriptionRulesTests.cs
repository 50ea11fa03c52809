using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;
using static RunLift.Tests.Planning.PlannerTests;

namespace RunLift.Tests.Planning.Coaching;

/// <summary>
/// principles.md's "Prescriptions a coach would sign", checked on the planner's plans by a checker of its own: the RTS
/// table is written out in the tests (<see cref="RtsTable"/>), not taken from the planner, so a planner that types an RPE its load does not stand for
/// fails. Every athlete case of the table below (units, experience, kit, rehab, races) is planned and checked.
/// </summary>
public sealed class PrescriptionRulesTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void EverySet_LoadRepsAndRpeAgreeOnTheTable_WithinOnePoint(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var maxes = request.Athlete.Maxes.ToDictionary(m => ExerciseCatalog.Default.Resolve(m.Exercise).CatalogId!, m => m.OneRepMax.Kilograms);
        var plan = Planner.Plan(request);

        var checkedSets = 0;
        foreach (var (session, exercise, set) in WorkingSets(plan))
        {
            if (set.Rpe is not { } rpe || set.Reps is not { } reps)
            {
                continue;
            }

            // The load against the max when both are known; otherwise the percentage the set is prescribed at.
            var percent = set.Load is { } load && maxes.TryGetValue(exercise.Exercise.Id, out var max) ? 100 * load.Kilograms / max : set.PercentOneRepMax;
            if (percent is { } p)
            {
                RtsTable.Rpe(reps, p).ShouldBe(rpe.Value, 1.0, $"{session.Date} {exercise.Exercise.Name} {reps} @ {p:0.#} % RPE {rpe.Value}");
                checkedSets++;
            }
        }

        // The maxes are the barbell's: a plan that uses the barbell has sets to check.
        (checkedSets > 0 || !request.Equipment.Contains(Equipment.Barbell) || request.Athlete.Experience == Experience.New).ShouldBeTrue("loaded sets were checked");
        ShouldBeClean(plan);
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void EveryLoadedMainLift_AtSeventyPercentOrMore_StartsWithTwoOrThreeRampSets_MarkedWarmUp(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);

        foreach (var session in plan.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                var sets = exercise.Sets;
                var first = sets.FirstOrDefault(s => s.IsWorking);
                var firstPercent = first?.PercentOneRepMax ?? (first is { Reps: > 0 and { } r, Rpe: { } e } ? RtsTable.Percent(r, e.Value) : 0);
                var loaded = Kit.CanLoad(request, exercise.Exercise);
                var ramp = sets.TakeWhile(s => !s.IsWorking).ToList();
                var where = $"{session.Date} {session.Name} {exercise.Exercise.Name}";

                sets.SkipWhile(s => !s.IsWorking).ShouldAllBe(s => s.IsWorking, $"{where}: warm-ups come first");
                if (loaded && firstPercent >= 70)
                {
                    ramp.Count.ShouldBeInRange(2, 3, where);
                    ramp.Select(s => s.PercentOneRepMax!.Value).ShouldBeInOrder(SortDirection.Ascending, where);
                    ramp.ShouldAllBe(s => s.PercentOneRepMax < firstPercent && s.Rpe == null, where);
                }
                else
                {
                    ramp.ShouldBeEmpty(where);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void SessionTime_CountsTheWarmUps(string athlete)
    {
        var plan = Planner.Plan(AthleteCases.Request(athlete));

        // principles.md's estimate, over every set, warm-ups included: reps × 4 s (or the set's time), twice per side,
        // plus the rest (90 s when not given), plus 5 minutes to set up.
        foreach (var session in plan.Sessions)
        {
            var seconds = 300 + session.Exercises.SelectMany(e => e.Sets).Sum(s =>
                ((s.Duration?.TotalSeconds ?? (s.Reps ?? 0) * 4) * (s.PerSide ? 2 : 1)) + (s.Rest?.TotalSeconds ?? 90));
            session.EstimatedDuration.TotalSeconds.ShouldBe(seconds, 60, $"{session.Date} {session.Name}");
        }
    }

    // principles.md: with only the body as load, "effort comes from harder variants and tempo ..., never from calling an easy
    // set RPE 8". These variants are easy for a runner for a set of 8–15 at the usual pace, written out here.
    private static readonly HashSet<string> EasyBodyweightVariants =
    [
        "split-squat", "reverse-lunge", "lunge", "bodyweight-squat", "glute-bridge", "single-leg-romanian-deadlift", "calf-raise",
        "single-leg-calf-raise", "incline-push-up", "push-up", "table-row",
    ];

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void BodyweightWork_IsHardByItsVariantAndTempo_NeverByItsLabel(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);

        foreach (var (session, exercise, set) in WorkingSets(plan))
        {
            if (Kit.CanLoad(request, exercise.Exercise) || set.Load is not null || set.Rpe is not { Value: > 7 } rpe || !EasyBodyweightVariants.Contains(exercise.Exercise.Id))
            {
                continue;
            }

            SlowTempo(session).Contains(exercise.Exercise.Name, StringComparison.Ordinal).ShouldBeTrue($"{session.Date} {session.Name}: {exercise.Exercise.Name} at RPE {rpe.Value} without a slow tempo");
        }
    }

    [Theory]
    [InlineData("lb new bodyweight 0-races")]
    [InlineData("lb advanced bodyweight 1-race")]
    [InlineData("lb novice bodyweight 0-races 25min")]
    public void BodyweightSingleLegWork_MovesUpAVariantOrATempo_FromTheFirstWeekToTheStrengthPhase(string athlete)
    {
        var plan = Planner.Plan(AthleteCases.Request(athlete));
        static IEnumerable<string> SingleLeg(PlannedSession s) => s.Exercises.Where(e => e.Exercise.Pattern == MovementPattern.SingleLeg)
            .Select(e => SlowTempo(s).Contains(e.Exercise.Name, StringComparison.Ordinal) ? $"{e.Exercise.Name} at 3-1-1" : e.Exercise.Name);

        var first = plan.Sessions.Where(s => s.Date < plan.Weeks[1].Start).SelectMany(SingleLeg).ToHashSet();
        var strength = plan.Sessions.Where(s => s.Phase == TrainingPhase.Strength && !s.Name.Contains('(', StringComparison.Ordinal)).SelectMany(SingleLeg).ToHashSet();

        strength.ShouldNotBeEmpty();
        strength.Overlaps(first).ShouldBeFalse($"week 1: {string.Join(", ", first)}; strength: {string.Join(", ", strength)}");
    }

    /// <summary>The exercises a session's note says to do at a slow tempo ("… at a 3-1-1 tempo: 3 s down …"), or "".</summary>
    private static string SlowTempo(PlannedSession session)
    {
        var note = session.Note ?? "";
        var end = note.IndexOf(" tempo: 3 s down", StringComparison.Ordinal);
        return end < 0 ? "" : note[(note.LastIndexOf(". ", end, StringComparison.Ordinal) + 2)..end];
    }

    private static IEnumerable<(PlannedSession Session, PlannedExercise Exercise, TrainingSet Set)> WorkingSets(TrainingPlan plan) =>
        plan.Sessions.SelectMany(s => s.Exercises.SelectMany(e => e.Sets.Where(set => set.IsWorking).Select(set => (s, e, set))));
}
