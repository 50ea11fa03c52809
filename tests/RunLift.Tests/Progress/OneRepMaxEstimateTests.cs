using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Tests.Progress;

/// <summary>One estimate of a performed set's 1RM: Epley where the set says one reliably, nothing where it does not.</summary>
public sealed class OneRepMaxEstimateTests
{
    private static TrainingSet Set(int reps, double kg) => new() { Reps = reps, Load = Load.FromKilograms(kg) };

    [Theory]
    [InlineData(1, 100, 100)]
    [InlineData(5, 90, 105)]
    [InlineData(10, 60, 80)]
    public void WorkingLoadedSet_OfOneToTenReps_IsEpley(int reps, double kg, double expected) =>
        OneRepMax.EstimateOf(Set(reps, kg))!.Value.Kilograms.ShouldBe(expected, 1e-9);

    [Fact]
    public void NoEstimate_PastTenReps_ForAWarmUp_BodyweightWork_OrNoLoad()
    {
        OneRepMax.EstimateOf(Set(11, 60)).ShouldBeNull();
        OneRepMax.EstimateOf(Set(5, 60) with { Kind = SetKind.Warmup }).ShouldBeNull();
        OneRepMax.EstimateOf(Set(5, 10) with { Bodyweight = true }).ShouldBeNull();
        OneRepMax.EstimateOf(new TrainingSet { Reps = 5 }).ShouldBeNull();
    }

    [Fact]
    public void EstimateAtEffort_CountsTheRepsInReserve_ThroughTheRtsTable_AndIsEpleyWithoutAnRpe()
    {
        // 8 at RPE 7 is 11 reps to failure, 71.7 % on the table: 60 kg stands for 83.7 kg, where Epley says 76.
        OneRepMax.EstimateAtEffort(Set(8, 60) with { Rpe = Rpe.Of(7) })!.Value.Kilograms.ShouldBe(60 * 100 / 71.7, 1e-9);
        OneRepMax.EstimateAtEffort(Set(8, 60))!.Value.Kilograms.ShouldBe(76, 1e-9);
        OneRepMax.EstimateAtEffort(Set(11, 60) with { Rpe = Rpe.Of(7) }).ShouldBeNull();
    }

    [Fact]
    public void SessionMeasures_AreTheAuditorsLength_TheMeanWorkingRpe_AndTheVolumeLoad()
    {
        IReadOnlyList<TrainingSet> squat = [Set(5, 40) with { Kind = SetKind.Warmup }, Set(5, 100) with { Rpe = Rpe.Of(7), Rest = TimeSpan.FromMinutes(3) }, Set(5, 100) with { Rpe = Rpe.Of(8), Rest = TimeSpan.FromMinutes(3) }];
        IReadOnlyList<TrainingSet> lunges = [new() { Reps = 8, PerSide = true, Load = Load.FromKilograms(20) }];

        var measures = SessionMeasures.Of([squat, lunges]);

        // 5 minutes to set up; reps × 4 s (twice per side) and the rest, 90 s where none is recorded.
        measures.EstimatedLength.ShouldBe(TimeSpan.FromSeconds(300 + (20 + 90) + (20 + 180) + (20 + 180) + (64 + 90)));
        measures.MeanWorkingRpe.ShouldBe(7.5);
        measures.VolumeKg.ShouldBe(500 + 500 + (8 * 20 * 2));
    }
}
