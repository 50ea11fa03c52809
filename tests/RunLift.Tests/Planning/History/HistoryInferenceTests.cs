using RunLift.Catalog;
using RunLift.Planning.History;
using RunLift.Time;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Planning.History;

/// <summary>The running week of the last 8 weeks and the maxes of the last 12, inferred from a log.</summary>
public sealed class HistoryInferenceTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Default;

    // Sunday 29 November 2026: the log's last day.
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Run RunOn(DateOnly date, RunKind kind, int minutes, int? hour = null) =>
        new(kind) { Date = date, Duration = TimeSpan.FromMinutes(minutes), Time = hour is { } h ? TimeOfDay.At(new TimeOnly(h, 0)) : null };

    /// <summary>The Monday of the week <paramref name="weeksBack"/> before today's, plus <paramref name="day"/>.</summary>
    private static DateOnly Day(int weeksBack, DayOfWeek day) =>
        IsoWeek.MondayOf(Today).AddDays((-7 * weeksBack) + IsoWeek.DayIndex(day));

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void RunningWeek_AWeekdayRunInHalfTheWeeksWithRunning_IsPartOfIt(int tuesdays, bool inWeek)
    {
        // Eight weeks of Saturday runs; Tuesday intervals in some of them.
        var runs = Enumerable.Range(0, 8).Select(w => RunOn(Day(w, DayOfWeek.Saturday), RunKind.Easy, 40))
            .Concat(Enumerable.Range(0, tuesdays).Select(w => RunOn(Day(w, DayOfWeek.Tuesday), RunKind.Intervals, 60, hour: 18)));

        var history = HistoryInference.Infer(new TrainingDocument { Runs = [.. runs] }, Catalog, Today);

        history.WeeksWithRunning.ShouldBe(8);
        history.RunningWeek.Any(r => r.Day == DayOfWeek.Tuesday).ShouldBe(inWeek);
        history.RunningWeek.ShouldContain(r => r.Day == DayOfWeek.Saturday && r.Kind == RunKind.Easy && r.Weeks == 8);
    }

    [Fact]
    public void RunningWeek_KindDurationAndTime_AreTheRunsTypicalOnes()
    {
        var runs = new[]
        {
            RunOn(Day(0, DayOfWeek.Tuesday), RunKind.Intervals, 55, hour: 18),
            RunOn(Day(1, DayOfWeek.Tuesday), RunKind.Easy, 60, hour: 18),
            RunOn(Day(2, DayOfWeek.Tuesday), RunKind.Intervals, 65, hour: 7),
            RunOn(Day(0, DayOfWeek.Sunday), RunKind.Easy, 100, hour: 8),
            RunOn(Day(1, DayOfWeek.Sunday), RunKind.Easy, 110, hour: 8),
            RunOn(Day(2, DayOfWeek.Sunday), RunKind.Easy, 95),
        };

        var history = HistoryInference.Infer(new TrainingDocument { Runs = runs }, Catalog, Today);

        history.RunningWeek.Select(r => (r.Day, r.Kind, r.Duration, r.Time)).ShouldBe(
        [
            (DayOfWeek.Tuesday, RunKind.Intervals, TimeSpan.FromMinutes(60), TimeOfDay.At(new TimeOnly(18, 0))),
            (DayOfWeek.Sunday, RunKind.Long, TimeSpan.FromMinutes(100), TimeOfDay.At(new TimeOnly(8, 0))),
        ]);
    }

    [Theory]
    [InlineData(7, 1)]
    [InlineData(8, 0)]
    public void RunningWeek_OnlyTheLastEightWeeksCount(int weeksBack, int weeksWithRunning)
    {
        // A session today: the log runs to today.
        var log = Log(On(Today, "A", Lift("Plank", 3, 1))) with { Runs = [RunOn(Day(weeksBack, DayOfWeek.Sunday), RunKind.Easy, 40)] };

        var history = HistoryInference.Infer(log, Catalog, Today);

        history.WeeksWithRunning.ShouldBe(weeksWithRunning);
        history.NotInferred.Any(n => n.StartsWith("the running week", StringComparison.Ordinal)).ShouldBe(weeksWithRunning == 0);
    }

    [Fact]
    public void Maxes_BestEstimateOfWorkingSetsOfTenRepsOrFewer_WithTheSetItCameFrom()
    {
        var log = Log(
            On(Day(0, DayOfWeek.Monday), "A", Lift("Squat (Barbell)", 3, 5, kg: 100), Lift("Bench Press (Barbell)", 3, 12, kg: 70)),
            On(Day(1, DayOfWeek.Monday), "A", Lift("Squat (Barbell)", 1, 3, kg: 105), Lift("Bench Press (Barbell)", 3, 10, kg: 60)),
            On(Day(2, DayOfWeek.Monday), "A", new ExerciseEntry("Squat (Barbell)", [new TrainingSet { Reps = 3, Load = Load.FromKilograms(140), Kind = SetKind.Warmup }])));

        var history = HistoryInference.Infer(log, Catalog, Today);

        var squat = history.Maxes.Single(m => m.Exercise.Id == "back-squat");
        (squat.Reps, squat.Load, squat.Date).ShouldBe((5, Load.FromKilograms(100), Day(0, DayOfWeek.Monday)));
        squat.OneRepMax.Kilograms.ShouldBe(116.67, 0.01);
        var bench = history.Maxes.Single(m => m.Exercise.Id == "bench-press");
        (bench.Reps, bench.Load).ShouldBe((10, Load.FromKilograms(60)));
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void Maxes_OnlyTheLastTwelveWeeksCount(int weeksBack, bool counted)
    {
        var log = Log(On(Day(weeksBack, DayOfWeek.Monday), "A", Lift("Deadlift", 3, 5, kg: 140)), On(Today, "B", Lift("Plank", 3, 1)));

        var history = HistoryInference.Infer(log, Catalog, Today);

        history.Maxes.Any(m => m.Exercise.Id == "deadlift").ShouldBe(counted);
    }

    [Fact]
    public void Maxes_IsolationAndAssistedWork_GiveNone()
    {
        var log = Log(On(Today, "A", Lift("Bicep Curl (Barbell)", 3, 8, kg: 40), Lift("Pull Up (Assisted)", 3, 8, kg: 30)));

        var history = HistoryInference.Infer(log, Catalog, Today);

        history.Maxes.ShouldBeEmpty();
        history.NotInferred.ShouldContain(n => n.StartsWith("maxes:", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_AnOldExport_IsReadUpToItsLastDay()
    {
        var old = new DateOnly(2025, 9, 14);
        var log = Log(On(old, "A", Lift("Squat (Barbell)", 3, 5, kg: 100))) with { Runs = [RunOn(old, RunKind.Long, 100)] };

        var history = HistoryInference.Infer(log, Catalog, Today);

        history.Through.ShouldBe(old);
        history.Maxes.ShouldHaveSingleItem();
        history.RunningWeek.ShouldHaveSingleItem().Day.ShouldBe(DayOfWeek.Sunday);
    }
}
