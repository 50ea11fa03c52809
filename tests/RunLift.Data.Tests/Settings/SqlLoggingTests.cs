using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace RunLift.Data.Tests.Settings;

/// <summary>The app's log at its usual level carries no SQL statements; at Debug it does.</summary>
public sealed class SqlLoggingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("runlift-sql-logging").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AtInformation_NoSqlStatementIsLogged()
    {
        var logged = await LoggedWhileQueryingAsync(LogLevel.Information);

        logged.ShouldNotContain(e => e.Message.Contains("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtDebug_TheStatementsAreLogged()
    {
        var logged = await LoggedWhileQueryingAsync(LogLevel.Debug);

        logged.ShouldContain(e => e.Level == LogLevel.Debug && e.Message.Contains("SELECT", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<List<(LogLevel Level, string Message)>> LoggedWhileQueryingAsync(LogLevel minimum)
    {
        var logged = new List<(LogLevel, string)>();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(minimum).AddProvider(new ListLoggerProvider(logged)));
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "runlift.db")};Pooling=False");
        var options = new DbContextOptionsBuilder<AppDbContext>().UseLoggerFactory(loggers);
        settings.Configure(options);
        await using var db = new AppDbContext(options.Options);
        await db.Database.MigrateAsync(Cancel);
        logged.Clear();

        _ = await db.Sessions.CountAsync(Cancel);

        return logged;
    }

    private sealed class ListLoggerProvider(List<(LogLevel, string)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logged);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<(LogLevel, string)> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logged)
            {
                logged.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
