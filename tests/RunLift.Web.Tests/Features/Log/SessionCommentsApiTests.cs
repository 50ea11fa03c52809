using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Settings;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

/// <summary>A session's thread: the athlete at <c>/api/v1/sessions/{id}/comments</c>, a linked coach at <c>/api/v1/coach/athletes/{athleteId}/sessions/{id}/comments</c>.</summary>
public sealed class SessionCommentsApiTests
{
    private static readonly DateTimeOffset Evening = new(2025, 3, 4, 19, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Thread_TheAthleteAndTheLinkedCoach_WriteAndReadIt_OldestFirst(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(Evening);
        await using var factory = await WebFactory.OnAsync(provider, time: time);
        var (ann, annId, coach) = await CoachedAthleteAsync(factory);
        var session = await CheckInApiTests.LogAsync(ann);
        var id = IdOf(session);
        var coached = $"/api/v1/coach/athletes/{annId}/sessions/{id}/comments";

        var posted = await ann.PostAsJsonAsync($"{session}/comments", new { text = "  Squats felt heavy today.  " }, Cancel);
        time.Advance(TimeSpan.FromMinutes(40));
        var answered = await coach.PostAsJsonAsync(coached, new { text = "Keep the load; sleep more." }, Cancel);
        time.Advance(TimeSpan.FromMinutes(5));
        (await ann.PostAsJsonAsync($"{session}/comments", new { text = "Will do." }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);

        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var first = await posted.JsonAsync();
        posted.Headers.Location!.ToString().ShouldBe($"{session}/comments/{first.GetProperty("id").GetInt64()}");
        first.GetProperty("text").GetString().ShouldBe("Squats felt heavy today.");
        first.GetProperty("author").GetProperty("role").GetString().ShouldBe("athlete");
        first.GetProperty("author").GetProperty("name").GetString().ShouldBe("ann@example.com");
        first.GetProperty("createdAt").GetDateTime().ShouldBe(Evening.UtcDateTime);
        answered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reply = await answered.JsonAsync();
        answered.Headers.Location!.ToString().ShouldBe($"{coached}/{reply.GetProperty("id").GetInt64()}");
        (reply.GetProperty("author").GetProperty("role").GetString(), reply.GetProperty("author").GetProperty("name").GetString()).ShouldBe(("coach", "coach@example.com"));

        var expected = new[] { ("athlete", "Squats felt heavy today."), ("coach", "Keep the load; sleep more."), ("athlete", "Will do.") };
        Thread(await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).ShouldBe(expected);
        Thread(await (await coach.GetAsync(coached, Cancel)).JsonAsync()).ShouldBe(expected);
        var times = (await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).EnumerateArray().Select(c => c.GetProperty("createdAt").GetDateTime()).ToList();
        times.ShouldBe([Evening.UtcDateTime, Evening.UtcDateTime.AddMinutes(40), Evening.UtcDateTime.AddMinutes(45)]);
        (await (await ann.GetAsync(answered.Headers.Location!.ToString().Replace($"/coach/athletes/{annId}", "", StringComparison.Ordinal), Cancel)).JsonAsync())
            .GetProperty("text").GetString().ShouldBe("Keep the load; sleep more.");
        (await (await coach.GetAsync(answered.Headers.Location, Cancel)).JsonAsync()).GetProperty("author").GetProperty("role").GetString().ShouldBe("coach");

        // The coach's drill-down counts the thread, beside the check-in.
        var recent = (await (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).JsonAsync()).GetProperty("recentSessions")[0];
        recent.GetProperty("comments").GetInt32().ShouldBe(3);
        recent.GetProperty("note").GetString().ShouldBe("felt good");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Thread_OfAnotherAthletesSession_Is404_ToAnotherAthlete_AndToACoachWithoutAnAcceptedLink(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var (ann, annId, coach) = await CoachedAthleteAsync(factory);
        var bob = await factory.RegisterConfirmedAsync("bob@example.com");
        var bobId = await factory.AccountIdAsync("bob@example.com");
        var stranger = await factory.RegisterAsync("stranger@example.com");
        var annsSession = await CheckInApiTests.LogAsync(ann);
        var bobsSession = await CheckInApiTests.LogAsync(bob);
        (await ann.PostAsJsonAsync($"{annsSession}/comments", new { text = "mine" }, Cancel)).EnsureSuccessStatusCode();

        // Another athlete, at the athlete's path: as if the session did not exist.
        (await bob.GetAsync($"{annsSession}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PostAsJsonAsync($"{annsSession}/comments", new { text = "hi" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.GetAsync("/api/v1/sessions/999999/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A coach: only the athlete who accepted, only that athlete's sessions, only through the coach's path.
        (await coach.GetAsync($"{annsSession}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.GetAsync($"/api/v1/coach/athletes/{bobId}/sessions/{IdOf(bobsSession)}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PostAsJsonAsync($"/api/v1/coach/athletes/{bobId}/sessions/{IdOf(bobsSession)}/comments", new { text = "hi" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}/sessions/{IdOf(bobsSession)}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/coach/athletes/{annId}/sessions/{IdOf(annsSession)}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.GetAsync($"/api/v1/coach/athletes/{annId}/sessions/{IdOf(annsSession)}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an athlete is not her own coach");

        // A pending invitation is not a link: Bob is invited, has not answered.
        (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "bob@example.com" }, Cancel)).EnsureSuccessStatusCode();
        (await coach.GetAsync($"/api/v1/coach/athletes/{bobId}/sessions/{IdOf(bobsSession)}/comments", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Once Ann revokes the coach, the thread is closed to them at once; hers stays as it was.
        var coaching = $"/api/v1/coach/athletes/{annId}/sessions/{IdOf(annsSession)}/comments";
        (await coach.PostAsJsonAsync(coaching, new { text = "Nice work." }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var link = (await (await ann.GetAsync("/api/v1/coaches", Cancel)).JsonAsync()).GetProperty("coaches")[0].GetProperty("linkId").GetInt64();
        (await ann.DeleteAsync($"/api/v1/coaches/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coach.GetAsync(coaching, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PostAsJsonAsync(coaching, new { text = "Still there?" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Thread(await (await ann.GetAsync($"{annsSession}/comments", Cancel)).JsonAsync()).ShouldBe([("athlete", "mine"), ("coach", "Nice work.")]);
        Thread(await (await bob.GetAsync($"{bobsSession}/comments", Cancel)).JsonAsync()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Coach_CommentsButChangesNothingElse_TheCheckInIsTheAthletes(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var (ann, annId, coach) = await CoachedAthleteAsync(factory);
        var session = await CheckInApiTests.LogAsync(ann);

        (await coach.PutAsJsonAsync($"{session}/check-in", new { pain = 1 }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((int)(await coach.PutAsJsonAsync($"/api/v1/coach/athletes/{annId}/sessions/{IdOf(session)}/check-in", new { pain = 1 }, Cancel)).StatusCode).ShouldBeInRange(400, 499, "a coach has no check-in to make");
        (await coach.PutAsJsonAsync(session, SessionsApiTests.Squats(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stored = await ann.GetAsync(session, Cancel);
        stored.Headers.ETag!.Tag.ShouldBe("\"1\"");
        (await stored.JsonAsync()).GetProperty("pain").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"text":""}""")]
    [InlineData("""{"text":"   \n\t  "}""")]
    [InlineData("""{}""")]
    [InlineData("""{"text":null}""")]
    public async Task Comment_Empty_Is400NamingTheText(string json)
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await CheckInApiTests.LogAsync(ann);

        var response = await ann.PostAsync($"{session}/comments", Body(json, "application/json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["text"]);
        Thread(await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Comment_UpTo2000CharactersAfterTrimming_IsKept_OneMoreIs400()
    {
        await using var factory = WebFactory.With();
        var ann = await factory.RegisterAsync("ann@example.com");
        var session = await CheckInApiTests.LogAsync(ann);
        var longest = new string('x', SessionComment.MaxTextLength);

        (await ann.PostAsJsonAsync($"{session}/comments", new { text = $"   {longest}   " }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var tooLong = await ann.PostAsJsonAsync($"{session}/comments", new { text = longest + "y" }, Cancel);

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString()!.ShouldContain("2000");
        Thread(await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).ShouldBe([("athlete", longest)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Thread_HoldsAtMost500Comments_ThenIs400AndAddsNothing(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var (ann, annId, coach) = await CoachedAthleteAsync(factory);
        var session = await CheckInApiTests.LogAsync(ann);
        var id = IdOf(session);
        await FillAsync(factory, annId, id, 499);

        (await ann.PostAsJsonAsync($"{session}/comments", new { text = "the 500th" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var athleteOver = await ann.PostAsJsonAsync($"{session}/comments", new { text = "one too many" }, Cancel);
        var coachOver = await coach.PostAsJsonAsync($"/api/v1/coach/athletes/{annId}/sessions/{id}/comments", new { text = "one too many" }, Cancel);

        athleteOver.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await athleteOver.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("The thread is full");
        problem.GetProperty("detail").GetString()!.ShouldContain("500 comments");
        coachOver.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var thread = (await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).EnumerateArray().ToList();
        thread.Count.ShouldBe(500);
        thread[^1].GetProperty("text").GetString().ShouldBe("the 500th");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Thread_CommentsPostedAtOnce_NeverPassTheLimit(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var annId = await factory.AccountIdAsync("ann@example.com");
        var session = await CheckInApiTests.LogAsync(ann);
        await FillAsync(factory, annId, IdOf(session), 495);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => ann.PostAsJsonAsync($"{session}/comments", new { text = $"at once {i}" }, Cancel)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest).ShouldBe(7);
        (await (await ann.GetAsync($"{session}/comments", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(500);
    }

    /// <summary>Ann (confirmed), whose coach invited her and whom she accepted: her client, her id and the coach's client.</summary>
    internal static async Task<(HttpClient Ann, string AnnId, HttpClient Coach)> CoachedAthleteAsync(WebFactory factory)
    {
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();
        return (ann, await factory.AccountIdAsync("ann@example.com"), coach);
    }

    private static long IdOf(string session) => long.Parse(session[(session.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Role, string Text)> Thread(JsonElement thread) =>
        [.. thread.EnumerateArray().Select(c => (c.GetProperty("author").GetProperty("role").GetString()!, c.GetProperty("text").GetString()!))];

    /// <summary>Writes <paramref name="count"/> comments straight to the database: what the limit counts, not how they came.</summary>
    private static async Task FillAsync(WebFactory factory, string athleteId, long sessionId, int count)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancel);
        db.SessionComments.AddRange(Enumerable.Range(0, count).Select(i => new SessionComment
        {
            SessionId = sessionId,
            AuthorId = athleteId,
            AuthorRole = CommentAuthor.Athlete,
            AuthorName = "ann@example.com",
            Text = $"comment {i}",
            CreatedAt = Evening.UtcDateTime,
        }));
        await db.SaveChangesAsync(Cancel);
    }
}
