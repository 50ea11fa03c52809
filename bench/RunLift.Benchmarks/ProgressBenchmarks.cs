using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Web.Features.Dashboard;
using RunLift.Web.Features.Progress;

namespace RunLift.Benchmarks;

/// <summary>
/// The progress and dashboard queries for an athlete with 10 years of logs (seed it first with
/// <c>seed-athlete</c>), on SQLite and PostgreSQL: RUNLIFT_BENCH_SQLITE and RUNLIFT_BENCH_POSTGRES hold the
/// connection strings. Each operation opens a new context and reads the athlete's today, as a request does.
/// </summary>
[MemoryDiagnoser]
public class ProgressBenchmarks
{
    private string _accountId = "";
    private DashboardOperations _dashboard = null!;
    private ProgressOperations _progress = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var variable = Provider == DatabaseProvider.Sqlite ? "RUNLIFT_BENCH_SQLITE" : "RUNLIFT_BENCH_POSTGRES";
        var connection = Environment.GetEnvironmentVariable(variable)
            ?? throw new InvalidOperationException($"{variable} is not set: seed a database with seed-athlete and point {variable} at it.");
        var contexts = new SeededContexts(Provider, connection);
        _dashboard = new DashboardOperations(contexts, TimeProvider.System);
        _progress = new ProgressOperations(contexts, TimeProvider.System, ExerciseCatalog.Default);
        using var db = contexts.CreateDbContext();
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
        var view = await _dashboard.ReadAsync(_accountId, CancellationToken.None);
        return view.LoggedSessions.Count + view.KeyRuns.Count;
    }

    private async Task<int> ProgressAsync(int? weeks)
    {
        var report = await _progress.ReadAsync(_accountId, weeks, CancellationToken.None);
        return report.Weeks.Count + report.Lifts.Count;
    }

    /// <summary>A new context on the seeded database for each operation, as the web app's factory gives.</summary>
    private sealed class SeededContexts(DatabaseProvider provider, string connection) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => AthleteSeeder.Context(provider, connection);
    }
}
