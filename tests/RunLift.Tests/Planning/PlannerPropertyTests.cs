using CsCheck;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Testing;

namespace RunLift.Tests.Planning;

public sealed class PlannerPropertyTests
{
    private static readonly Planner Planner = new(ExerciseCatalog.Default);

    internal static string Describe(PlanRequest r) =>
        $"start {r.Start:yyyy-MM-dd}, weeks {r.Weeks}, {r.Athlete.Experience}{(r.Athlete.Rehab ? " rehab" : "")}, maxes [{string.Join(", ", r.Athlete.Maxes.Select(m => $"{m.Exercise} {m.OneRepMax.Kilograms}"))}], {r.Units}, " +
        $"running [{string.Join(", ", r.RunningWeek.Select(w => $"{w.Day} {w.Kind} {w.Duration?.TotalMinutes} {w.Time}"))}], races [{string.Join(", ", r.Races.Select(x => $"{x.Date:yyyy-MM-dd} {x.Priority} {x.Distance.Kilometers}"))}], " +
        $"{r.MaxSessionMinutes} min, {r.SessionsPerWeek}/week, kit [{string.Join(", ", r.Equipment)}]";

    [Fact]
    public void Plan_AnyValidRequest_AuditsWithNoErrorsOrWarnings() =>
        PlanRequestGenerator.Request.Where(r => r.Validate().Count == 0).Sample(request =>
        {
            var plan = Planner.Plan(request);
            var serious = plan.SelfCheck.Findings.Where(f => f.Severity >= Severity.Warning)
                .Select(f => $"{f.Rule.Id}: {f.Message} [{string.Join(" | ", f.Evidence.Select(e => $"{e.Session} {e.Date} {e.Detail}"))}]");
            serious.ShouldBeEmpty(Describe(request));
            plan.Weeks.Count.ShouldBe(request.PlannedWeeks);
            plan.Sessions.ShouldAllBe(s => s.EstimatedDuration <= TimeSpan.FromMinutes(Math.Min(request.MaxSessionMinutes, 60)));
        }, iter: 2000);
}
