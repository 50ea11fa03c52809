using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace RunLift.Data;

/// <summary>
/// On PostgreSQL, a query or save outside a transaction that fails because the server dropped its connection (a
/// restart, a failover: "terminating connection due to administrator command", or the socket simply closed) is tried
/// again on a new connection, after the pool's other idle connections, dropped too, are let go; so the first requests
/// after a restart are answered, not failed.
/// </summary>
/// <remarks>
/// Inside a transaction nothing is retried (a retry could not redo the statements before): EF Core's retrying
/// strategies refuse such transactions outright, this one lets them run once. Each request's first query (the sign-in
/// check, the page's first read) runs outside one and meets a dropped connection first.
/// </remarks>
internal sealed class ReconnectingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(2), [AdminShutdown, CrashShutdown])
{
    private const int MaxRetries = 3;
    private const string AdminShutdown = "57P01";
    private const string CrashShutdown = "57P02";

    private bool InTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    // Decided when the operation runs, not by RetriesOnFailure: EF Core reads that while it builds the context's
    // services, before a transaction can be asked about.
    public override TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InTransaction ? operation(Dependencies.CurrentContext.Context, state) : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        InTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);

    protected override bool ShouldRetryOn(Exception? exception)
    {
        var retry = base.ShouldRetryOn(exception);
        if (retry && Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            // The server dropped every connection, not just this one: the pool's idle ones are dead too.
            NpgsqlConnection.ClearPool(connection);
        }

        return retry;
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= 1 ? TimeSpan.Zero : base.GetNextDelay(lastException);
}
