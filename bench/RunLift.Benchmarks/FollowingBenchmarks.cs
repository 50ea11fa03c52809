using BenchmarkDotNet.Attributes;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Time;

namespace RunLift.Benchmarks;

/// <summary>
/// Following the plan for an athlete with ten years of logs and a plan every half year (seed it first with
/// <c>seed-athlete</c>), on SQLite and PostgreSQL (RUNLIFT_BENCH_SQLITE, RUNLIFT_BENCH_POSTGRES): the calendar's nine
/// weeks and the current plan followed alone (what compliance and the next session start from).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FollowingBenchmarks
{
    private string _accountId = "";
    private long _currentPlan;
    private string _connection = "";

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var variable = Provider == DatabaseProvider.Sqlite ? "RUNLIFT_BENCH_SQLITE" : "RUNLIFT_BENCH_POSTGRES";
        _connection = Environment.GetEnvironmentVariable(variable)
            ?? throw new InvalidOperationException($"{variable} is not set: seed a database with seed-athlete and point {variable} at it.");
        using var db = AthleteSeeder.Context(Provider, _connection);
        _accountId = db.Users.Where(u => u.Email == AthleteSeeder.DefaultEmail).Select(u => u.Id).Single();
        _currentPlan = db.Plans.Where(p => p.AccountId == _accountId).OrderByDescending(p => p.Start).Select(p => p.Id).First();
    }

    [Benchmark(Description = "calendar, 9 weeks, followed")]
    public async Task<int> Calendar()
    {
        await using var db = AthleteSeeder.Context(Provider, _connection);
        var today = AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);
        var from = IsoWeek.MondayOf(today).AddDays(-28);
        var to = IsoWeek.SundayOf(today).AddDays(28);
        var followed = await PlanFollowing.FollowAsync(db, ExerciseCatalog.Default, _accountId, from, to, today, CancellationToken.None);
        return followed.Days(from, to).Count;
    }

    [Benchmark(Description = "current plan followed alone")]
    public async Task<int> CurrentPlan()
    {
        await using var db = AthleteSeeder.Context(Provider, _connection);
        var today = AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);
        var followed = await PlanFollowing.FollowPlanAsync(db, ExerciseCatalog.Default, _accountId, _currentPlan, today, CancellationToken.None);
        return followed!.Plans[0].Sessions.Count;
    }
}
