using RunLift.Training;

namespace RunLift.Tests.Training;

public sealed class RunClassifierTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    /// <summary>A run of <paramref name="minutes"/> at <paramref name="secondsPerKm"/> (no laps).</summary>
    private static Run Whole(int day, double minutes, double? secondsPerKm = 330, int? heartRate = null, string? name = null) => new(RunKind.Easy)
    {
        Date = Monday.AddDays(day),
        Duration = TimeSpan.FromMinutes(minutes),
        Distance = secondsPerKm is { } pace ? Distance.FromKilometers(minutes * 60 / pace) : null,
        AverageHeartRate = heartRate,
        Name = name,
    };

    private static RunLap Lap(double meters, double secondsPerKm, int? heartRate = null, LapIntensity? intensity = null) =>
        new(TimeSpan.FromSeconds(meters / 1000 * secondsPerKm)) { Distance = meters > 0 ? Distance.FromMeters(meters) : null, AverageHeartRate = heartRate, Intensity = intensity };

    private static Run WithLaps(params RunLap[] laps) => new(RunKind.Easy)
    {
        Date = Monday.AddDays(6),
        Duration = TimeSpan.FromTicks(laps.Sum(l => l.Duration.Ticks)),
        Distance = Distance.FromMeters(laps.Sum(l => l.Distance?.Meters ?? 0)),
        Laps = laps,
    };

    /// <summary>Three easy runs at 5:30/km and 140 bpm, then <paramref name="run"/>; the classified <paramref name="run"/>.</summary>
    private static Run AmongEasyRuns(Run run, int easyRuns = 3) =>
        RunClassifier.Classify([.. Enumerable.Range(0, easyRuns).Select(d => Whole(d, 45, 330, 140)), run])[^1];

    private static RunLap[] Repeats(int count, double fastPace, double slowPace, double fastMeters = 800)
    {
        var laps = new List<RunLap> { Lap(2000, 330) };
        for (var i = 0; i < count; i++)
        {
            laps.Add(Lap(fastMeters, fastPace));
            laps.Add(Lap(400, slowPace));
        }

        return [.. laps];
    }

    [Fact]
    public void TypedAndMarkedKinds_AreKept_WhateverTheLapsSay()
    {
        var typed = WithLaps(Repeats(6, 225, 375)) with { Kind = RunKind.Tempo, Basis = RunKindBasis.Typed };
        var marked = typed with { Kind = RunKind.Race, Basis = new RunKindBasis(RunKindSource.Marker, "Strava's workout type 'Race'") };

        RunClassifier.Classify([typed, marked]).ShouldBe([typed, marked]);
    }

    [Fact]
    public void Name_WinsOverTheLaps_AndSaysWhichWords()
    {
        var run = RunClassifier.Classify([WithLaps(Repeats(6, 225, 375)) with { Name = "Thursday tempo" }]).Single();

        (run.Kind, run.Basis).ShouldBe((RunKind.Tempo, new RunKindBasis(RunKindSource.Name, "'tempo' in the name")));
    }

    [Fact]
    public void Description_IsReadWhenTheNameSaysNothing()
    {
        var run = RunClassifier.Classify([Whole(0, 50, name: "Morning Run") with { Notes = "6x800 at the track" }]).Single();

        (run.Kind, run.Basis!.Detail).ShouldBe((RunKind.Intervals, "'6x800' in the description"));
    }

    [Fact]
    public void ARaceTheDescriptionMentions_IsNotThisRun()
    {
        var mentioned = RunClassifier.Classify([Whole(0, 40) with { Notes = "legs heavy from Sunday's race" }]).Single();
        var named = RunClassifier.Classify([Whole(0, 25, 250, name: "Saturday parkrun")]).Single();

        (mentioned.Kind, mentioned.Basis!.Source).ShouldBe((RunKind.Easy, RunKindSource.Default));
        (named.Kind, named.Basis!.Detail).ShouldBe((RunKind.Race, "'parkrun' in the name"));
    }

    [Fact]
    public void EasyByName_IsNeverAWorkout_EvenAtAWorkoutsPaceOrLaps()
    {
        var laps = AmongEasyRuns(WithLaps(Repeats(6, 225, 375)) with { Name = "Easy with friends" });
        var fast = AmongEasyRuns(Whole(6, 40, 270, name: "Shakeout"));

        (laps.Kind, laps.IsKey, laps.Basis!.Source).ShouldBe((RunKind.Easy, false, RunKindSource.Name));
        (fast.Kind, fast.IsKey).ShouldBe((RunKind.Easy, false));
    }

    [Fact]
    public void FastLapsAlternatingWithJogs_AreIntervals_SaidWithTheirPaces()
    {
        var run = RunClassifier.Classify([WithLaps(Repeats(6, 225, 375))]).Single();

        run.Kind.ShouldBe(RunKind.Intervals);
        run.Basis.ShouldBe(new RunKindBasis(RunKindSource.Laps, "6 fast laps at 3:45/km alternating with recoveries at 6:15/km"));
    }

    [Theory]
    [InlineData(1.16, true)]
    [InlineData(1.14, false)]
    public void FastLaps_MustBe15PercentFasterThanTheSlowOnes(double ratio, bool intervals)
    {
        var run = RunClassifier.Classify([WithLaps(Repeats(5, 300, 300 * ratio, fastMeters: 1000))]).Single();

        (run.Kind == RunKind.Intervals).ShouldBe(intervals);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public void Intervals_AreThreeOrMoreRepeats(int repeats, bool intervals) =>
        (RunClassifier.Classify([WithLaps(Repeats(repeats, 225, 375))]).Single().Kind == RunKind.Intervals).ShouldBe(intervals);

    [Fact]
    public void StridesAfterAnEasyRun_AreNotIntervals()
    {
        // 8 km easy, then 6 × 100 m strides (20 s) with 100 m walks back.
        var laps = new List<RunLap> { Lap(8000, 330) };
        for (var i = 0; i < 6; i++)
        {
            laps.AddRange([Lap(100, 200), Lap(100, 700)]);
        }

        RunClassifier.Classify([WithLaps([.. laps])]).Single().Kind.ShouldBe(RunKind.Easy);
    }

    [Fact]
    public void StandingRecoveries_AreSlowLaps()
    {
        var laps = new List<RunLap> { Lap(2000, 330) };
        for (var i = 0; i < 4; i++)
        {
            laps.AddRange([Lap(1000, 230), new RunLap(TimeSpan.FromSeconds(90))]);
        }

        RunClassifier.Classify([WithLaps([.. laps])]).Single().Basis!.Detail.ShouldBe("4 fast laps at 3:50/km alternating with recoveries standing");
    }

    [Fact]
    public void AutoLapsOfAHillyEasyRun_AreNotIntervals() =>
        RunClassifier.Classify([WithLaps([Lap(1000, 320), Lap(1000, 350), Lap(1000, 315), Lap(1000, 355), Lap(1000, 318), Lap(1000, 352), Lap(1000, 320)])])
            .Single().Kind.ShouldBe(RunKind.Easy);

    [Fact]
    public void StructuredWorkoutSteps_AreIntervals()
    {
        var run = WithLaps(
            Lap(2000, 330, intensity: LapIntensity.WarmUp),
            Lap(1000, 240, intensity: LapIntensity.Work), Lap(200, 400, intensity: LapIntensity.Rest),
            Lap(1000, 240, intensity: LapIntensity.Work), Lap(200, 400, intensity: LapIntensity.Rest),
            Lap(1000, 240, intensity: LapIntensity.Work),
            Lap(2000, 340, intensity: LapIntensity.CoolDown));

        RunClassifier.Classify([run]).Single().Basis.ShouldBe(new RunKindBasis(RunKindSource.Laps, "the watch's workout: 3 work steps with recoveries between"));
    }

    [Theory]
    [InlineData(295, RunKind.Tempo)] // 10.6 % faster than 5:30/km
    [InlineData(300, RunKind.Easy)] // 9.1 % faster
    public void WholeRun_At10PercentFasterThanTheEasyRuns_IsATempo(double secondsPerKm, RunKind kind) =>
        AmongEasyRuns(Whole(6, 30, secondsPerKm)).Kind.ShouldBe(kind);

    [Fact]
    public void Tempo_SaysItsPaceAgainstTheEasyRuns() =>
        AmongEasyRuns(Whole(6, 30, 295)).Basis.ShouldBe(new RunKindBasis(RunKindSource.Effort, "30 min at 4:55/km, 35 s/km faster than your easy runs (5:30/km)"));

    [Theory]
    [InlineData(154, RunKind.Tempo)]
    [InlineData(153, RunKind.Easy)]
    public void WholeRun_At10PercentHigherHeartRate_IsATempo(int heartRate, RunKind kind) =>
        AmongEasyRuns(Whole(6, 30, 330, heartRate)).Kind.ShouldBe(kind);

    [Fact]
    public void Effort_NeedsThreeEasyRunsToCompareWith()
    {
        AmongEasyRuns(Whole(6, 30, 270), easyRuns: 3).Kind.ShouldBe(RunKind.Tempo);
        AmongEasyRuns(Whole(6, 30, 270), easyRuns: 2).Kind.ShouldBe(RunKind.Easy);
    }

    [Theory]
    [InlineData(19, RunKind.Easy)]
    [InlineData(20, RunKind.Tempo)]
    public void WholeRun_IsATempoFrom20Minutes(double minutes, RunKind kind) =>
        AmongEasyRuns(Whole(6, minutes, 280)).Kind.ShouldBe(kind);

    [Theory]
    [InlineData(4, RunKind.Tempo)] // 4 × 5 min = 20 min at tempo
    [InlineData(3, RunKind.Easy)] // 15 min
    public void LapsAtTempoPace_For20MinutesInARow_AreATempo(int tempoLaps, RunKind kind)
    {
        // 2 km warm-up, 5-minute laps at 4:45/km, 2 km cool-down.
        var laps = new List<RunLap> { Lap(2000, 340) };
        laps.AddRange(Enumerable.Repeat(new RunLap(TimeSpan.FromMinutes(5)) { Distance = Distance.FromMeters(1052.6) }, tempoLaps));
        laps.Add(Lap(2000, 345));

        var run = AmongEasyRuns(WithLaps([.. laps]));

        run.Kind.ShouldBe(kind);
        if (kind == RunKind.Tempo)
        {
            run.Basis!.Detail.ShouldBe("20 min of laps at 4:45/km, 45 s/km faster than your easy runs (5:30/km)");
        }
    }

    [Fact]
    public void TheBaseline_LeavesOutWorkoutsAndTheRunItself()
    {
        // Three named tempos at 4:30/km do not drag the usual pace down; the easy runs at 5:30/km are the baseline.
        var runs = new[]
        {
            Whole(0, 40, 330), Whole(1, 40, 330), Whole(2, 40, 330),
            Whole(3, 40, 270, name: "Tempo"), Whole(4, 40, 270, name: "Tempo"), Whole(5, 40, 270, name: "Tempo"),
            Whole(6, 40, 295),
        };

        RunClassifier.Classify(runs)[^1].Kind.ShouldBe(RunKind.Tempo);
    }

    [Theory]
    [InlineData(90, RunKind.Long, RunKindSource.Duration)]
    [InlineData(89, RunKind.Easy, RunKindSource.Default)]
    public void Duration_Of90Minutes_IsALongRun(double minutes, RunKind kind, RunKindSource source)
    {
        var run = RunClassifier.Classify([Whole(0, minutes)]).Single();

        (run.Kind, run.Basis!.Source, run.IsKey).ShouldBe((kind, source, kind == RunKind.Long));
    }

    [Fact]
    public void ClassifyingAgain_GivesTheSameKinds()
    {
        var runs = new[] { Whole(0, 40), Whole(1, 40), Whole(2, 40), Whole(3, 30, 280), WithLaps(Repeats(6, 225, 375)), Whole(5, 100) };

        var once = RunClassifier.Classify(runs);

        RunClassifier.Classify(once).ShouldBe(once);
        once.Select(r => r.Kind).ShouldBe([RunKind.Easy, RunKind.Easy, RunKind.Easy, RunKind.Tempo, RunKind.Intervals, RunKind.Long]);
    }

    [Fact]
    public void Basis_ReadsBackFromItsText()
    {
        var basis = new RunKindBasis(RunKindSource.Laps, "6 fast laps at 3:45/km: alternating");

        RunKindBasis.Parse(basis.ToString()).ShouldBe(basis);
        RunKindBasis.Parse("whatever: else").ShouldBeNull();
        RunKindBasis.Parse(null).ShouldBeNull();
    }
}
