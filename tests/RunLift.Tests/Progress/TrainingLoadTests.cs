using CsCheck;
using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Tests.Progress;

/// <summary>
/// One load for running and lifting: minutes × effort on the CR-10 scale, a run's effort by heart rate when there is
/// one and a maximum to compare it with, else by its kind; fitness and fatigue as 42- and 7-day weighted averages.
/// </summary>
public sealed class TrainingLoadTests
{
    [Theory]
    [InlineData(RunKind.Rest, 0)]
    [InlineData(RunKind.Recovery, 2)]
    [InlineData(RunKind.Easy, 3)]
    [InlineData(RunKind.Long, 4)]
    [InlineData(RunKind.Fartlek, 5)]
    [InlineData(RunKind.Hills, 6)]
    [InlineData(RunKind.Tempo, 6)]
    [InlineData(RunKind.Threshold, 7)]
    [InlineData(RunKind.RacePace, 7)]
    [InlineData(RunKind.Intervals, 8)]
    [InlineData(RunKind.Race, 9)]
    public void RunWithoutHeartRate_IsRatedByItsKind(RunKind kind, double intensity)
    {
        TrainingLoad.RunIntensity(kind, averageHeartRate: null, maxHeartRate: 190).ShouldBe(intensity);
        TrainingLoad.RunIntensity(kind, averageHeartRate: 150, maxHeartRate: null).ShouldBe(intensity);
    }

    [Fact]
    public void EveryKindOfRun_HasAnEffort()
    {
        RunKinds.OfRuns.Where(k => TrainingLoad.IntensityOf(k) <= 0).ShouldBeEmpty("every kind a run can be needs an effort");
    }

    [Theory]
    [InlineData(120, 200, 2)] // 60 % of the maximum: easy
    [InlineData(160, 200, 6)] // 80 %
    [InlineData(190, 200, 9)] // 95 %
    [InlineData(150, 200, 5)] // 75 %
    [InlineData(90, 200, 1)] // 45 %: below the line's start, still a run
    [InlineData(210, 200, 10)] // above the stated maximum: maximal, no more
    public void RunWithHeartRate_IsRatedByItsShareOfTheMaximum(int average, int max, double intensity) =>
        TrainingLoad.RunIntensity(RunKind.Easy, average, max).ShouldBe(intensity, 1e-9);

    [Fact]
    public void RunLoad_IsMinutesTimesEffort()
    {
        // 45 min of intervals without a heart rate: 45 × 8; the same at 80 % of the maximum: 45 × 6.
        TrainingLoad.OfRun(RunKind.Intervals, TimeSpan.FromMinutes(45), null, 190).ShouldBe(360);
        TrainingLoad.OfRun(RunKind.Intervals, TimeSpan.FromMinutes(45), 152, 190).ShouldBe(270, 1e-9);
        TrainingLoad.OfRun(RunKind.Easy, TimeSpan.FromSeconds(90), null, null).ShouldBe(4.5);
    }

    [Fact]
    public void SessionLoad_IsSessionRpeTimesMinutes_RecordedFirst()
    {
        var minutes = TimeSpan.FromMinutes(50);
        var estimate = TimeSpan.FromSeconds(1246);

        TrainingLoad.OfSession(7, 8, minutes, estimate).ShouldBe(new SessionLoad(50, 350));
        TrainingLoad.OfSession(null, 7.6, minutes, estimate).RpeMinutes!.Value.ShouldBe(380, 1e-9);

        // Without a recorded length, the auditor's estimate: 1246 s = 20.77 min × RPE 7 = 145.4.
        var estimated = TrainingLoad.OfSession(7, null, null, estimate);
        estimated.Minutes.ShouldBe(1246 / 60.0, 1e-9);
        estimated.RpeMinutes!.Value.ShouldBe(7 * 1246 / 60.0, 1e-9);

        // Without any RPE, its minutes count and its load cannot.
        TrainingLoad.OfSession(null, null, minutes, estimate).ShouldBe(new SessionLoad(50, null));
    }

    [Fact]
    public void FitnessAndFatigue_AreWeightedAveragesOfTheDailyLoad()
    {
        // λ = 2/43 for fitness, 2/8 = 0.25 for fatigue; both start at 0. Loads 100, 0, 50:
        // day 1: fitness 100 × 2/43 = 4.651, fatigue 25;
        // day 2: fitness 4.651 × 41/43 = 4.435, fatigue 25 × 0.75 = 18.75;
        // day 3: fitness 4.435 × 41/43 + 50 × 2/43 = 6.554, fatigue 18.75 × 0.75 + 50 × 0.25 = 26.5625.
        var days = FitnessFatigue.Over([100, 0, 50]);

        days.Select(d => Math.Round(d.Fitness, 3)).ShouldBe([4.651, 4.435, 6.554]);
        days.Select(d => d.Fatigue).ShouldBe([25, 18.75, 26.5625]);
        days[2].Form.ShouldBe(days[2].Fitness - 26.5625);
        Math.Round(days[0].Form, 3).ShouldBe(-20.349);
    }

    [Fact]
    public void AfterSixWeeksOfTheSameLoad_FatigueHasCaughtUp_AndFitnessNearly()
    {
        var days = FitnessFatigue.Over(Enumerable.Repeat(100.0, 42));

        days[^1].Fatigue.ShouldBe(100, 0.01); // 100 × (1 − 0.75^42)
        days[^1].Fitness.ShouldBe(100 * (1 - Math.Pow(41.0 / 43, 42)), 1e-9); // about 86
        days[^1].Form.ShouldBeLessThan(0);
    }

    [Fact]
    public void NoLoads_NoDays() => FitnessFatigue.Over([]).ShouldBeEmpty();

    [Fact]
    public void AnyInput_NeverGivesANegativeOrUndefinedLoad()
    {
        var kinds = Gen.Int[0, RunKinds.All.Count - 1].Select(i => RunKinds.All[i]);
        var run = Gen.Select(kinds, Gen.Int, Gen.Int.Nullable(), Gen.Int.Nullable());
        run.Sample((kind, seconds, average, max) =>
        {
            var load = TrainingLoad.OfRun(kind, TimeSpan.FromSeconds(seconds), average, max);
            return double.IsFinite(load) && load >= 0;
        }, iter: 10_000);

        var rpe = Gen.Double.Special.Nullable();
        var length = Gen.Int.Select(s => TimeSpan.FromSeconds(s)).Nullable();
        Gen.Select(rpe, rpe, length, length).Sample((session, mean, recorded, estimated) =>
        {
            var load = TrainingLoad.OfSession(session, mean, recorded, estimated);
            return double.IsFinite(load.Minutes) && load.Minutes >= 0 && load.RpeMinutes is null or (>= 0 and < double.PositiveInfinity);
        }, iter: 10_000);

        Gen.Double.Special.Array[0, 400].Sample(loads => FitnessFatigue.Over(loads)
            .All(d => double.IsFinite(d.Fitness) && d.Fitness >= 0 && double.IsFinite(d.Fatigue) && d.Fatigue >= 0 && double.IsFinite(d.Form)), iter: 2_000);
    }
}
