using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class BodybuilderRuleTests
{
    private static readonly DayOfWeek[] Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    private static TrainingDocument SessionsPerWeek(int count, TimeSpan? duration = null) =>
        Weekly([.. Days.Take(count).Select(d => On(d, $"Session {d}", WholeBodyHeavy()) with { Duration = duration })]);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void LiftingFrequency_TwoOrThreeSessions_DoesNotFire(int sessions) => Audit.None("RL101", SessionsPerWeek(sessions));

    [Theory]
    [InlineData(4, Severity.Warning)]
    [InlineData(5, Severity.Error)]
    [InlineData(6, Severity.Error)]
    public void LiftingFrequency_FourOrMoreSessions_Fires(int sessions, Severity expected)
    {
        var finding = Audit.Single("RL101", SessionsPerWeek(sessions));

        finding.Severity.ShouldBe(expected);
        finding.Evidence.Count.ShouldBe(sessions);
        finding.Message.ShouldContain($"{sessions} strength sessions");
    }

    [Fact]
    public void LiftingFrequency_ShortMicroDoseSessions_AreOnlyInfo()
    {
        var finding = Audit.Single("RL101", SessionsPerWeek(5, TimeSpan.FromMinutes(20)));

        finding.Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public void LiftingFrequency_MicroDoseWeekOverTwoHours_IsNotInfo() =>
        Audit.Single("RL101", SessionsPerWeek(6, TimeSpan.FromMinutes(21))).Severity.ShouldBe(Severity.Error);

    [Theory]
    [InlineData(75, null)]
    [InlineData(76, Severity.Warning)]
    [InlineData(90, Severity.Warning)]
    [InlineData(91, Severity.Error)]
    public void SessionLength_AtAndAroundThresholds(int minutes, Severity? expected)
    {
        var findings = Audit.Rule("RL102", Weekly(On(DayOfWeek.Monday, "A", WholeBodyHeavy()) with { Duration = TimeSpan.FromMinutes(minutes) }));

        findings.SingleOrDefault()?.Severity.ShouldBe(expected!.Value);
        findings.Count.ShouldBe(expected is null ? 0 : 1);
    }

    [Fact]
    public void SessionLength_Estimated_SaysSo()
    {
        // 10 × (10 reps × 4 s + 180 s rest) + 5 min = 41.7 min, 20 sets = 78 min.
        var finding = Audit.Single("RL102", Weekly(On(DayOfWeek.Monday, "Long", Lift("Back Squat", 20, 10, restSeconds: 180))));

        finding.Severity.ShouldBe(Severity.Warning);
        finding.Evidence.ShouldHaveSingleItem().Detail!.ShouldContain("estimated 78 min");
    }

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, Severity.Warning)]
    [InlineData(5, Severity.Warning)]
    [InlineData(6, Severity.Error)]
    public void IsolationShare_OfTenSets(int isolationSets, Severity? expected)
    {
        var session = On(DayOfWeek.Monday, "A",
            Lift("Back Squat", 10 - isolationSets, 5, percent: 85, restSeconds: 180),
            Lift("Leg Extension", isolationSets, 10, restSeconds: 90));

        var findings = Audit.Rule("RL103", Weekly(session));

        findings.Count.ShouldBe(expected is null ? 0 : 1);
        if (expected is { } severity)
        {
            findings[0].Severity.ShouldBe(severity);
            findings[0].Message.ShouldStartWith($"{isolationSets * 10}% of your working sets are isolation");
            findings[0].Swaps.ShouldHaveSingleItem().ShouldBe(new Swap("Leg Extension", ["Bulgarian Split Squat", "Step-Up"]), new SwapComparer());
        }
    }

    [Fact]
    public void IsolationShare_RunnerAccessoriesDoNotCount() =>
        Audit.None("RL103", Weekly(On(DayOfWeek.Monday, "A", Lift("Back Squat", 3, 5, percent: 85), Lift("Calf Raise", 4, 10), Lift("Nordic Curl", 3, 5))));

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, Severity.Warning)]
    [InlineData(5, Severity.Warning)]
    [InlineData(6, Severity.Error)]
    public void TrainingToFailure_OfTwentySets(int failureSets, Severity? expected)
    {
        var session = On(DayOfWeek.Monday, "A",
            Lift("Bench Press", 20 - failureSets, 5, rpe: 8),
            Lift("Pull-Up", failureSets, 8, failure: true));

        var findings = Audit.Rule("RL104", Weekly(session));

        findings.Count.ShouldBe(expected is null ? 0 : 1);
        findings.SingleOrDefault()?.Severity.ShouldBe(expected!.Value);
    }

    [Fact]
    public void TrainingToFailure_RpeTenAndRirZeroAndAmrapCount()
    {
        var session = On(DayOfWeek.Monday, "A",
            Lift("Bench Press", 5, 5, rpe: 8),
            Lift("Pull-Up", 1, 5, rpe: 10),
            new ExerciseEntry("Push-Up", [new TrainingSet { Reps = 20, RepsInReserve = 0 }, new TrainingSet { Amrap = true }]));

        Audit.Single("RL104", Weekly(session)).Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void TrainingToFailure_NamesLowerBodyFailureBeforeKeyRun()
    {
        var document = Weekly(On(DayOfWeek.Monday, "Legs", Lift("Back Squat", 3, 8, failure: true))) with
        {
            RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Wednesday)],
        };

        var finding = Audit.Single("RL104", document);

        finding.Evidence[0].Detail!.ShouldContain("before a key run (tempo on Wed)");
    }

    [Fact]
    public void BodyPartSplit_ChestDayAndArmDay_IsError()
    {
        var document = Weekly(
            On(DayOfWeek.Monday, "Monday", Lift("Bench Press", 4, 8), Lift("Chest Fly", 3, 12)),
            On(DayOfWeek.Wednesday, "Wednesday", Lift("Biceps Curl", 4, 10), Lift("Triceps Extension", 4, 10)));

        var finding = Audit.Single("RL105", document);

        finding.Severity.ShouldBe(Severity.Error);
        finding.Evidence.Select(e => e.Detail).ShouldBe(["100% of its sets on chest", "100% of its sets on arms"]);
    }

    [Theory]
    [InlineData("Chest")]
    [InlineData("Arms 1 + Weakpoint")]
    [InlineData("back day")]
    [InlineData("Shoulders")]
    [InlineData("Push // Hypertrophy")]
    [InlineData("Pull day")]
    [InlineData("pull 2")]
    public void BodyPartSplit_SessionNamedForABodyPart_IsError(string name) =>
        Audit.Single("RL105", Weekly(On(DayOfWeek.Monday, name, WholeBodyHeavy()))).Severity.ShouldBe(Severity.Error);

    [Theory]
    [InlineData("Back Squat Day")]
    [InlineData("Strength A")]
    [InlineData("Back to basics")]
    [InlineData("Pull-ups and squats")]
    [InlineData("Push-up ladder")]
    [InlineData("Push Press Day")]
    public void BodyPartSplit_OtherNames_DoNotFire(string name) => Audit.None("RL105", Weekly(On(DayOfWeek.Monday, name, WholeBodyHeavy())));

    [Fact]
    public void BodyPartSplit_OneRegionDominatingTwoSessionsOfTheSameRegion_DoesNotFire() =>
        Audit.None("RL105", Weekly(
            On(DayOfWeek.Monday, "A", Lift("Bench Press", 6, 5), Lift("Back Squat", 3, 5)),
            On(DayOfWeek.Thursday, "B", Lift("Bench Press", 6, 5), Lift("Back Squat", 3, 5))));

    [Fact]
    public void BodyPartSplit_PushPullLegs_IsABodyPartSplit_NotAnUpperLowerOne()
    {
        // Each upper-body day mixes regions (chest, shoulders, triceps; back, biceps), but goes one direction.
        var document = Weekly(
            On(DayOfWeek.Monday, "A", Lift("Bench Press", 3, 8), Lift("Overhead Press", 3, 8), Lift("Triceps Extension", 3, 12)),
            On(DayOfWeek.Wednesday, "B", Lift("Barbell Row", 3, 8), Lift("Pull-Up", 3, 8), Lift("Biceps Curl", 3, 12)),
            On(DayOfWeek.Friday, "C", Lift("Back Squat", 3, 5), Lift("Romanian Deadlift", 3, 8)));

        var finding = Audit.Single("RL105", document);

        finding.Severity.ShouldBe(Severity.Error);
        finding.Evidence.Select(e => e.Detail).ShouldBe(["100% of its sets on pushes", "100% of its sets on pulls"]);
    }

    [Fact]
    public void BodyPartSplit_UpperLowerSplit_IsInfo()
    {
        var document = Weekly(
            On(DayOfWeek.Monday, "Upper", Lift("Bench Press", 4, 5), Lift("Pull-Up", 4, 5)),
            On(DayOfWeek.Thursday, "Lower", Lift("Back Squat", 4, 5), Lift("Romanian Deadlift", 4, 5)));

        Audit.Single("RL105", document).Severity.ShouldBe(Severity.Info);
    }

    private sealed class SwapComparer : IEqualityComparer<Swap>
    {
        public bool Equals(Swap? x, Swap? y) => x?.From == y?.From && x!.To.SequenceEqual(y!.To);

        public int GetHashCode(Swap obj) => obj.From.GetHashCode(StringComparison.Ordinal);
    }
}
