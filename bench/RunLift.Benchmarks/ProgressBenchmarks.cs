using BenchmarkDotNet.Attributes;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Time;
using RunLift.Web.Features.Dashboard;
using RunLift.Web.Features.Progress;

namespace RunLift.Benchmarks;

/// <summary>
/// The progress and dashboard queries for an athlete with 10 years of logs (seed it first with
/// <c>seed-athlete</c>), on SQLite and PostgreSQL: RUNLIFT_BENCH_SQLITE and RUNLIFT_BENCH_POSTGRES hold the
/// connection strings. Each operation opens a new context, as a request does.
/// </summary>
[MemoryDiagnoser]
public class ProgressBenchmarks
{
    private string _accountId = "";
    private DateOnly _today;
    private string _connection = "";

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var variable = Provider == DatabaseProvider.Sqlite ? "RUNLIFT_BENCH_SQLITE" : "RUNLIFT_BENCH_POSTGRES";
        _connection = Environment.GetEnvironmentVariable(variable)
            ?? throw new InvalidOperationException($"{variable} is not set: seed a database with seed-athlete and point {variable} at it.");
        _today = AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);
        using var db = AthleteSeeder.Context(Provider, _connection);
        _accountId = db.Users.Where(u => u.Email == AthleteSeeder.DefaultEmail).Select(u => u.Id).Single();
    }

    [Benchmark(Description = "progress, 12 weeks")]
    public Task<int> Progress12Weeks() => ProgressAsync(12);

    [Benchmark(Description = "progress, 1 year")]
    public Task<int> ProgressYear() => ProgressAsync(52);

    [Benchmark(Description = "progress, all 10 years")]
    public Task<int> ProgressAll() => ProgressAsync(null);

    [Benchmark(Description = "dashboard")]
    public async Task<int> Dashboard()
    {
        await using var db = AthleteSeeder.Context(Provider, _connection);
        var view = await DashboardView.LoadAsync(db, _accountId, _today, CancellationToken.None);
        return view.LoggedSessions.Count + view.KeyRuns.Count;
    }

    private async Task<int> ProgressAsync(int? weeks)
    {
        await using var db = AthleteSeeder.Context(Provider, _connection);
        var report = await ProgressReport.LoadAsync(db, _accountId, _today, weeks, ExerciseCatalog.Default, CancellationToken.None);
        return report.Weeks.Count + report.Lifts.Count;
    }
}
