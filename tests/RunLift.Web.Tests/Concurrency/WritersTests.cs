using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Concurrency;

/// <summary>Writes never fail because someone else is writing: a large import beside other athletes' saves, one athlete's writes at once.</summary>
public sealed class WritersTests
{
    [Fact]
    public async Task Import_Of60000Sets_OnSqlite_WhileAnotherAthleteSavesEvery200ms_NoSaveFails()
    {
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Sqlite);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var export = SyntheticHevyExport.Create(sessions: 1_430);
        using var importDone = new CancellationTokenSource();

        // Bob saves a session every 200 ms from before the import starts until after it ends.
        var first = new TaskCompletionSource();
        var saves = Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            for (var day = 0; !importDone.IsCancellationRequested || statuses.Count < 2; day++)
            {
                var saved = await bob.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats($"{new DateOnly(2024, 1, 1).AddDays(day):yyyy-MM-dd}"), Cancel);
                statuses.Add(saved.StatusCode);
                first.TrySetResult();
                await Task.Delay(200, Cancel);
            }

            return statuses;
        }, Cancel);
        await first.Task;

        var imported = await ann.PostAsync("/api/v1/imports", Body(export, "text/csv"), Cancel);
        await importDone.CancelAsync();
        var statuses = await saves;

        imported.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await imported.JsonAsync()).GetProperty("setsAdded").GetInt32().ShouldBe(SyntheticHevyExport.RowsFor(1_430, 7));
        statuses.ShouldAllBe(status => status == HttpStatusCode.Created);
        var bobSessions = await (await bob.GetAsync("/api/v1/sessions?pageSize=1", Cancel)).JsonAsync();
        bobSessions.GetProperty("total").GetInt32().ShouldBe(statuses.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SessionsOfOneAthlete_SavedAtOnce_AreAllKept_AndTheWeeksSnapshotSeesThemAll(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var phone = await factory.RegisterAsync("ann@example.com");
        var laptop = await factory.SignInAsync("ann@example.com");
        string[] days = ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07", "2025-03-08"];

        var saved = await Task.WhenAll(days.Select((day, i) => (i % 2 == 0 ? phone : laptop).PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(day), Cancel)));

        saved.Select(response => response.StatusCode).ShouldAllBe(status => status == HttpStatusCode.Created);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var account = await db.Users.Where(u => u.Email == "ann@example.com").Select(u => u.Id).SingleAsync(Cancel);
        (await db.Sessions.CountAsync(s => s.AccountId == account, Cancel)).ShouldBe(days.Length);
        var snapshot = await db.AuditSnapshots.SingleAsync(s => s.AccountId == account, Cancel);
        var expected = await AuditSnapshots.AuditWeekAsync(db, scope.ServiceProvider.GetRequiredService<ExerciseCatalog>(), account, snapshot.WeekStart, Cancel);
        snapshot.WeekStart.ShouldBe(new DateOnly(2025, 3, 3));
        (snapshot.Errors, snapshot.Warnings, snapshot.Infos).ShouldBe((expected.Summary.Errors, expected.Summary.Warnings, expected.Summary.Infos));
        snapshot.ReportJson.ShouldBe(RunLift.Formats.Reports.JsonReport.ToJson(expected));
    }
}
