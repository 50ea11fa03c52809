using RunLift.Catalog;
using RunLift.Data.Plans;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Testing;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Data.Tests.Plans;

/// <summary>The calendar read from the database: the same days whatever range they are asked in.</summary>
public sealed class PlanFollowingTests
{
    private static readonly DateOnly January = new(2026, 1, 5);
    private static readonly DateOnly February = new(2026, 2, 2);
    private static readonly DateOnly May = new(2026, 5, 4);
    private static readonly DateOnly Today = new(2026, 4, 1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APlanThatTookOverAndEnded_StillHoldsTheOlderPlanBack_InARangeAfterIt(DatabaseProvider provider)
    {
        // Twenty weeks from January; then two weeks from February, saved later: the January plan stops there for good.
        await using var database = await AthleteDatabase.CreateAsync(provider, Saved(January, 20), Saved(February, 2));
        await using var db = database.NewContext();

        var mayAlone = await PlanFollowing.FollowAsync(db, ExerciseCatalog.Default, AthleteDatabase.AccountId, May, May.AddDays(27), Today, Cancel);
        var fromFebruary = await PlanFollowing.FollowAsync(db, ExerciseCatalog.Default, AthleteDatabase.AccountId, February, May.AddDays(27), Today, Cancel);

        mayAlone.Days(May, May.AddDays(27)).ShouldAllBe(d => d.Planned.Count == 0);
        fromFebruary.Days(May, May.AddDays(27)).ShouldAllBe(d => d.Planned.Count == 0);
        fromFebruary.Days(February, February.AddDays(13)).Count(d => d.Planned.Count > 0).ShouldBeGreaterThan(0);
        mayAlone.Plans.Select(p => p.Plan.Start).ShouldBe([January], "the plan that ended before May has nothing to show in it");
    }

    private static SavedPlan Saved(DateOnly start, int weeks)
    {
        var request = new PlanRequest
        {
            Start = start,
            Weeks = weeks,
            RunningWeek = [new Run(RunKind.Intervals) { Day = DayOfWeek.Tuesday, Duration = TimeSpan.FromMinutes(60), Time = TimeOfDay.Am }],
            SessionsPerWeek = 2,
        };
        var plan = new Planner(ExerciseCatalog.Default).Plan(request);
        return new SavedPlan
        {
            AccountId = AthleteDatabase.AccountId,
            Name = $"From {start:yyyy-MM-dd}",
            RequestYaml = PlanRequestYamlWriter.ToYaml(request),
            PlanJson = PlanJsonWriter.ToJson(plan),
            Start = start,
            End = IsoWeek.SundayOf(plan.Weeks[^1].Start),
        };
    }
}
