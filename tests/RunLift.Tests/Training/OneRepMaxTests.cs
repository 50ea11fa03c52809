using RunLift.Progress;
using RunLift.Training;

namespace RunLift.Tests.Training;

/// <summary>The RTS table both ways, as principles.md gives it: what a prescription asks for and what a set says.</summary>
public sealed class OneRepMaxTests
{
    [Theory]
    [InlineData(5, 10, 86.3)] // a 5-rep max
    [InlineData(5, 8, 81.1)] // 5 reps, 2 in reserve: 7 to failure
    [InlineData(3, 8, 86.3)]
    [InlineData(4, 8, 83.7)]
    [InlineData(1, 10, 100)]
    [InlineData(3, 7.5, 85)] // half-way between 5 and 6 reps to failure
    [InlineData(8, 6, 69.5)] // 12 to failure: the table's last row
    [InlineData(10, 7, 67.3)] // 13 to failure: past the table, at its last step of 2.2 points
    [InlineData(10, 6, 65.1)]
    public void Prescribed_IsTheTablesPercent(int reps, double rpe, double percent) =>
        OneRepMax.Prescribed(reps, rpe).ShouldBe(percent, 0.05);

    [Theory]
    [InlineData(5, 86.3, 10)]
    [InlineData(5, 81.1, 8)]
    [InlineData(5, 85, 9.5)] // between two rows: the nearest half point
    [InlineData(4, 85, 8.5)]
    [InlineData(3, 85, 7.5)]
    [InlineData(10, 67.3, 7)]
    [InlineData(5, 100, 10)] // more than 5 reps can be done at 100 %: never past RPE 10
    public void RpeOf_IsTheTablesInverse(int reps, double percent, double rpe) =>
        OneRepMax.RpeOf(reps, percent).ShouldBe(rpe);

    [Fact]
    public void RpeOf_ReadsBackEveryPrescription()
    {
        for (var reps = 1; reps <= 12; reps++)
        {
            for (var rpe = 6.0; rpe <= 10; rpe += 0.5)
            {
                OneRepMax.RpeOf(reps, OneRepMax.Prescribed(reps, rpe)).ShouldBe(rpe, 0.5, $"{reps} @ RPE {rpe}");
            }
        }
    }

    [Theory]
    [InlineData(5, 100, 115.87)]
    [InlineData(1, 100, 100)]
    [InlineData(10, 60, 81.19)]
    public void FromTable_ReadsARecentSetAsARepMax(int reps, double kg, double max) =>
        OneRepMax.FromTable(Load.FromKilograms(kg), reps).Kilograms.ShouldBe(max, 0.01);

    [Fact]
    public void OutOfRange_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => OneRepMax.Prescribed(0, 8));
        Should.Throw<ArgumentOutOfRangeException>(() => OneRepMax.Prescribed(5, 11));
        Should.Throw<ArgumentOutOfRangeException>(() => OneRepMax.RpeOf(5, 30));
        Should.Throw<ArgumentOutOfRangeException>(() => OneRepMax.FromTable(Load.FromKilograms(100), 13));
    }
}
