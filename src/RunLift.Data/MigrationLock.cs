using Microsoft.Data.Sqlite;
using Npgsql;

namespace RunLift.Data;

/// <summary>
/// Makes the processes that start together on one database migrate it one at a time, and lets a process that was
/// killed while migrating leave nothing behind that stops the next start.
/// </summary>
/// <remarks>
/// EF Core's own migration lock does neither: on PostgreSQL instances that start together on an empty database race to
/// create its history table (and all but one crash), and on SQLite a killed migration leaves the lock row in
/// <c>__EFMigrationsLock</c>, for which every later start waits forever. So the lock is taken before EF Core runs, from
/// something that dies with its holder: a PostgreSQL session-level advisory lock (released when the connection ends,
/// however the process ended), or an exclusive lock on a file beside the SQLite database (released by the operating
/// system). Under it, a lock row EF Core left in SQLite can only be a dead process's, and is removed.
/// </remarks>
internal static class MigrationLock
{
    /// <summary>The advisory lock key: any number, the same in every instance ("RunLift" in ASCII).</summary>
    private const long PostgresKey = 0x52756E4C696674;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; disposing the result releases it.</summary>
    public static Task<IAsyncDisposable> AcquireAsync(DatabaseSettings settings, TimeSpan timeout, TimeProvider time, CancellationToken cancellation) =>
        settings.Provider == DatabaseProvider.Postgres
            ? AcquirePostgresAsync(settings.ConnectionString, timeout, time, cancellation)
            : AcquireSqliteAsync(settings.ConnectionString, timeout, time, cancellation);

    private static async Task<IAsyncDisposable> AcquirePostgresAsync(string connectionString, TimeSpan timeout, TimeProvider time, CancellationToken cancellation)
    {
        // A connection of its own, outside the pool: the lock lives exactly as long as this session.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await CreateDatabaseIfMissingAsync(builder, cancellation);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            var started = time.GetTimestamp();
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
                {
                    command.Parameters.AddWithValue("key", PostgresKey);
                    if (await command.ExecuteScalarAsync(cancellation) is true)
                    {
                        return connection;
                    }
                }

                ThrowIfLate(started, time, timeout);
                await Task.Delay(Poll, time, cancellation);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the database when the server has none of that name, as EF Core's migrate would: but first, so that
    /// the lock can be taken in it. Another instance creating it at the same moment is fine.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellation)
    {
        try
        {
            await using var probe = new NpgsqlConnection(target.ConnectionString);
            await probe.OpenAsync(cancellation);
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No such database yet: create it below.
        }

        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellation);
        var name = new NpgsqlCommandBuilder().QuoteIdentifier(target.Database!);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellation);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it first.
        }
    }

    private static async Task<IAsyncDisposable> AcquireSqliteAsync(string connectionString, TimeSpan timeout, TimeProvider time, CancellationToken cancellation)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return NoLock.Instance;
        }

        // The lock file stays when released: deleting it would let a process that opened the old one and one that
        // creates a new one both hold "the" lock.
        var path = Path.GetFullPath(file) + ".migrations-lock";
        var started = time.GetTimestamp();
        FileStream held;
        while (true)
        {
            try
            {
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException) when (File.Exists(path))
            {
                ThrowIfLate(started, time, timeout);
                await Task.Delay(Poll, time, cancellation);
            }
        }

        try
        {
            await RemoveStaleEfLockAsync(connectionString, cancellation);
            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes EF Core's lock row, which only a process killed while migrating can have left: the caller holds the lock.</summary>
    private static async Task RemoveStaleEfLockAsync(string connectionString, CancellationToken cancellation)
    {
        if (!File.Exists(new SqliteConnectionStringBuilder(connectionString).DataSource))
        {
            return;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (await command.ExecuteScalarAsync(cancellation) is long and > 0)
        {
            command.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await command.ExecuteNonQueryAsync(cancellation);
        }
    }

    // Measured on the monotonic clock: the wall clock may be set back or forward while a start waits.
    private static void ThrowIfLate(long started, TimeProvider time, TimeSpan timeout)
    {
        if (time.GetElapsedTime(started) > timeout)
        {
            throw new TimeoutException(
                $"Another instance has been migrating the database for more than {timeout.TotalSeconds:0} seconds; " +
                "if none is running, check the database server, then start again.");
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
