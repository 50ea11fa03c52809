using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class EnduranceRuleTests
{
    private static TrainingDocument LightSets(int light, int total = 10, Experience experience = Experience.Intermediate) =>
        Weekly(On(DayOfWeek.Monday, "A",
            Lift("Back Squat", total - light, 5, percent: 85, restSeconds: 180),
            Lift("Goblet Squat", light, 15, restSeconds: 60))) with { Athlete = new Athlete { Experience = experience } };

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, Severity.Warning)]
    [InlineData(5, Severity.Warning)]
    [InlineData(6, Severity.Error)]
    public void HighRepLightLoad_OfTenStrengthSets(int light, Severity? expected)
    {
        var findings = Audit.Rule("RL201", LightSets(light));

        findings.Count.ShouldBe(expected is null ? 0 : 1);
        findings.SingleOrDefault()?.Severity.ShouldBe(expected!.Value);
    }

    [Fact]
    public void HighRepLightLoad_TwelveRepsIsNotHighRep() =>
        Audit.None("RL201", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 5, 12, restSeconds: 120))));

    [Fact]
    public void HighRepLightLoad_SixtyPercentIsLight() =>
        Audit.Single("RL201", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 5, 8, percent: 60)))).Severity.ShouldBe(Severity.Error);

    [Fact]
    public void HighRepLightLoad_LoadBelowSixtyPercentOfKnownMax_IsLight()
    {
        var document = Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 5, 8, kg: 55))) with
        {
            Athlete = new Athlete { Experience = Experience.Intermediate, Maxes = [new KnownMax("Back Squat", Load.FromKilograms(100))] },
        };

        Audit.Single("RL201", document).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void HighRepLightLoad_AccessoriesCoreAndJumpsAreNotCounted() =>
        Audit.None("RL201", Weekly(On(DayOfWeek.Monday, "A",
            Lift("Back Squat", 3, 5, percent: 85), Lift("Calf Raise", 3, 20), Lift("Plank", 3, 15), Lift("Box Jump", 3, 15))));

    [Fact]
    public void HighRepLightLoad_NewLifter_IsAtMostInfo() =>
        Audit.Single("RL201", LightSets(8, experience: Experience.New)).Severity.ShouldBe(Severity.Info);

    [Fact]
    public void HighRepLightLoad_AdaptationPhase_IsAtMostInfo() =>
        Audit.Single("RL201", LightSets(8) with { Phase = TrainingPhase.Adaptation }).Severity.ShouldBe(Severity.Info);

    [Fact]
    public void HighRepLightLoad_NewLifterAfterFourWeeksOfLog_IsNotExcused()
    {
        var start = new DateOnly(2026, 9, 7);
        var sessions = Enumerable.Range(0, 6).Select(w => On(start.AddDays(w * 7), "Circuit", Lift("Goblet Squat", 6, 20))).ToArray();
        var finding = Audit.Single("RL201", Log(sessions) with { Athlete = new Athlete { Experience = Experience.New } });

        finding.Severity.ShouldBe(Severity.Error);
        finding.Weeks.ShouldBe(6);
        finding.Message.ShouldEndWith(". Seen in 6 of the last 6 weeks.");
    }

    [Theory]
    [InlineData(119, 1)]
    [InlineData(120, 0)]
    public void IncompleteRecovery_HeavySetsNeedTwoMinutes(int rest, int findings) =>
        Audit.Rule("RL202", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 4, 5, percent: 85, restSeconds: rest)))).Count.ShouldBe(findings);

    [Fact]
    public void IncompleteRecovery_ShortRestOnLightSets_DoesNotFire() =>
        Audit.None("RL202", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 4, 10, percent: 65, restSeconds: 60))));

    [Fact]
    public void IncompleteRecovery_SquatInASuperset_Fires()
    {
        var finding = Audit.Single("RL202", Weekly(On(DayOfWeek.Monday, "Circuit",
            Lift("Back Squat", 3, 8, superset: "1"), Lift("Push-Up", 3, 10, superset: "1"))));

        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldHaveSingleItem().Exercise.ShouldBe("Back Squat");
    }

    [Fact]
    public void IncompleteRecovery_UpperBodySuperset_DoesNotFire() =>
        Audit.None("RL202", Weekly(On(DayOfWeek.Monday, "A", Lift("Bench Press", 3, 8, superset: "1"), Lift("Pull-Up", 3, 8, superset: "1"))));

    [Fact]
    public void NoHeavyStrength_OnlyModerateLegWork_Warns()
    {
        var finding = Audit.Single("RL203", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 3, 10, percent: 70), Lift("Bench Press", 3, 5, percent: 85))));

        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldHaveSingleItem().Exercise.ShouldBe("Back Squat");
    }

    [Theory]
    [InlineData(6, 7.0, 0)]
    [InlineData(6, 6.5, 1)]
    [InlineData(7, 9.0, 1)]
    public void NoHeavyStrength_SixRepsAtRpeSevenIsHeavy(int reps, double rpe, int findings) =>
        Audit.Rule("RL203", Weekly(On(DayOfWeek.Monday, "A", Lift("Romanian Deadlift", 3, reps, rpe: rpe)))).Count.ShouldBe(findings);

    [Fact]
    public void NoHeavyStrength_EightyPercentIsHeavy() =>
        Audit.None("RL203", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 3, 8, percent: 80))));

    [Fact]
    public void NoHeavyStrength_NewLifter_IsInfo() =>
        Audit.Single("RL203", Weekly(On(DayOfWeek.Monday, "A", Lift("Goblet Squat", 3, 10))) with { Athlete = new Athlete { Experience = Experience.New } })
            .Severity.ShouldBe(Severity.Info);

    [Fact]
    public void NoHeavyStrength_LogOfOneWeek_IsNotJudged() =>
        Audit.None("RL203", Log(On(new DateOnly(2026, 11, 2), "A", Lift("Goblet Squat", 3, 10))));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(160, 1)]
    [InlineData(100, 0)]
    public void NoHeavyStrength_LogJudgesLoadsAgainstTheTrailingBestOfOtherSessions(double earlierKg, int findings)
    {
        // 3 × 5 at 100 kg is 86 % of its own Epley estimate (116.7 kg), but a set is never heavy by its own estimate
        // alone: it is heavy against an earlier session's 3 × 5 at 100 kg, and not against an earlier 160 kg single (62 %).
        var judged = On(new DateOnly(2026, 10, 12), "B", Lift("Back Squat", 3, 5, kg: 100));
        var log = earlierKg switch
        {
            0 => Log(judged),
            100 => Log(judged, On(new DateOnly(2026, 10, 5), "A", Lift("Back Squat", 3, 5, kg: 100))),
            _ => Log(judged, On(new DateOnly(2026, 10, 5), "A", Lift("Back Squat", 1, 1, kg: earlierKg))),
        };
        var options = new AuditOptions
        {
            Weeks = 1,
            Settings = new AuditSettings { Thresholds = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["RL203"] = new Dictionary<string, double> { ["min-weeks"] = 1 } } },
        };

        Audit.Rule("RL203", log.WholeWeeks(), options).Count.ShouldBe(findings);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void HighRepLightLoad_InALog_FewerThan13RepsAreLightOnlyAgainstAnEstimateOfTwoOtherSessions(int earlierSessions, int findings)
    {
        // 5 × 8 at 60 kg is 51 % of the 116.7 kg that 5 × 5 at 100 kg estimates: light only if two sessions say so.
        var judged = On(new DateOnly(2026, 10, 12), "B", Lift("Back Squat", 5, 8, kg: 60));
        var earlier = Enumerable.Range(1, earlierSessions).Select(i => On(new DateOnly(2026, 10, 12).AddDays(-7 * i), "A", Lift("Back Squat", 5, 5, kg: 100)));

        Audit.Rule("RL201", Log([judged, .. earlier]), new AuditOptions { Weeks = 1 }).Count.ShouldBe(findings);
    }

    [Theory]
    [InlineData("Back Squat (Barbell)", 1)]
    [InlineData("Back Squat (Smith Machine)", 0)]
    [InlineData("Back Squat (Dumbbell)", 0)]
    public void HighRepLightLoad_InALog_IsJudgedAgainstTheSameExerciseAndEquipment(string judgedName, int findings)
    {
        // 5 × 8 at 60 kg is light against two barbell sessions' 5 × 5 at 100 kg, but on a Smith machine or with dumbbells
        // it is another lift, with no estimate of its own yet.
        var judged = On(new DateOnly(2026, 10, 12), "B", Lift(judgedName, 5, 8, kg: 60));
        var earlier = Enumerable.Range(1, 2).Select(i => On(new DateOnly(2026, 10, 12).AddDays(-7 * i), "A", Lift("Back Squat (Barbell)", 5, 5, kg: 100)));

        Audit.Rule("RL201", Log([judged, .. earlier]), new AuditOptions { Weeks = 1 }).Count.ShouldBe(findings);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 1)]
    public void NoHeavyStrength_MoreThan10RepsAreNeverHeavy_WhateverTheMaxSays(int reps, int findings)
    {
        // 246 kg × 12 on the leg press "is" 86 % of a max estimated from a warm-up-like set: no one does that.
        var document = Log(
            On(new DateOnly(2026, 10, 12), "B", Lift("Back Squat", 3, reps, kg: 86)),
            On(new DateOnly(2026, 10, 5), "A", Lift("Back Squat", 3, reps, kg: 86))) with
        {
            Athlete = new Athlete { Maxes = [new KnownMax("Back Squat", Load.FromKilograms(100))] },
        };
        var options = new AuditOptions
        {
            Weeks = 2,
            Settings = new AuditSettings { Thresholds = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["RL203"] = new Dictionary<string, double> { ["min-weeks"] = 1 } } },
        };

        Audit.Rule("RL203", document, options).Count.ShouldBe(findings);
    }

    [Theory]
    [InlineData(Experience.Intermediate, Severity.Warning)]
    [InlineData(Experience.Advanced, Severity.Warning)]
    [InlineData(Experience.Novice, Severity.Info)]
    [InlineData(Experience.New, Severity.Info)]
    public void NoExplosiveWork_DependsOnExperience(Experience experience, Severity expected) =>
        Audit.Single("RL204", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 3, 5, percent: 85))) with { Athlete = new Athlete { Experience = experience } })
            .Severity.ShouldBe(expected);

    [Theory]
    [InlineData("Box Jump")]
    [InlineData("Hang Power Clean")]
    public void NoExplosiveWork_AnyExplosiveExercise_Satisfies(string exercise) =>
        Audit.None("RL204", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 3, 5, percent: 85), Lift(exercise, 3, 3))));
}
