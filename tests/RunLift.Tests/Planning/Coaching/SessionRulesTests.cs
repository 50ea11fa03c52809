using System.Globalization;
using System.Text.RegularExpressions;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Training;

namespace RunLift.Tests.Planning.Coaching;

/// <summary>
/// principles.md's rules for each session, checked by a checker of its own on every athlete of <see cref="AthleteCases"/>:
/// light means light, maintenance keeps the intensity, timing on the day, short sessions keep the whole body, contacts,
/// and every session says why.
/// </summary>
public sealed class SessionRulesTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    private static readonly MovementPattern[] LowerBody = [MovementPattern.Squat, MovementPattern.SingleLeg, MovementPattern.Hinge];
    private static readonly MovementPattern[] MainLifts = [.. LowerBody, MovementPattern.Push, MovementPattern.Pull];

    private static IEnumerable<TrainingSet> Working(PlannedExercise exercise) => exercise.Sets.Where(s => s.IsWorking);

    private static bool SameSets(PlannedExercise exercise) => Working(exercise).Select(s => (s.Reps, s.Rpe, s.Load)).Distinct().Count() <= 1;

    private static DateTime Start(PlannedSession session) => session.Date.ToDateTime(session.Time.Time);

    private static bool IsLight(PlannedSession session) =>
        session.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason || session.Name.Contains("(light legs)", StringComparison.Ordinal);

    /// <summary>Hours from the session to the next key run of the plan.</summary>
    private static double HoursToNextKeyRun(TrainingPlan plan, PlannedSession session) =>
        plan.Runs.Where(r => r.IsKey && r.Date is not null)
            .Select(r => (r.Date!.Value.ToDateTime(r.Time?.Time ?? new TimeOnly(7, 0)) - Start(session)).TotalHours)
            .Where(h => h > 0).DefaultIfEmpty(double.MaxValue).Min();

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void LightAndMaintenanceSessions_AreWhatTheySay(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);
        var rehab = request.Athlete.RehabSite is not null;

        foreach (var session in plan.Sessions)
        {
            var where = $"{session.Date} {session.Name}";
            var lifts = session.Exercises.Where(e => MainLifts.Contains(e.Exercise.Pattern)).ToList();

            // No back-off sets: each lift's working sets are the same sets, never a heavier one then lighter ones.
            if (IsLight(session) || session.Phase == TrainingPhase.Maintenance)
            {
                lifts.ShouldAllBe(e => SameSets(e), $"{where}: back-off sets");
            }

            if (IsLight(session))
            {
                // Light: RPE 6 or less and half the sets; a light-legs session keeps the legs light (one heavy top set at
                // most, nothing after it) and the upper body as its phase has it.
                var light = session.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason ? lifts : [.. lifts.Where(e => LowerBody.Contains(e.Exercise.Pattern))];
                light.SelectMany(Working).Count(s => s.Rpe?.Value > 6).ShouldBeLessThanOrEqualTo(session.Phase is TrainingPhase.Taper or TrainingPhase.OffSeason ? 0 : 1, where);
                light.ShouldAllBe(e => Working(e).Count() <= 2, $"{where}: more than half the usual sets");
            }
            else if (session.Phase == TrainingPhase.Maintenance && !session.Name.Contains("deload", StringComparison.Ordinal) && !rehab)
            {
                // Maintenance keeps the intensity: 2 x 3 at 80–85 %, RPE 8 or less, where a load sets it (bodyweight work's
                // effort is its variant's).
                foreach (var set in lifts.Where(e => (e.Exercise.Pattern != MovementPattern.SingleLeg && Kit.CanLoad(request, e.Exercise)) || e.Sets.Any(s => s.Load is not null)).SelectMany(Working))
                {
                    set.Rpe.ShouldNotBeNull(where);
                    set.Rpe!.Value.Value.ShouldBeLessThanOrEqualTo(8, where);
                    RtsTable.Percent(set.Reps!.Value, set.Rpe.Value.Value).ShouldBeInRange(79.5, 85.5, where);
                }

                lifts.ShouldAllBe(e => Working(e).Count() <= 2, $"{where}: more than half the usual sets");
            }

            // Light or maintenance before a key run: 30 lower-body working reps at most (a side's reps once).
            if ((IsLight(session) || session.Phase == TrainingPhase.Maintenance) && HoursToNextKeyRun(plan, session) <= 48)
            {
                lifts.Where(e => LowerBody.Contains(e.Exercise.Pattern)).SelectMany(Working).Sum(s => s.Reps ?? 0).ShouldBeLessThanOrEqualTo(30, where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void Timing_NeverOverlapsARun_AfterTheKeyRun_StraightAfterAnEveningOne(string athlete)
    {
        var plan = Planner.Plan(AthleteCases.Request(athlete));

        foreach (var session in plan.Sessions)
        {
            var start = Start(session);
            var end = start + session.EstimatedDuration;
            foreach (var run in plan.Runs.Where(r => r.Date == session.Date && r.Time is not null))
            {
                var runStart = run.Date!.Value.ToDateTime(run.Time!.Value.Time);
                var runEnd = runStart + (run.Duration ?? TimeSpan.FromMinutes(60));
                var where = $"{session.Date} {session.Name} at {session.Time} and the {run.Kind} at {run.Time}";

                (end <= runStart || start >= runEnd).ShouldBeTrue($"{where}: they overlap");
                if (!run.IsKey)
                {
                    continue;
                }

                start.ShouldBeGreaterThanOrEqualTo(runEnd, $"{where}: lifting before a key run");
                if (run.Time.Value.Time >= new TimeOnly(12, 0))
                {
                    (start - runEnd).TotalMinutes.ShouldBeInRange(15, 30, $"{where}: straight after an evening key run");
                }
                else
                {
                    (start - runEnd).TotalHours.ShouldBeGreaterThanOrEqualTo(3, $"{where}: 3–6 h after a morning key run");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void Contacts_PerWeek_WithinThePhasesRange_UnlessOlympicLiftsReplaceThem(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);

        // An injured site's return to jumping is its own progression (RehabRulesTests).
        var jumpingFrom = request.Athlete.RehabSite is { } site ? plan.Weeks[Math.Min(plan.Weeks.Count - 1, (site == InjurySite.Achilles ? 6 : 4) + 2)].Start : DateOnly.MinValue;
        var checkedWeeks = 0;
        foreach (var week in plan.Weeks.Where(w => !w.Deload && w.Start >= jumpingFrom))
        {
            var (least, most) = week.Phase switch
            {
                TrainingPhase.Adaptation => (40, 60),
                TrainingPhase.Strength => (60, 100),
                TrainingPhase.Power => (0, 100),
                _ => (0, int.MaxValue),
            };
            var sessions = plan.Sessions.Where(s => s.Date >= week.Start && s.Date < week.Start.AddDays(7 - (int)(((int)week.Start.DayOfWeek + 6) % 7))).ToList();

            // A week with a race-week session (a B race close) or with an Olympic lift is not held to the range, nor one the
            // load ramp eases back after lighter weeks (its jumps climb back with the rest); nor, for now, a week whose
            // sessions were cut to fit a short time limit (docs/planning.md, "Contacts").
            if (sessions.Any(s => s.Phase != week.Phase) || sessions.Any(s => s.Exercises.Any(e => e.Exercise.Pattern == MovementPattern.Olympic))
                || sessions.Any(s => s.Note!.Contains("left out", StringComparison.Ordinal) || s.Note.Contains("Eased (", StringComparison.Ordinal)))
            {
                continue;
            }

            var contacts = sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Explosive)
                .Sum(e => Working(e).Sum(set => (set.Reps ?? 0) * (set.PerSide ? 2 : 1)));
            contacts.ShouldBeInRange(least, most, $"week of {week.Start} ({week.Phase}, {sessions.Count} sessions)");
            checkedWeeks++;
        }

        (checkedWeeks > 0 || request.MaxSessionMinutes < PlanRequest.DefaultSessionMinutes).ShouldBeTrue("some weeks were checked");
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void ShortSessions_KeepTheWholeBody_MainLiftsNeverBelowTwoSets(string athlete)
    {
        var request = AthleteCases.Request(athlete);
        var plan = Planner.Plan(request);

        foreach (var session in plan.Sessions.Where(s => s.Phase is TrainingPhase.Adaptation or TrainingPhase.Strength or TrainingPhase.Power
            && !s.Name.Contains("deload", StringComparison.Ordinal)))
        {
            var where = $"{session.Date} {session.Name}";
            var patterns = session.Exercises.Select(e => e.Exercise.Pattern).ToList();
            patterns.ShouldContain(p => p == MovementPattern.Squat || p == MovementPattern.SingleLeg, where);
            patterns.ShouldContain(MovementPattern.Hinge, where);
            patterns.ShouldContain(p => p == MovementPattern.Push || p == MovementPattern.Pull, where);
            if (request.Athlete.RehabSite is null)
            {
                session.Exercises.ShouldContain(e => e.Exercise.Explosive, $"{where}: the explosive work stays");
                session.Exercises.Where(e => MainLifts.Contains(e.Exercise.Pattern) && !IsLight(session))
                    .ShouldAllBe(e => Working(e).Count() >= 2, $"{where}: main lifts keep 2 sets");
            }

            // Drop order: the pull stays before the push, and a calf exercise before the core.
            if (patterns.Contains(MovementPattern.Push) && !patterns.Contains(MovementPattern.Pull))
            {
                session.Note.ShouldNotBeNull().ShouldContain("left out", Case.Sensitive, where);
            }

            if (session.Exercises.Any(e => e.Exercise.Pattern == MovementPattern.Core && !e.Exercise.Explosive))
            {
                patterns.ShouldContain(MovementPattern.Calf, $"{where}: core kept where the calves went");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AthleteCases.All), MemberType = typeof(AthleteCases))]
    public void EverySession_SaysWhy(string athlete)
    {
        var plan = Planner.Plan(AthleteCases.Request(athlete));

        foreach (var session in plan.Sessions)
        {
            var note = session.Note.ShouldNotBeNull();
            var where = $"{session.Date} {session.Name}";
            note.ShouldStartWith(session.Name.Contains("deload", StringComparison.Ordinal) ? "Deload" : session.Phase switch
            {
                TrainingPhase.OffSeason => "Off-season",
                var phase => phase.ToString(),
            }, Case.Sensitive, where);
            note.ShouldContain(session.Time.ToString(), Case.Sensitive, where);
            if (session.Name.Contains("(light legs)", StringComparison.Ordinal))
            {
                note.ShouldContain("Light legs", Case.Sensitive, where);
            }

            // "Cut to fit N minutes" only where the time limit cut: the session ends up close to N (unless the load ramp then
            // eased it, which the note says).
            if (Regex.Match(note, @"Cut to fit (\d+) minutes") is { Success: true } cut && !note.Contains("Eased (", StringComparison.Ordinal))
            {
                session.EstimatedDuration.TotalMinutes.ShouldBeGreaterThan(int.Parse(cut.Groups[1].Value, CultureInfo.InvariantCulture) - 12, where);
            }
        }
    }
}
