using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Formats;

namespace RunLift.Cli;

/// <summary>
/// The web app's database, for <c>runlift import</c> and <c>runlift export</c>: the same settings
/// (<c>Database__Provider</c>, <c>ConnectionStrings__RunLift</c>, <c>Database__DataDirectory</c>; by default the SQLite
/// file in the local data folder), the same migrations applied the same way, and the account chosen by e-mail.
/// </summary>
internal sealed class LogDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private LogDatabase(ServiceProvider services) => this.services = services;

    /// <summary><c>--account EMAIL</c>: whose log.</summary>
    public static Option<string?> AccountOption() =>
        new("--account") { Description = "The account's e-mail; not needed when the database holds one account." };

    /// <summary><c>--database FILE</c>: another SQLite file than the web app's.</summary>
    public static Option<string?> DatabaseOption() =>
        new("--database") { Description = "A SQLite database file (default: the web app's database, as configured)." };

    /// <summary>
    /// Opens and migrates the database; <paramref name="sqliteFile"/> (<c>--database</c>) overrides the settings. Unless
    /// <paramref name="create"/>, a SQLite file that is not there yet is an error rather than a new, empty database.
    /// </summary>
    /// <exception cref="InputException">the settings are wrong (the message says what to set), or there is no database to open.</exception>
    public static async Task<LogDatabase> OpenAsync(IConfiguration configuration, string? sqliteFile, bool create, CancellationToken cancellation)
    {
        if (sqliteFile is not null)
        {
            configuration = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                    ["ConnectionStrings:RunLift"] = $"Data Source={Path.GetFullPath(sqliteFile)}",
                })
                .Build();
        }

        ServiceProvider services;
        try
        {
            services = new ServiceCollection().AddRunLiftData(configuration).BuildServiceProvider();
        }
        catch (InvalidOperationException e)
        {
            throw new InputException("database settings", 0, 0, e.Message, e);
        }

        try
        {
            if (!create && SqliteFile(services.GetRequiredService<DatabaseSettings>()) is { } file && !File.Exists(file))
            {
                throw new InputException(file, "there is no database here yet: register in the web app first, or name one with --database FILE");
            }

            await services.MigrateAsync(cancellation);
            return new LogDatabase(services);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>The SQLite file <paramref name="settings"/> name, or null for PostgreSQL or a database in memory.</summary>
    private static string? SqliteFile(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal) ? null : Path.GetFullPath(file);
    }

    public AppDbContext NewContext() => services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>
    /// The account with <paramref name="email"/>, or the only one when none is given; otherwise a message for the user
    /// that names no one else's account.
    /// </summary>
    public async Task<(string? AccountId, string? Problem)> AccountAsync(string? email, CancellationToken cancellation)
    {
        await using var db = NewContext();
        if (email is not null)
        {
            var normalized = email.Trim().Normalize().ToUpperInvariant();
            var id = await db.Users.Where(a => a.NormalizedEmail == normalized).Select(a => a.Id).FirstOrDefaultAsync(cancellation);
            return id is null ? (null, $"--account: no account has the e-mail {email.Trim()}") : (id, null);
        }

        var ids = await db.Users.OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync(cancellation);
        return ids switch
        {
            [var only] => (only, null),
            [] => (null, "the database has no accounts yet: register in the web app first"),
            _ => (null, "the database holds several accounts: choose one with --account EMAIL"),
        };
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
