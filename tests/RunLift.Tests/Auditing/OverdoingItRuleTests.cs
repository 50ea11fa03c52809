using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class OverdoingItRuleTests
{
    private static TrainingDocument HeavyLegs(DayOfWeek day, TimeOfDay? time, params Run[] runs) =>
        Weekly(On(day, "Legs", Lift("Back Squat", 4, 5, percent: 85, restSeconds: 180)) with { Time = time }) with { RunningWeek = runs };

    [Fact]
    public void HeavyBeforeKeyRun_EveningLegsBeforeMorningIntervals_IsError()
    {
        var finding = Audit.Rule("RL501", HeavyLegs(DayOfWeek.Tuesday, TimeOfDay.Pm, KeyRun(RunKind.Intervals, DayOfWeek.Wednesday, TimeOfDay.Am)))
            .Single(f => f.Severity == Severity.Error);

        finding.Evidence.ShouldHaveSingleItem().Detail.ShouldBe("13 h before the intervals on Wed");
    }

    [Theory]
    [InlineData("17:00", "16:59", 1)]
    [InlineData("17:00", "17:00", 0)]
    public void HeavyBeforeKeyRun_TwentyFourHourBoundary(string lift, string run, int errors)
    {
        var document = HeavyLegs(DayOfWeek.Tuesday, TimeOfDay.At(TimeOnly.Parse(lift)), KeyRun(RunKind.Tempo, DayOfWeek.Wednesday, TimeOfDay.At(TimeOnly.Parse(run))));

        Audit.Rule("RL501", document).Count(f => f.Severity == Severity.Error).ShouldBe(errors);
    }

    [Fact]
    public void HeavyBeforeKeyRun_HardDaysHard_IsNotAFinding()
    {
        // Lifting after Tuesday's intervals with a Thursday tempo: the intended pattern.
        var document = HeavyLegs(DayOfWeek.Tuesday, TimeOfDay.Pm,
            KeyRun(RunKind.Intervals, DayOfWeek.Tuesday, TimeOfDay.Am), KeyRun(RunKind.Tempo, DayOfWeek.Thursday, TimeOfDay.Am));

        Audit.None("RL501", document);
        Audit.None("RL504", document);
    }

    [Fact]
    public void HeavyBeforeKeyRun_SundayLegsBeforeMondayLongRun_WrapsTheWeek() =>
        Audit.Rule("RL501", HeavyLegs(DayOfWeek.Sunday, TimeOfDay.Pm, KeyRun(RunKind.Long, DayOfWeek.Monday))).ShouldNotBeEmpty();

    [Fact]
    public void HeavyBeforeKeyRun_EasyRunsAreNotKeyRuns() =>
        Audit.None("RL501", HeavyLegs(DayOfWeek.Tuesday, TimeOfDay.Pm, new Run(RunKind.Easy) { Day = DayOfWeek.Wednesday, Duration = TimeSpan.FromMinutes(45) }));

    [Fact]
    public void HeavyBeforeKeyRun_AnEasyRunOfNinetyMinutesIsALongRun() =>
        Audit.Rule("RL501", HeavyLegs(DayOfWeek.Tuesday, TimeOfDay.Pm, new Run(RunKind.Easy) { Day = DayOfWeek.Wednesday, Duration = TimeSpan.FromMinutes(90) }))
            .ShouldNotBeEmpty();

    [Theory]
    [InlineData(DayOfWeek.Monday, 1)]
    [InlineData(DayOfWeek.Sunday, 0)]
    public void HeavyBeforeKeyRun_FailureSetsWithin48Hours_Warn(DayOfWeek liftDay, int warnings)
    {
        // Monday 18:00 → Wednesday 07:00 is 37 h; Sunday 18:00 is 61 h before.
        var document = Weekly(On(liftDay, "Legs", Lift("Goblet Squat", 3, 12, failure: true))) with
        {
            RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Wednesday)],
        };

        Audit.Rule("RL501", document).Count(f => f.Severity == Severity.Warning).ShouldBe(warnings);
    }

    private static TrainingDocument LogBeforeRace(int daysBefore, RacePriority priority, double percent = 85, double? rpe = null)
    {
        var race = new DateOnly(2026, 11, 22);
        var session = On(race.AddDays(-daysBefore), "Legs", Lift("Back Squat", 3, 5, percent: rpe is null ? percent : null, rpe: rpe)) with { Time = TimeOfDay.Pm };
        return Log(session) with { Races = [new Race(race, Distance.FromKilometers(42.195), priority)] };
    }

    [Theory]
    [InlineData(4, RacePriority.C, Severity.Error)]
    [InlineData(5, RacePriority.C, null)]
    [InlineData(5, RacePriority.A, Severity.Warning)]
    [InlineData(10, RacePriority.A, Severity.Warning)]
    [InlineData(11, RacePriority.A, null)]
    public void RaceProximity_HeavyLegs(int daysBefore, RacePriority priority, Severity? expected)
    {
        // Sessions at 18:00, races at 09:00: 4 days before is 87 h, 5 days 111 h, 10 days 231 h, 11 days 255 h.
        var findings = Audit.Rule("RL502", LogBeforeRace(daysBefore, priority));

        findings.Select(f => f.Severity).ShouldBe(expected is { } s ? [s] : []);
    }

    /// <summary>A log with heavy squats <paramref name="daysBefore"/> days before a recorded run (no race declared).</summary>
    private static TrainingDocument LogBeforeRecordedRun(int daysBefore, Run run)
    {
        var race = new DateOnly(2026, 11, 21);
        var session = On(race.AddDays(-daysBefore), "Legs", Lift("Back Squat", 3, 5, percent: 85)) with { Time = TimeOfDay.Pm };
        return Log(session) with { Runs = [run with { Date = race, Time = TimeOfDay.At(new TimeOnly(9, 0)) }] };
    }

    private static readonly Run Parkrun = new(RunKind.Race)
    {
        Name = "Saturday parkrun", Duration = TimeSpan.FromMinutes(21), Basis = new RunKindBasis(RunKindSource.Name, "'parkrun' in the name"),
    };

    [Theory]
    [InlineData(3, Severity.Error)]
    [InlineData(5, null)]
    public void RaceProximity_ARaceTheLogRecordsAsARun_IsARace_WithNoRaceDeclared(int daysBefore, Severity? expected)
    {
        var findings = Audit.Rule("RL502", LogBeforeRecordedRun(daysBefore, Parkrun));

        findings.Select(f => f.Severity).ShouldBe(expected is { } s ? [s] : []);
        if (expected is not null)
        {
            var evidence = findings[0].Evidence.ShouldHaveSingleItem();
            evidence.Detail.ShouldBe("heavy or to-failure leg work 2.6 days before the race on 2026-11-21 (name: 'parkrun' in the name)");
            evidence.Run.ShouldBe(Parkrun with { Date = new DateOnly(2026, 11, 21), Time = TimeOfDay.At(new TimeOnly(9, 0)) });
        }
    }

    [Fact]
    public void RaceProximity_ARecordedRaceIsNotAnARace_SoHeavyLegsAWeekOutAreFine() =>
        Audit.None("RL502", LogBeforeRecordedRun(8, Parkrun));

    [Fact]
    public void RaceProximity_AnEasyRun_IsNoRace() =>
        Audit.None("RL502", LogBeforeRecordedRun(3, Parkrun with { Kind = RunKind.Easy, Basis = null }));

    [Fact]
    public void LiftBeforeKeyRun_ATempoFoundByItsPace_IsNamedWithHowItWasFound()
    {
        var tuesday = new DateOnly(2026, 11, 3);
        var tempo = new Run(RunKind.Tempo)
        {
            Date = tuesday, Time = TimeOfDay.At(new TimeOnly(18, 0)), Duration = TimeSpan.FromMinutes(40),
            Basis = new RunKindBasis(RunKindSource.Effort, "24 min of laps at 4:40/km, 50 s/km faster than your easy runs (5:30/km)"),
        };
        var document = Log(On(tuesday, "Gym", WholeBodyHeavy()) with { Time = TimeOfDay.At(new TimeOnly(7, 0)) }) with { Runs = [tempo] };

        var evidence = Audit.Single("RL504", document).Evidence.ShouldHaveSingleItem();

        evidence.Detail.ShouldBe("before the tempo on 2026-11-03 (effort: 24 min of laps at 4:40/km, 50 s/km faster than your easy runs (5:30/km)) the same day");
        evidence.Run.ShouldBe(tempo);
    }

    [Theory]
    [InlineData(3, 6, Severity.Warning)]
    [InlineData(4, 6, null)]
    public void RaceProximity_LightWorkIsFineUntil72Hours(int daysBefore, double rpe, Severity? expected)
    {
        var document = LogBeforeRace(daysBefore, RacePriority.B, rpe: rpe);
        document = document with { Sessions = [document.Sessions[0] with { Exercises = [Lift("Back Squat", 3, 8, rpe: rpe)] }] };

        Audit.Rule("RL502", document).Select(f => f.Severity).ShouldBe(expected is { } s ? [s] : []);
    }

    private static TrainingDocument WeeklyVolumes(params double[] kilos)
    {
        var monday = new DateOnly(2026, 9, 7);
        // A week of 0 kg is a week without lifting.
        return Log([.. kilos.Select((kg, week) => (kg, week)).Where(x => x.kg > 0).Select(x => On(monday.AddDays(x.week * 7), "A", Lift("Back Squat", 1, 10, kg: x.kg)))]).WholeWeeks();
    }

    [Theory]
    [InlineData(150, null)]
    [InlineData(151, Severity.Warning)]
    public void StrengthLoadSpike_AgainstThePreviousFourWeeks(double lastWeekKg, Severity? expected)
    {
        var findings = Audit.Rule("RL503", WeeklyVolumes(100, 100, 100, 100, lastWeekKg));

        findings.Select(f => f.Severity).ShouldBe(expected is { } s ? [s] : []);
        findings.SingleOrDefault()?.Message.ShouldContain("predicts injury poorly");
    }

    [Fact]
    public void StrengthLoadSpike_FirstWeekBackAfterTwoWeeksOff_IsARestartNotASpike()
    {
        var finding = Audit.Single("RL503", WeeklyVolumes(200, 200, 200, 0, 0, 200));

        finding.Severity.ShouldBe(Severity.Info);
        finding.Message.ShouldStartWith("Back to lifting after 2 or more weeks without it");
        finding.Fix.ShouldContain("50–70%");
    }

    [Fact]
    public void StrengthLoadSpike_OneWeekOff_StillCounts() =>
        Audit.Single("RL503", WeeklyVolumes(200, 200, 200, 0, 400)).Severity.ShouldBe(Severity.Warning);

    [Fact]
    public void StrengthLoadSpike_AnExportsPartialLastWeek_IsNotJudged()
    {
        var log = WeeklyVolumes(100, 100, 100, 100, 400);

        Audit.None("RL503", log with { Runs = [.. log.Runs.Where(r => r.Date != log.Runs.Max(x => x.Date))] });
    }

    [Fact]
    public void StrengthLoadSpike_APartialFirstWeek_IsNotInTheMean()
    {
        // The log starts on a Thursday: its first week's 20 kg is a few days of a week, not a light week (with it in
        // the mean, 140 kg would be 1.75 × a mean of 80).
        var thursday = new DateOnly(2026, 10, 8);
        var log = Log([
            On(thursday, "A", Lift("Back Squat", 1, 10, kg: 20)),
            .. new[] { 100.0, 100, 100, 140 }.Select((kg, week) => On(thursday.AddDays(4 + (week * 7)), "A", Lift("Back Squat", 1, 10, kg: kg)))]);
        log = log with { Runs = [new Run(RunKind.Easy) { Date = thursday.AddDays(31), Duration = TimeSpan.FromMinutes(30) }] };

        Audit.None("RL503", log);
    }

    [Fact]
    public void StrengthLoadSpike_NeedsFourWeeksOfHistory() => Audit.None("RL503", WeeklyVolumes(100, 100, 100, 300));

    [Fact]
    public void StrengthLoadSpike_RoutinesHaveNoHistory() => Audit.None("RL503", GoodWeek());

    [Fact]
    public void LiftBeforeKeyRun_MorningLiftEveningTempo_Warns()
    {
        var document = Weekly(On(DayOfWeek.Thursday, "A", WholeBodyHeavy()) with { Time = TimeOfDay.Am }) with
        {
            RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Thursday, TimeOfDay.Pm)],
        };

        Audit.Single("RL504", document).Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void LiftBeforeKeyRun_UnknownTimes_IsNotGuessed() =>
        Audit.None("RL504", Weekly(On(DayOfWeek.Thursday, "A", WholeBodyHeavy())) with { RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Thursday)] });

    [Theory]
    [InlineData(150, null)]
    [InlineData(151, Severity.Warning)]
    [InlineData(240, Severity.Warning)]
    [InlineData(241, Severity.Error)]
    public void WeeklyLiftingTime_AtAndAroundThresholds(int minutes, Severity? expected)
    {
        var half = TimeSpan.FromMinutes(minutes / 2.0);
        var document = Weekly(
            On(DayOfWeek.Monday, "A", WholeBodyHeavy()) with { Duration = half },
            On(DayOfWeek.Thursday, "B", WholeBodyHeavy()) with { Duration = half });

        Audit.Rule("RL505", document).Select(f => f.Severity).ShouldBe(expected is { } s ? [s] : []);
    }
}
