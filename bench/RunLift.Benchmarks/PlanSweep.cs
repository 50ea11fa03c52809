using System.Diagnostics;
using CsCheck;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Planning;
using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>
/// `plan-sweep N`: plans N random requests (the property tests' generator, fixed seed), checks each self-audit,
/// and prints the wall time (target: 10,000 in under 20 s). A sweep, not a BenchmarkDotNet benchmark: one run of
/// many different requests is the measure.
/// </summary>
internal static class PlanSweep
{
    public static int Run(int count)
    {
        var requests = PlanRequestGenerator.Request.Where(r => r.Validate().Count == 0).Array[count].Single(_ => true, "aMiGJyY2JR52");
        var planner = new Planner(ExerciseCatalog.Default);
        var clock = Stopwatch.StartNew();
        var (sessions, unclean) = (0, 0);
        foreach (var request in requests)
        {
            var plan = planner.Plan(request);
            sessions += plan.Sessions.Count;
            unclean += plan.SelfCheck.HasFindingsAtOrAbove(Severity.Warning) ? 1 : 0;
        }

        clock.Stop();
        Console.WriteLine($"{count} plans ({sessions} sessions) planned and self-audited in {clock.Elapsed.TotalSeconds:0.00} s " +
            $"({clock.Elapsed.TotalMilliseconds / count:0.000} ms a plan); {unclean} with errors or warnings.");
        return unclean == 0 ? 0 : 1;
    }
}
