using CsCheck;
using RunLift.Auditing;
using RunLift.Testing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class DataAndWindowTests
{
    [Fact]
    public void UnknownExercise_IsInfoAndStillCounted()
    {
        var report = Audit.Of(Weekly(On(DayOfWeek.Monday, "A", Lift("Zercher Walkout Thing", 3, 5), Lift("Back Squat", 3, 5))));

        var finding = report.Findings.Single(f => f.Rule.Id == "RL001");
        finding.Severity.ShouldBe(Severity.Info);
        finding.Message.ShouldStartWith("'Zercher Walkout Thing' is not in the catalog");
        report.Summary.WorkingSets.ShouldBe(6);
    }

    [Fact]
    public void IncompleteSet_NoRepsNoDuration_IsInfo()
    {
        var document = Weekly(On(DayOfWeek.Monday, "A", new ExerciseEntry("Back Squat", [new TrainingSet { Load = Load.FromKilograms(100) }, new TrainingSet { Reps = 5 }])));

        var finding = Audit.Single("RL002", document);

        finding.Severity.ShouldBe(Severity.Info);
        finding.Evidence.ShouldHaveSingleItem().Sets.ShouldBe(1);
    }

    [Fact]
    public void IncompleteSet_WarmupsAndTimedSetsAreComplete() =>
        Audit.None("RL002", Weekly(On(DayOfWeek.Monday, "A",
            new ExerciseEntry("Plank", [new TrainingSet { Duration = TimeSpan.FromSeconds(45) }]),
            new ExerciseEntry("Back Squat", [new TrainingSet { Kind = SetKind.Warmup }, new TrainingSet { Reps = 5 }]))));

    [Fact]
    public void Window_LogOfTenWeeks_JudgesTheLastEight()
    {
        var monday = new DateOnly(2026, 8, 31);
        var log = Log([.. Enumerable.Range(0, 10).Select(w => On(monday.AddDays(w * 7 + 1), "A", WholeBodyHeavy()))]);

        var report = Audit.Of(log);

        report.Window.ShouldBe(new AuditWindow(new DateOnly(2026, 9, 14), new DateOnly(2026, 11, 8), 8));
        report.Summary.Sessions.ShouldBe(8);
    }

    [Fact]
    public void Window_SkipsWeeksWithoutTraining()
    {
        var log = Log(On(new DateOnly(2026, 9, 1), "A", WholeBodyHeavy()), On(new DateOnly(2026, 11, 3), "B", WholeBodyHeavy()));

        Audit.Of(log, new AuditOptions { Weeks = 2 }).Window.ShouldBe(new AuditWindow(new DateOnly(2026, 8, 31), new DateOnly(2026, 11, 8), 2));
    }

    [Fact]
    public void Window_SinceDropsEarlierTraining()
    {
        var log = Log(On(new DateOnly(2026, 9, 1), "A", WholeBodyHeavy()), On(new DateOnly(2026, 11, 3), "B", WholeBodyHeavy()));

        var report = Audit.Of(log, new AuditOptions { Since = new DateOnly(2026, 10, 1) });

        report.Window.ShouldBe(new AuditWindow(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), 1));
        report.Summary.Sessions.ShouldBe(1);
    }

    [Fact]
    public void Settings_DisabledRule_IsNotReported()
    {
        var document = Weekly(On(DayOfWeek.Monday, "Chest", WholeBodyHeavy()));

        Audit.Rule("RL105", document).ShouldNotBeEmpty();
        Audit.None("RL105", document, new AuditOptions { Settings = new AuditSettings { Disabled = new HashSet<string> { "RL105" } } });
    }

    [Fact]
    public void Settings_ChangedThreshold_MovesTheLine()
    {
        var fourSessions = Weekly([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday }.Select(d => On(d, "S", WholeBodyHeavy()))]);
        var options = new AuditOptions
        {
            Settings = new AuditSettings { Thresholds = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["RL101"] = new Dictionary<string, double> { ["warning"] = 5, ["error"] = 6 } } },
        };

        Audit.Single("RL101", fourSessions).Severity.ShouldBe(Severity.Warning);
        Audit.None("RL101", fourSessions, options);
    }

    [Theory]
    [InlineData(5, 120, false)] // an estimate of 14 min: over 2 × it + 30 min, but not over 2 hours
    [InlineData(5, 121, true)]
    [InlineData(30, 150, false)] // an estimate of 60 min: 2 hours and a half are possible
    [InlineData(30, 151, true)]
    public void ImplausibleRecord_ATimerLeftRunning_IsInfo_AndTheRulesUseTheEstimate(int sets, int recordedMinutes, bool implausible)
    {
        var session = On(new DateOnly(2026, 10, 5), "A", Lift("Back Squat", sets, 5, kg: 100)) with { Duration = TimeSpan.FromMinutes(recordedMinutes) };

        var report = Audit.Of(Log(session));

        var finding = report.Findings.SingleOrDefault(f => f.Rule.Id == "RL003");
        (finding is not null).ShouldBe(implausible);
        report.Findings.Any(f => f.Rule.Id == "RL102").ShouldBe(!implausible);
        if (finding is not null)
        {
            finding.Severity.ShouldBe(Severity.Info);
            finding.Evidence.ShouldHaveSingleItem().Detail.ShouldBe($"recorded {recordedMinutes} min; estimated {(sets == 5 ? 14 : 60)} min");
        }
    }

    [Fact]
    public void ImplausibleRecord_ASessionWithoutSets_KeepsItsRecordedLength()
    {
        // A Strava "Weight Training" of 3 hours has no sets to estimate from: the recording is all there is.
        var report = Audit.Of(Log(On(new DateOnly(2026, 10, 5), "Gym") with { Duration = TimeSpan.FromMinutes(180) }));

        report.Findings.ShouldNotContain(f => f.Rule.Id == "RL003");
    }

    [Theory]
    [InlineData(1000, 200, false)]
    [InlineData(1001, 5, true)]
    [InlineData(100, 201, true)]
    public void ImplausibleRecord_ALoadOrRepsNoOneLifts_IsInfo(double kg, int reps, bool implausible) =>
        Audit.Rule("RL003", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 1, reps, kg: kg)))).Count.ShouldBe(implausible ? 1 : 0);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void ImplausibleRecord_ASessionDatedAfterToday_IsInfoAndLeftOut(int daysAfterToday, bool future)
    {
        var today = new DateOnly(2026, 12, 3);
        var log = Log(
            On(today.AddDays(-2), "A", WholeBodyHeavy()),
            On(today.AddDays(daysAfterToday), "Phone clock", Lift("Back Squat", 20, 5, kg: 100)));

        var report = Audit.Of(log, new AuditOptions { Today = today });

        var finding = report.Findings.SingleOrDefault(f => f.Rule.Id == "RL003");
        (finding is not null).ShouldBe(future);
        report.Summary.Sessions.ShouldBe(future ? 1 : 2);
        if (finding is not null)
        {
            finding.Severity.ShouldBe(Severity.Info);
            finding.Evidence.ShouldHaveSingleItem().Date.ShouldBe(today.AddDays(1));
        }
    }

    [Fact]
    public void ImplausibleRecord_APlansSessionsAfterToday_AreNotRecords()
    {
        // A plan fed back into the audit is dated ahead and gives every session its phase.
        var today = new DateOnly(2026, 12, 3);
        var plan = Log(On(today.AddDays(7), "Strength A", WholeBodyHeavy()) with { Phase = TrainingPhase.Strength });

        var report = Audit.Of(plan, new AuditOptions { Today = today });

        report.Findings.ShouldNotContain(f => f.Rule.Id == "RL003");
        report.Summary.Sessions.ShouldBe(1);
    }

    [Fact]
    public void Auditor_RuleCatalog_HasEveryRuleOfThePrinciplesOnce()
    {
        string[] expected = ["RL001", "RL002", "RL003", "RL101", "RL102", "RL103", "RL104", "RL105", "RL201", "RL202", "RL203", "RL204",
            "RL301", "RL302", "RL401", "RL501", "RL502", "RL503", "RL504", "RL505"];

        Auditor.RuleCatalog.Select(r => r.Rule.Id).ShouldBe(expected);
    }

    [Fact]
    public void Audit_NeverThrows_OnGeneratedTraining()
    {
        var names = TestCatalog.Instance.Exercises.Select(e => e.Name).Append("Mystery Move").Append("BOSU Curl").ToArray();
        var set = Gen.Select(Gen.Int[0, 30].Nullable(), Gen.Double[0, 400].Nullable(), Gen.Double[1, 10].Nullable(), Gen.Int[0, 600].Nullable(),
                Gen.Bool, Gen.Bool, Gen.Enum<SetKind>(), Gen.Double[0, 120].Nullable())
            .Select((reps, kg, rpe, rest, failure, perSide, kind, percent) => new TrainingSet
            {
                Reps = reps, Load = kg is { } k ? Load.FromKilograms(k) : null, Rpe = rpe is { } r ? Rpe.Of(r) : null,
                Rest = rest is { } s ? TimeSpan.FromSeconds(s) : null, ToFailure = failure, PerSide = perSide, Kind = kind, PercentOneRepMax = percent,
            });
        var exercise = Gen.Select(Gen.OneOf(names), set.List[0, 6], Gen.OneOf<string?>(null, "1", "2"))
            .Select((name, sets, superset) => new ExerciseEntry(name, sets) { Superset = superset });
        var session = Gen.Select(exercise.List[0, 8], Gen.Int[0, 400], Gen.Enum<DayOfWeek>(), Gen.Bool, Gen.Int[0, 23].Nullable(), Gen.Int[0, 200].Nullable())
            .Select((exercises, day, weekday, dated, hour, minutes) => new TrainingSession
            {
                Name = "S", Exercises = exercises, Day = dated ? null : weekday, Date = dated ? new DateOnly(2025, 1, 1).AddDays(day) : null,
                Time = hour is { } h ? TimeOfDay.At(new TimeOnly(h, 0)) : null, Duration = minutes is { } m ? TimeSpan.FromMinutes(m) : null,
            });
        var run = Gen.Select(Gen.Enum<RunKind>(), Gen.Enum<DayOfWeek>(), Gen.Int[0, 200].Nullable())
            .Select((kind, day, minutes) => new Run(kind) { Day = day, Duration = minutes is { } m ? TimeSpan.FromMinutes(m) : null });
        var race = Gen.Select(Gen.Int[0, 400], Gen.Enum<RacePriority>())
            .Select((day, priority) => new Race(new DateOnly(2025, 1, 1).AddDays(day), Distance.FromKilometers(10), priority));
        var document = Gen.Select(session.List[0, 30], run.List[0, 7], race.List[0, 3], Gen.Enum<Experience>(), Gen.Bool, Gen.Enum<TrainingPhase>().Nullable())
            .Select((sessions, runs, races, experience, rehab, phase) => new TrainingDocument
            {
                Sessions = sessions, RunningWeek = runs, Races = races, Phase = phase,
                Athlete = new Athlete { Experience = experience, Rehab = rehab },
            });

        document.Sample(d =>
        {
            var report = Audit.Of(d, new AuditOptions { Weeks = 1 + (d.Sessions.Count % 10) });
            report.Summary.Errors.ShouldBe(report.Findings.Count(f => f.Severity == Severity.Error));
            report.Findings.ShouldAllBe(f => f.Message.Length > 0 && f.Fix.Length > 0);
        }, iter: 3000);
    }
}
