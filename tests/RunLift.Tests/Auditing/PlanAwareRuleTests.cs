using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

/// <summary>How the rules read training that declares its phase, and the edges plans live on.</summary>
public sealed class PlanAwareRuleTests
{
    [Theory]
    [InlineData(TrainingPhase.Taper, Severity.Info)]
    [InlineData(TrainingPhase.OffSeason, Severity.Info)]
    [InlineData(TrainingPhase.Maintenance, Severity.Warning)]
    public void NoHeavyStrength_IsExpectedInATaperOrOffSeason(TrainingPhase phase, Severity expected)
    {
        var monday = new DateOnly(2026, 11, 2);
        var log = Log(
            On(monday, "Light", Lift("Back Squat", 2, 5, rpe: 6)) with { Phase = phase },
            On(monday.AddDays(7), "Light", Lift("Back Squat", 2, 5, rpe: 6)) with { Phase = phase });

        Audit.Single("RL203", log.WholeWeeks()).Severity.ShouldBe(expected);
    }

    [Fact]
    public void NoExplosiveWork_IsOnlyInfoInATaper() =>
        Audit.Single("RL204", Weekly(On(DayOfWeek.Monday, "Taper", Lift("Back Squat", 2, 5, rpe: 6)) with { Phase = TrainingPhase.Taper }))
            .Severity.ShouldBe(Severity.Info);

    [Fact]
    public void HeavyBeforeKeyRun_APerSideSetIsOneSetPerLeg()
    {
        // One heavy set per leg is one heavy set's fatigue for each leg: not a "lower-body heavy session".
        var document = Weekly(On(DayOfWeek.Tuesday, "Light legs", Lift("Bulgarian Split Squat", 1, 3, rpe: 8, perSide: true, restSeconds: 180)) with { Time = TimeOfDay.Pm }) with
        {
            RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Wednesday, TimeOfDay.Am)],
        };

        Audit.Rule("RL501", document).ShouldNotContain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void HeavyBeforeKeyRun_TwoPerSideSetsAreHeavy()
    {
        var document = Weekly(On(DayOfWeek.Tuesday, "Legs", Lift("Bulgarian Split Squat", 2, 3, rpe: 8, perSide: true, restSeconds: 180)) with { Time = TimeOfDay.Pm }) with
        {
            RunningWeek = [KeyRun(RunKind.Tempo, DayOfWeek.Wednesday, TimeOfDay.Am)],
        };

        Audit.Rule("RL501", document).ShouldContain(f => f.Severity == Severity.Error);
    }

    [Fact]
    public void StrengthLoadSpike_ARampFromAlmostNothingIsNotJudged()
    {
        // Four weeks of one 10-rep set of 50 kg (500 kg a week) then 1,000 kg: double, but from under 1,000 kg a week.
        var monday = new DateOnly(2026, 9, 7);
        var log = Log([.. new[] { 50.0, 50, 50, 50, 100 }.Select((kg, w) => On(monday.AddDays(w * 7), "A", Lift("Back Squat", 1, 10, kg: kg)))]);

        Audit.None("RL503", log);
    }
}
