using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Concurrency;

/// <summary>
/// After PostgreSQL drops every connection (a restart, a failover: the server ends each session with "terminating
/// connection due to administrator command"), the next requests are answered, not failed.
/// </summary>
public sealed class DatabaseRestartTests
{
    [Fact]
    public async Task AfterTheServerDropsEveryConnection_TheNextReadsAndWritesSucceed()
    {
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Postgres);
        var ann = await factory.RegisterAsync("ann@example.com");
        var browser = await factory.SignInWithCookieAsync("ann@example.com");

        // Fill the app's connection pool, as a running server's is.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ann.GetAsync("/api/v1/sessions", Cancel)));
        await DropEveryConnectionAsync(factory);

        var read = await ann.GetAsync("/api/v1/profile", Cancel);
        var write = await ann.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(), Cancel);
        var page = await browser.GetAsync("/log", Cancel);
        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ann.GetAsync("/api/v1/sessions", Cancel)));

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        write.StatusCode.ShouldBe(HttpStatusCode.Created);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        reads.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    private static async Task DropEveryConnectionAsync(WebFactory factory)
    {
        var database = new NpgsqlConnectionStringBuilder(factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString).Database;
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
        await admin.OpenAsync(Cancel);
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()", admin);
        terminate.Parameters.AddWithValue("database", database!);
        ((long)(await terminate.ExecuteScalarAsync(Cancel))!).ShouldBeGreaterThan(0);
    }
}
