using RunLift.Auditing;
using RunLift.Training;
using static RunLift.Testing.TrainingBuilder;

namespace RunLift.Tests.Auditing;

public sealed class GoodTrainingTests
{
    [Fact]
    public void Audit_GoodRunnerWeek_HasNoFindings()
    {
        var report = Audit.Of(GoodWeek() with
        {
            RunningWeek = [KeyRun(RunKind.Intervals, DayOfWeek.Tuesday, TimeOfDay.Am), KeyRun(RunKind.Long, DayOfWeek.Sunday, minutes: 120)],
        });

        report.Findings.ShouldBeEmpty();
        report.Summary.ShouldBe(new AuditSummary(0, 0, 0, 2, 46) { Runs = 2, KeyRuns = 2 });
        report.Window.ShouldBeNull();
    }

    [Fact]
    public void Audit_EmptyRoutine_HasNoFindingsAndNoCrash()
    {
        var report = Audit.Of(new TrainingDocument());

        report.Findings.ShouldBeEmpty();
        report.Summary.Sessions.ShouldBe(0);
    }
}
