using RunLift.Training;

namespace RunLift.Tests.Training;

public sealed class KeyRunMarkTests
{
    private static readonly DateOnly Tuesday = new(2025, 9, 9);

    [Fact]
    public void Apply_GivesRecordedRunsOnTheDateTheKind_AndKeepsWhatWasRecorded()
    {
        var recorded = new Run(RunKind.Easy) { Date = Tuesday, Time = TimeOfDay.At(new TimeOnly(6, 30)), Duration = TimeSpan.FromMinutes(50), Name = "Morning Run" };
        var other = new Run(RunKind.Easy) { Date = Tuesday.AddDays(1) };

        var runs = KeyRunMark.Apply([recorded, other], [new KeyRunMark(Tuesday, RunKind.Tempo)]);

        runs.ShouldBe([recorded with { Kind = RunKind.Tempo, Basis = new RunKindBasis(RunKindSource.Typed, "marked a key run by you") }, other]);
        runs[0].IsKey.ShouldBeTrue();
        runs[1].IsKey.ShouldBeFalse();
    }

    [Fact]
    public void Apply_AddsAKeyRunOnAMarkedDateWithoutOne()
    {
        var runs = KeyRunMark.Apply([], [new KeyRunMark(Tuesday, RunKind.Intervals)]);

        runs.ShouldBe([new Run(RunKind.Intervals) { Date = Tuesday, Basis = new RunKindBasis(RunKindSource.Typed, "marked a key run by you") }]);
    }

    [Theory]
    [InlineData(RunKind.Easy)]
    [InlineData(RunKind.Recovery)]
    [InlineData(RunKind.Rest)]
    public void Apply_RefusesKindsThatAreNotKey(RunKind kind) =>
        Should.Throw<ArgumentException>(() => KeyRunMark.Apply([], [new KeyRunMark(Tuesday, kind)]));
}
