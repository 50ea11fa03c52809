using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RunLift.Data;
using Xunit;

namespace RunLift.Testing;

/// <summary>
/// A fresh, empty database for one test or fixture, on SQLite (a temporary file) or on the real PostgreSQL that
/// scripts/test starts (RUNLIFT_TEST_POSTGRES: a connection string to its server). Without that server the
/// PostgreSQL cases report themselves skipped, and fail under CI=true, where scripts/test must provide it.
/// Disposing drops the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable with the connection string of the test PostgreSQL server.</summary>
    public const string PostgresVariable = "RUNLIFT_TEST_POSTGRES";

    private readonly string? file;
    private readonly string? serverConnectionString;
    private readonly string? databaseName;

    private TestDatabase(DatabaseSettings settings, string? file, string? serverConnectionString, string? databaseName)
    {
        Settings = settings;
        this.file = file;
        this.serverConnectionString = serverConnectionString;
        this.databaseName = databaseName;
    }

    /// <summary>Both providers, for theories.</summary>
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>The provider and connection string.</summary>
    public DatabaseSettings Settings { get; }

    /// <summary>The configuration that points the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Settings.Provider.ToString(),
        ["ConnectionStrings:RunLift"] = Settings.ConnectionString,
    };

    /// <summary>Whether a PostgreSQL server for tests is configured.</summary>
    public static bool PostgresAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>Creates an empty database (not migrated) on <paramref name="provider"/>, or skips the test.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "runlift-tests");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseSettings(provider, $"Data Source={path}"), path, null, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{PostgresVariable} is not set, and CI=true requires PostgreSQL: run the tests with scripts/test.");
            }

            Assert.Skip($"No PostgreSQL server for tests ({PostgresVariable} is not set; scripts/test starts one).");
        }

        var name = $"runlift_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseSettings(provider, connectionString), null, server, name);
    }

    /// <summary>Creates a database on <paramref name="provider"/> with the provider's migrations applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A new context on this database.</summary>
    public AppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Settings.Configure(options);
        return new AppDbContext(options.Options);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }

        if (serverConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
