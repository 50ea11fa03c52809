using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

/// <summary><c>PUT /api/v1/sessions/{id}/check-in</c>: how a session went, told afterwards.</summary>
public sealed class CheckInApiTests
{
    private static readonly DateTimeOffset Evening = new(2025, 3, 4, 19, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CheckIn_AtTheBounds_IsStored_AndTheSessionShowsIt(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Evening));
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await LogAsync(ann);
        var note = new string('n', 4000);

        var hardest = await ann.PutAsJsonAsync($"{session}/check-in", new { sessionRpe = 10.0, pain = 10, painSite = "Lower back", note }, Cancel);

        hardest.StatusCode.ShouldBe(HttpStatusCode.OK);
        hardest.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var checkIn = await hardest.JsonAsync();
        checkIn.GetProperty("sessionRpe").GetDouble().ShouldBe(10);
        checkIn.GetProperty("pain").GetInt32().ShouldBe(10);
        checkIn.GetProperty("painSite").GetString().ShouldBe("lower-back");
        checkIn.GetProperty("note").GetString().ShouldBe(note);
        checkIn.GetProperty("checkedInAt").GetDateTime().ShouldBe(Evening.UtcDateTime);

        var read = await ann.GetAsync(session, Cancel);
        read.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var stored = await read.JsonAsync();
        (stored.GetProperty("sessionRpe").GetDouble(), stored.GetProperty("pain").GetInt32(), stored.GetProperty("painSite").GetString(), stored.GetProperty("notes").GetString())
            .ShouldBe((10, 10, "lower-back", note));
        stored.GetProperty("checkedInAt").GetDateTime().ShouldBe(Evening.UtcDateTime);
        var listed = (await (await ann.GetAsync("/api/v1/sessions", Cancel)).JsonAsync()).GetProperty("items")[0];
        (listed.GetProperty("pain").GetInt32(), listed.GetProperty("painSite").GetString()).ShouldBe((10, "lower-back"));

        // The other end: the easiest session, no pain. A check-in is replaced as a whole: what is left out is cleared.
        var easiest = await (await ann.PutAsJsonAsync($"{session}/check-in", new { sessionRpe = 1.0, pain = 0 }, Cancel)).JsonAsync();

        easiest.GetProperty("sessionRpe").GetDouble().ShouldBe(1);
        easiest.GetProperty("pain").GetInt32().ShouldBe(0);
        easiest.GetProperty("painSite").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        easiest.GetProperty("note").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var empty = await (await ann.PutAsJsonAsync($"{session}/check-in", new { }, Cancel)).JsonAsync();
        (empty.GetProperty("sessionRpe").ValueKind, empty.GetProperty("pain").ValueKind).ShouldBe((System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null));
        (await (await ann.GetAsync(session, Cancel)).JsonAsync()).GetProperty("sets").GetArrayLength().ShouldBe(5, "a check-in leaves the sets alone");
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"sessionRpe":0.5}""", "sessionRpe" },
        { """{"sessionRpe":10.5}""", "sessionRpe" },
        { """{"sessionRpe":7.25}""", "sessionRpe" },
        { """{"pain":-1}""", "pain" },
        { """{"pain":11}""", "pain" },
        { """{"pain":3,"painSite":"elbow"}""", "painSite" },
        { """{"pain":0,"painSite":"knee"}""", "painSite" },
        { """{"painSite":"knee"}""", "painSite" },
        { """{"note":"NOTE"}""".Replace("NOTE", new string('n', 4001), StringComparison.Ordinal), "note" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task CheckIn_OutOfBounds_Is400NamingTheField_AndChangesNothing(string json, string field)
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await LogAsync(ann);

        var response = await ann.PutAsync($"{session}/check-in", Body(json, "application/json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The check-in is not valid");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field]);
        var stored = await ann.GetAsync(session, Cancel);
        stored.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (await stored.JsonAsync()).GetProperty("checkedInAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CheckIn_AnotherAthletesSession_OrNone_Is404(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var annsSession = await LogAsync(ann);

        (await bob.PutAsJsonAsync($"{annsSession}/check-in", new { pain = 2 }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PutAsJsonAsync($"{annsSession}/check-in", new { pain = 99 }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another's session is not there, whatever is sent");
        (await ann.PutAsJsonAsync("/api/v1/sessions/999999/check-in", new { pain = 2 }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var stored = await ann.GetAsync(annsSession, Cancel);
        stored.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (await stored.JsonAsync()).GetProperty("pain").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CheckIn_WithIfMatch_IsMadeOnlyOnTheVersionRead_AndMovesTheSessionOn(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await LogAsync(ann);

        var first = await PutAsync(ann, $"{session}/check-in", new { pain = 2 }, "\"1\"");
        var stale = await PutAsync(ann, $"{session}/check-in", new { pain = 5 }, "\"1\"");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe("\"2\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await ann.GetAsync(session, Cancel)).Headers.ETag!.Tag.ShouldBe("\"2\"");
        (await (await ann.GetAsync(session, Cancel)).JsonAsync()).GetProperty("pain").GetInt32().ShouldBe(2);

        // The session editor that read version 1 is overtaken by the check-in too.
        (await PutAsync(ann, session, SessionsApiTests.Squats(), "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await PutAsync(ann, $"{session}/check-in", new { pain = 5 }, "\"2\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CheckIn_RecomputesTheAuditSnapshotOfTheSessionsWeek()
    {
        var time = new FakeTimeProvider(Evening);
        await using var factory = WebFactory.With(time: time);
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await LogAsync(ann);
        (await SnapshotTimeAsync(factory)).ShouldBe(Evening.UtcDateTime);

        // Less than the access token's hour.
        time.Advance(TimeSpan.FromMinutes(30));
        (await ann.PutAsJsonAsync($"{session}/check-in", new { sessionRpe = 9.5 }, Cancel)).EnsureSuccessStatusCode();

        (await SnapshotTimeAsync(factory)).ShouldBe(Evening.UtcDateTime.AddMinutes(30));
    }

    /// <summary>Logs <see cref="SessionsApiTests.Squats"/> and returns the session's address.</summary>
    internal static async Task<string> LogAsync(HttpClient client, string date = "2025-03-04")
    {
        var created = await client.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(date), Cancel);
        created.EnsureSuccessStatusCode();
        return created.Headers.Location!.ToString();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<DateTime> SnapshotTimeAsync(WebFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        return await db.AuditSnapshots.Where(s => s.WeekStart == new DateOnly(2025, 3, 3)).Select(s => s.ComputedAt).SingleAsync(Cancel);
    }
}
