using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Concurrency;

/// <summary>
/// Instances that start together on one empty database all become ready (one migrates, the others wait for it), and
/// a start killed while migrating does not stop the next one.
/// </summary>
public sealed class StartupTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FourInstances_StartedTogetherOnAnEmptyDatabase_AllBecomeReady(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var apps = Enumerable.Range(0, 4).Select(_ => AppProcess.Start(Settings(database))).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => app.WaitUntilReadyAsync(Patience, Cancel)));

            await using var db = database.NewContext();
            (await db.Database.GetPendingMigrationsAsync(Cancel)).ShouldBeEmpty();
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AStartKilledWhileMigrating_TheNextStartBecomesReady(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var killed = AppProcess.Start(Settings(database)))
        {
            // Killed while its first start migrates (a loaded machine may still be loading; both must leave nothing behind).
            await WaitForMigrationToBeginAsync(database, provider);
            killed.Kill();
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            LeaveEfCoresLockRow(database);
        }

        await using var next = AppProcess.Start(Settings(database));
        await next.WaitUntilReadyAsync(Patience, Cancel);
    }

    private static Dictionary<string, string?> Settings(TestDatabase database) => new(database.Configuration)
    {
        ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "runlift-tests", "mail-" + Guid.NewGuid().ToString("N")),
    };

    /// <summary>Waits until the database shows that a migration has begun (EF Core's history table exists), or 30 s.</summary>
    private static async Task WaitForMigrationToBeginAsync(TestDatabase database, DatabaseProvider provider)
    {
        for (var tries = 0; tries < 300; tries++)
        {
            await using var db = database.NewContext();
            try
            {
                var sql = provider == DatabaseProvider.Sqlite
                    ? "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = '__EFMigrationsHistory'"
                    : "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'";
                if (await db.Database.SqlQueryRaw<int>(sql).SingleOrDefaultAsync(Cancel) > 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException)
            {
                // Locked or not there yet: look again.
            }

            await Task.Delay(100, Cancel);
        }
    }

    /// <summary>
    /// The row EF Core's SQLite migrator keeps in <c>__EFMigrationsLock</c> while it migrates, in its own table and
    /// value forms, as a process killed at that moment leaves it.
    /// </summary>
    private static void LeaveEfCoresLockRow(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.Settings.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT OR REPLACE INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '2026-12-03 16:00:00.0000000+00:00');
            """;
        command.ExecuteNonQuery();
    }
}
