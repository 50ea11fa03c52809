using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// Creates the database if it is missing and applies the provider's migrations; for SQLite, creates the data
    /// folder first. Several instances starting together on PostgreSQL are safe: EF Core takes a lock.
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

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellation);
    }
}
