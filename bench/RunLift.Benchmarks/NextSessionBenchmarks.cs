using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Web.Features.Plans;

namespace RunLift.Benchmarks;

/// <summary>
/// The next session of the seeded athlete's plan (<c>seed-athlete</c>: ten years of logs and a plan started four weeks
/// ago), prescribed from the log, on SQLite and PostgreSQL: RUNLIFT_BENCH_SQLITE and RUNLIFT_BENCH_POSTGRES hold the
/// connection strings. Each operation opens a new context and reads the athlete's today, as a request does.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class NextSessionBenchmarks
{
    private string _accountId = "";
    private long _planId;
    private NextSessionOperations _next = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var variable = Provider == DatabaseProvider.Sqlite ? "RUNLIFT_BENCH_SQLITE" : "RUNLIFT_BENCH_POSTGRES";
        var connection = Environment.GetEnvironmentVariable(variable)
            ?? throw new InvalidOperationException($"{variable} is not set: seed a database with seed-athlete and point {variable} at it.");
        var contexts = new SeededContexts(Provider, connection);
        _next = new NextSessionOperations(contexts, ExerciseCatalog.Default, TimeProvider.System);
        using var db = contexts.CreateDbContext();
        _accountId = db.Users.Where(u => u.Email == AthleteSeeder.DefaultEmail).Select(u => u.Id).Single();
        // The seeder writes a plan every half year: the current one (the latest to start) is the one followed today.
        _planId = db.Plans.Where(p => p.AccountId == _accountId).OrderByDescending(p => p.Start).Select(p => p.Id).First();
        if (_next.NextAsync(_accountId, _planId, CancellationToken.None).GetAwaiter().GetResult() is not NextLookup.Found)
        {
            throw new InvalidOperationException("The seeded plan has no next session: seed the athlete again.");
        }
    }

    [Benchmark(Description = "next session")]
    public async Task<int> Next() =>
        await _next.NextAsync(_accountId, _planId, CancellationToken.None) is NextLookup.Found found ? found.Session.Exercises.Count : 0;

    /// <summary>A new context on the seeded database for each operation, as the web app's factory gives.</summary>
    private sealed class SeededContexts(DatabaseProvider provider, string connection) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => AthleteSeeder.Context(provider, connection);
    }
}
