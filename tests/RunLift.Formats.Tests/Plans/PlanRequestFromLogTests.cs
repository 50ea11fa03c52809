using RunLift.Formats.Plans;
using RunLift.Planning.History;
using RunLift.Training;

namespace RunLift.Formats.Tests.Plans;

/// <summary>How a run of the log's running week is described: on how many of the weeks with running it came.</summary>
public sealed class PlanRequestFromLogTests
{
    [Theory]
    [InlineData(1, 1, "tue: intervals 50min, on 1 of 1 week with running")]
    [InlineData(3, 4, "tue: intervals 50min, on 3 of 4 weeks with running")]
    public void Describe_CountsTheWeeksInWords(int weeks, int weeksWithRunning, string expected) =>
        PlanRequestFromLog.Describe(new HabitualRun(DayOfWeek.Tuesday, RunKind.Intervals, TimeSpan.FromMinutes(50), null, weeks), weeksWithRunning)
            .ShouldBe(expected);
}
