using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data.Log;

namespace RunLift.Data;

/// <summary>Registers RunLift's database.</summary>
public static class DataServices
{
    /// <summary>
    /// Adds <see cref="AppDbContext"/> (scoped, for requests) and its factory (for interactive components, which
    /// live longer than one unit of work), configured by <see cref="DatabaseSettings.From"/>.
    /// </summary>
    public static IServiceCollection AddRunLiftData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddDbContextFactory<AppDbContext>(settings.Configure);
        return services;
    }

    /// <summary>How long a start waits for another instance's migration before it gives up.</summary>
    public static readonly TimeSpan MigrationLockTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Creates the database if it is missing and applies the provider's migrations; for SQLite, creates the data
    /// folder first and keeps the database in write-ahead-log mode. Instances that start together migrate one at a
    /// time, and one killed while migrating does not stop the next start (<see cref="MigrationLock"/>).
    /// </summary>
    public static async Task MigrateAsync(this IServiceProvider services, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        await using var migrating = await MigrationLock.AcquireAsync(settings, MigrationLockTimeout, time, cancellation);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellation);

        // Sessions stored before their measures were get them once, here, under the migration lock.
        await LogMeasures.BackfillAsync(db, cancellation);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Readers never wait for a writer, and a writer's commit is one append: other requests keep going while
            // an import writes. The mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellation);
        }
    }
}
