using RunLift.Following;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Tests.Following;

/// <summary>
/// The next session from the last one (issue 15, "Autoregulation"): a plan of one session a week on Tuesdays (1, 8 and
/// 15 December 2026), the first two logged, followed on Thursday 10 December: the next is the 15th's.
/// </summary>
public sealed class NextSessionPrescriberTests
{
    private static readonly DateOnly First = new(2026, 12, 1);
    private static readonly DateOnly Second = new(2026, 12, 8);
    private static readonly DateOnly Third = new(2026, 12, 15);
    private static readonly DateOnly Today = new(2026, 12, 10);

    [Fact]
    public void AllRepsAtRpe7_Target8_AddsTheLowerBodyIncrement()
    {
        var next = Prescribe(Plan(Squat(100)), Log(1, First, "back-squat", Sets(100, 7)), Log(2, Second, "back-squat", Sets(100, 7)));

        var squat = next.Exercises.Single();
        squat.Adjustment.ShouldBe(new LoadAdjustment("+5 kg: all 5s at RPE 7 last Tuesday", Kg(100), Kg(105)));
        squat.Sets.ShouldAllBe(s => s.Load == Kg(105));
        next.Date.ShouldBe(Third);
        next.Name.ShouldBe("Strength A");
    }

    [Fact]
    public void RpeExactlyOnTarget_AddsTheIncrement() =>
        Only(Prescribe(Plan(Squat(100)), Log(2, Second, "back-squat", Sets(100, 8)))).Adjustment!.To.ShouldBe(Kg(105));

    [Fact]
    public void RpeHalfAPointOverTarget_KeepsTheLoad()
    {
        var adjustment = Only(Prescribe(Plan(Squat(100)), Log(2, Second, "back-squat", Set(5, 100, 8), Set(5, 100, 8.5), Set(5, 100, 8)))).Adjustment!;

        adjustment.ShouldBe(new LoadAdjustment("Same load: set 2 at RPE 8.5 (target 8) last Tuesday", Kg(100), Kg(100)));
    }

    [Fact]
    public void OneRepShort_KeepsTheLoad()
    {
        var adjustment = Only(Prescribe(Plan(Squat(100)), Log(2, Second, "back-squat", Set(5, 100, 7), Set(5, 100, 8), Set(4, 100, 9)))).Adjustment!;

        adjustment.ShouldBe(new LoadAdjustment("Same load: 1 rep short on set 3 last Tuesday", Kg(100), Kg(100)));
    }

    [Fact]
    public void TwoSessionsWithMissedReps_InARow_TakeTenPercentOff()
    {
        var next = Prescribe(Plan(Squat(100)),
            Log(1, First, "back-squat", Set(5, 100, 9), Set(3, 100, 10), Set(3, 100, 10)),
            Log(2, Second, "back-squat", Set(5, 100, 9), Set(4, 100, 10), Set(3, 100, 10)));

        Only(next).Adjustment.ShouldBe(new LoadAdjustment("−10 %: reps missed in the last two sessions", Kg(100), Kg(90)));
    }

    [Fact]
    public void MissedRepsOnce_AfterASessionDone_KeepTheLoad_AndASessionDoneAfterAMiss_AddsTheIncrement()
    {
        var missedLast = Prescribe(Plan(Squat(100)), Log(1, First, "back-squat", Sets(100, 7)), Log(2, Second, "back-squat", Set(5, 100, 9), Set(2, 100, 10), Set(5, 100, 9)));
        var missedBefore = Prescribe(Plan(Squat(100)), Log(1, First, "back-squat", Set(5, 100, 9), Set(2, 100, 10)), Log(2, Second, "back-squat", Sets(100, 7)));

        Only(missedLast).Adjustment!.Reason.ShouldBe("Same load: 3 reps short on set 2 last Tuesday");
        Only(missedBefore).Adjustment!.To.ShouldBe(Kg(105));
    }

    [Fact]
    public void SetsNotDone_AreRepsMissed() =>
        Only(Prescribe(Plan(Squat(100)), Log(2, Second, "back-squat", Set(5, 100, 7), Set(5, 100, 7)))).Adjustment!.Reason
            .ShouldBe("Same load: 2 of 3 sets done last Tuesday");

    [Fact]
    public void SetsWithoutRpe_CountAsOnTarget_WhenEveryRepWasDone() =>
        Only(Prescribe(Plan(Squat(100)), Log(2, Second, "back-squat", Sets(100, null)))).Adjustment
            .ShouldBe(new LoadAdjustment("+5 kg: all 5s done last Tuesday", Kg(100), Kg(105)));

    [Fact]
    public void TargetFromReservedReps_IsTenMinusRir()
    {
        var byRir = Squat(100) with { Sets = [.. Squat(100).Sets.Select(s => s with { Rpe = null, RepsInReserve = 2 })] };

        Only(Prescribe(Plan(byRir), Log(2, Second, "back-squat", Sets(100, 8)))).Adjustment!.To.ShouldBe(Kg(105));
        Only(Prescribe(Plan(byRir), Log(2, Second, "back-squat", Sets(100, 8.5)))).Adjustment!.To.ShouldBe(Kg(100));
    }

    [Fact]
    public void UpperBodyLift_AddsTwoAndAHalfKilograms() =>
        Only(Prescribe(Plan(Lift("bench-press", "Bench Press", 60)), Log(2, Second, "bench-press", Sets(60, 7)))).Adjustment
            .ShouldBe(new LoadAdjustment("+2.5 kg: all 5s at RPE 7 last Tuesday", Kg(60), Kg(62.5)));

    [Fact]
    public void AthleteInPounds_AddsTenPoundsLower_FivePoundsUpper_OnFivePoundPlates()
    {
        var plan = Plan(Squat(Load.FromPounds(225).Kilograms), Lift("bench-press", "Bench Press", Load.FromPounds(135).Kilograms));
        var log = Log(2, Second, "back-squat", Sets(Load.FromPounds(225).Kilograms, 7)) with
        {
            Sets = new Dictionary<string, IReadOnlyList<TrainingSet>>
            {
                ["back-squat"] = Sets(Load.FromPounds(225).Kilograms, 7),
                ["bench-press"] = Sets(Load.FromPounds(133).Kilograms, 7),
            },
        };

        var next = Prescribe(plan, MassUnit.Pounds, null, [], log);

        next.Exercises[0].Adjustment!.Reason.ShouldBe("+10 lb: all 5s at RPE 7 last Tuesday");
        next.Exercises[0].Adjustment!.To.Pounds.ShouldBe(235, 1e-9);
        next.Exercises[1].Adjustment!.Reason.ShouldBe("+5 lb: all 5s at RPE 7 last Tuesday");
        next.Exercises[1].Adjustment!.To.Pounds.ShouldBe(140, 1e-9); // 133 + 5 on 5 lb plates
    }

    [Fact]
    public void LiftWithNoHistory_KeepsThePlansLoad_WithoutAnAdjustment()
    {
        var plan = Plan(Squat(100), Lift("bench-press", "Bench Press", 60));

        var next = Prescribe(plan, Log(2, Second, "back-squat", Sets(100, 7)));

        next.Exercises[1].Adjustment.ShouldBeNull();
        next.Exercises[1].Sets.ShouldBe(plan[2].Exercises[1].Sets);
    }

    [Fact]
    public void LiftLastLoggedOverAYearAgo_HasNoHistory() =>
        Only(Prescribe(Plan(Squat(100)), Log(2, Today.AddDays(-NextSessionPrescriber.HistoryDays), "back-squat", Sets(100, 7)))).Adjustment.ShouldBeNull();

    [Fact]
    public void LiftByRpeOnly_TakesItsLoadFromItsLastSet_ThroughTheRtsTable()
    {
        var byRpe = new WrittenExercise("romanian-deadlift", "Romanian Deadlift", [.. Enumerable.Repeat(new TrainingSet { Reps = 8, Rpe = Rpe.Of(7) }, 3)]);

        var same = Only(Prescribe(Plan(byRpe), Log(2, Second, "romanian-deadlift", Set(8, 55, 7), Set(8, 60, 7))));
        var easier = Only(Prescribe(Plan(byRpe), Log(2, Second, "romanian-deadlift", Set(8, 60, 6))));

        // The same 8 at RPE 7 again: the same 60 kg. 8 at RPE 6 (69.5 %) says a max of 86.3 kg; 8 at RPE 7 is 71.7 % of it.
        same.Adjustment.ShouldBe(new LoadAdjustment("8 at RPE 7 from your last set, 8 × 60 kg at RPE 7 last Tuesday", null, Kg(60)));
        same.Sets.ShouldAllBe(s => s.Load == Kg(60));
        easier.Adjustment!.To.ShouldBe(Kg(62.5));
    }

    [Fact]
    public void NewStepOfThePlan_LoadsFromTheEstimatedMax_NotTheIncrement()
    {
        // The 15th asks for 4s at RPE 8 (83.7 %) after 5s at RPE 8 (81.1 %); 5 × 100 kg at RPE 7 (78.6 %) says 127.2 kg.
        var fours = Lift("back-squat", "Back Squat", 105, reps: 4, percent: 83.7);
        WrittenSession[] plan = [Session(First, Squat(100)), Session(Second, Squat(100)), Session(Third, fours)];

        var adjustment = Only(Prescribe(plan, Log(2, Second, "back-squat", Sets(100, 7)))).Adjustment!;

        adjustment.ShouldBe(new LoadAdjustment("New step of the plan: 83.7 % of your estimated max of 127.2 kg", Kg(105), Kg(107.5)));
    }

    [Fact]
    public void Deload_KeepsItsPlannedReduction_FromTheAdjustedLoad()
    {
        // The deload's 2 × 4 at 95 kg is 95 % of the 100 kg before it: 95 % of the 105 kg the log earned is 99.75, on the plates 100.
        var deload = Lift("back-squat", "Back Squat", 95, reps: 4, sets: 2, rpe: 6, percent: 78.6);
        WrittenSession[] plan = [Session(First, Squat(100)), Session(Second, Squat(100)), Session(Third, deload) with { Deload = true }];

        var adjustment = Only(Prescribe(plan, Log(2, Second, "back-squat", Sets(100, 7)))).Adjustment!;

        adjustment.ShouldBe(new LoadAdjustment("+5 kg: all 5s at RPE 7 last Tuesday; deload: 95 % of that", Kg(95), Kg(100)));
    }

    [Fact]
    public void WarmUps_AreRewrittenFromTheNewWorkingLoad()
    {
        var withRamp = Squat(100) with
        {
            Sets = [Ramp(3, 40.6, 50), Ramp(1, 64.9, 80), .. Squat(100).Sets],
        };

        var sets = Only(Prescribe(Plan(withRamp), Log(2, Second, "back-squat", Sets(100, 7)))).Sets;

        // Half and 80 % of 105 kg, on the plates: 52.5 and 85 kg; reps and rests as the plan wrote them.
        sets.Select(s => (s.Kind, s.Reps, s.Load!.Value.Kilograms)).ShouldBe([
            (SetKind.Warmup, 3, 52.5), (SetKind.Warmup, 1, 85), (SetKind.Working, 5, 105), (SetKind.Working, 5, 105), (SetKind.Working, 5, 105)]);
    }

    [Theory]
    [InlineData(3, InjurySite.Knee, "+5 kg: all 5s at RPE 7 last Tuesday", 105)]
    [InlineData(4, InjurySite.Knee, "Held: pain 4/10 at the knee last Tuesday", 100)]
    [InlineData(5, InjurySite.Shoulder, "+5 kg: all 5s at RPE 7 last Tuesday", 105)]
    public void PainOfFourAtTheRehabSite_HoldsTheLiftsThatLoadIt(int pain, InjurySite where, string reason, double kg)
    {
        var next = Prescribe(Plan(Squat(100)), MassUnit.Kilograms, InjurySite.Knee, [new PainReport(Second, pain, where)], Log(2, Second, "back-squat", Sets(100, 7)));

        Only(next).Adjustment.ShouldBe(new LoadAdjustment(reason, Kg(100), Kg(kg)));
    }

    [Fact]
    public void PainAtTheKnee_HoldsNoUpperBodyLift_AndPainBeforeTheLastSessionHoldsNothing()
    {
        var bench = Plan(Lift("bench-press", "Bench Press", 60));

        var upper = Prescribe(bench, MassUnit.Kilograms, InjurySite.Knee, [new PainReport(Second, 6, InjurySite.Knee)], Log(2, Second, "bench-press", Sets(60, 7)));
        var earlier = Prescribe(Plan(Squat(100)), MassUnit.Kilograms, InjurySite.Knee, [new PainReport(First, 6, InjurySite.Knee)], Log(2, Second, "back-squat", Sets(100, 7)));

        Only(upper).Adjustment!.To.ShouldBe(Kg(62.5));
        Only(earlier).Adjustment!.To.ShouldBe(Kg(105));
    }

    [Fact]
    public void SessionOutsideThePlan_IsJudgedByTheNextSessionsTargets()
    {
        // Thursday the 3rd matches no planned session: its 4 reps fall short of the next session's 5.
        var adjustment = Only(Prescribe(Plan(Squat(100)), Log(7, new DateOnly(2026, 12, 3), "back-squat", Sets(100, 7, reps: 4)))).Adjustment!;

        adjustment.Reason.ShouldBe("Same load: 1 rep short on set 1 on 3 Dec");
    }

    [Fact]
    public void NoSessionLeft_PrescribesNothing() =>
        Prescribe(Plan(Squat(100)), MassUnit.Kilograms, null, [], Log(3, Third, "back-squat", Sets(100, 7)), today: Third).ShouldBeNull();

    private static NextExercise Only(NextSession? next) => next.ShouldNotBeNull().Exercises.ShouldHaveSingleItem();

    private static NextSession Prescribe(WrittenSession[] plan, params LiftLog[] logs) =>
        Prescribe(plan, MassUnit.Kilograms, null, [], logs).ShouldNotBeNull();

    private static NextSession Prescribe(WrittenSession[] plan, MassUnit units, InjurySite? site, PainReport[] pain, LiftLog log) =>
        Prescribe(plan, units, site, pain, [log]).ShouldNotBeNull();

    private static NextSession? Prescribe(WrittenSession[] plan, MassUnit units, InjurySite? site, PainReport[] pain, LiftLog log, DateOnly today) =>
        Prescribe(plan, units, site, pain, [log], today);

    /// <summary>Follows the plan against the log as the app does, then prescribes its next session.</summary>
    private static NextSession? Prescribe(WrittenSession[] plan, MassUnit units, InjurySite? site, PainReport[] pain, LiftLog[] logs, DateOnly? today = null)
    {
        var toFollow = new PlanToFollow(1, First, Third, null, [.. plan.Select(s => new PlannedWorkout(1, s.Name, s.Date, null,
            [.. s.Exercises.Select(e => new WorkoutLift(e.Id, e.WorkingSets.Count))]))]);
        var logged = logs.Select(l => new LoggedWorkout(l.SessionId, "Strength A", l.Date,
            [.. l.Sets.Select(kv => new WorkoutLift(kv.Key, kv.Value.Count(s => s.IsWorking)))])).ToList();
        var followed = new PlanFollower(TestCatalog.Instance).Follow(toFollow, logged, today ?? Today);
        return new NextSessionPrescriber(TestCatalog.Instance).Prescribe(followed, plan, new PrescriptionLog(logs, pain, units, site));
    }

    private static WrittenSession[] Plan(params WrittenExercise[] exercises) =>
        [Session(First, exercises), Session(Second, exercises), Session(Third, exercises)];

    private static WrittenSession Session(DateOnly date, params WrittenExercise[] exercises) => new("Strength A", date, false, exercises);

    private static WrittenExercise Squat(double kg) => Lift("back-squat", "Back Squat", kg);

    private static WrittenExercise Lift(string id, string name, double kg, int reps = 5, int sets = 3, double rpe = 8, double percent = 81.1) =>
        new(id, name, [.. Enumerable.Repeat(new TrainingSet { Reps = reps, Load = Kg(kg), PercentOneRepMax = percent, Rpe = Rpe.Of(rpe), Rest = TimeSpan.FromMinutes(3) }, sets)]);

    private static TrainingSet Ramp(int reps, double percent, double kg) =>
        new() { Kind = SetKind.Warmup, Reps = reps, PercentOneRepMax = percent, Load = Kg(kg), Rest = TimeSpan.FromSeconds(30) };

    private static LiftLog Log(long id, DateOnly date, string lift, params TrainingSet[] sets) =>
        new(id, date, new Dictionary<string, IReadOnlyList<TrainingSet>> { [lift] = sets });

    private static TrainingSet[] Sets(double kg, double? rpe, int reps = 5) => [Set(reps, kg, rpe), Set(reps, kg, rpe), Set(reps, kg, rpe)];

    private static TrainingSet Set(int reps, double kg, double? rpe) =>
        new() { Reps = reps, Load = Kg(kg), Rpe = rpe is { } value ? Rpe.Of(value) : null };

    private static Load Kg(double kg) => Load.FromKilograms(kg);
}
