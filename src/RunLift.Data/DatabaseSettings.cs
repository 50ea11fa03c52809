using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace RunLift.Data;

/// <summary>The database providers RunLift runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one athlete or a small club.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for a deployment many athletes share, and for several instances of the app.</summary>
    Postgres,
}

/// <summary>
/// Which database to use, from configuration: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or
/// <c>Postgres</c>) and <c>ConnectionStrings:RunLift</c>. Without a connection string SQLite uses
/// <c>runlift.db</c> in <c>Database:DataDirectory</c>, by default the user's local application data folder
/// (<c>~/.local/share/RunLift</c> on Linux), which the web app and the CLI share.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The assembly that holds the SQLite migrations.</summary>
    public const string SqliteMigrations = "RunLift.Data.Sqlite";

    /// <summary>The assembly that holds the PostgreSQL migrations.</summary>
    public const string PostgresMigrations = "RunLift.Data.Postgres";

    /// <summary>The default folder for the SQLite database.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "RunLift");

    /// <summary>Reads the settings; a provider it does not know, or PostgreSQL without a connection string, is an error that says what to set.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Database:Provider"];
        var provider = name?.ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{name}'; it must be 'Sqlite' (the default) or 'Postgres'."),
        };

        var connectionString = configuration.GetConnectionString("RunLift");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:RunLift is not set " +
                    "(e.g. ConnectionStrings__RunLift='Host=db;Database=runlift;Username=runlift;Password=...').");
            }

            var directory = configuration["Database:DataDirectory"];
            directory = string.IsNullOrWhiteSpace(directory) ? DefaultDataDirectory : Path.GetFullPath(directory);
            connectionString = $"Data Source={Path.Combine(directory, "runlift.db")}";
        }

        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>Points <paramref name="options"/> at this database, with the provider's migrations.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // EF Core logs every SQL statement at Information, which buries the app's own log (a Garmin import writes
        // hundreds of thousands of lines): the statements are logged at Debug, shown only when asked for.
        options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        _ = Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrations)),
            DatabaseProvider.Postgres => options.UseNpgsql(
                ConnectionString, o => o.MigrationsAssembly(PostgresMigrations).ExecutionStrategy(d => new ReconnectingExecutionStrategy(d))),
            _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
        };
    }
}
