using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Formats.Calendar;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Plans;

/// <summary>
/// The private calendar feed over HTTP: made, replaced and revoked by the signed-in athlete, fetched by anyone with its
/// URL and nothing else, on the athlete's clock (Pacific/Auckland), with UIDs that survive regenerating the plan.
/// </summary>
public sealed class CalendarFeedApiTests
{
    private const string Auckland = "Pacific/Auckland";

    // Tuesday 24 November 2026, 12:00 UTC: already Wednesday the 25th, 01:00, in Auckland.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feed_ServesWithoutACookie_InTheAthletesZone_WithEverySessionAndKeyRun(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");
        var planId = await SavePlanAsync(ann, "2026-12-07");

        var created = await ann.PostAsync("/api/v1/calendar-feed", null, Cancel);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var url = (await created.JsonAsync()).GetProperty("url").GetString()!;
        created.Headers.Location!.ToString().ShouldBe(url);
        url.ShouldMatch("^http://localhost/api/v1/calendar-feed/[A-Za-z0-9_-]{43}\\.ics$");

        var response = await Anonymous(factory).GetAsync(url, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/calendar; charset=utf-8");
        response.Headers.CacheControl!.Private.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromMinutes(15));
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var ics = await response.Content.ReadAsStringAsync(Cancel);

        ics.ShouldContain("BEGIN:VTIMEZONE\r\nTZID:Pacific/Auckland\r\n");
        ics.ShouldContain("X-WR-CALNAME:RunLift training\r\n");
        var events = Ical.Net.Calendar.Load(ics)!.Events.ToList();

        // Every session of the plan, by its plan, day and name, at its time on Ann's clock, with its exercises.
        var plan = await (await ann.GetAsync($"/api/v1/saved-plans/{planId}", Cancel)).JsonAsync();
        var sessions = plan.GetProperty("sessions").EnumerateArray().ToList();
        var strength = events.Where(e => e.Categories.Contains(PlanCalendarWriter.StrengthCategory)).ToList();
        strength.Select(e => e.Uid).ShouldBe(sessions.Select(s => SessionUid(planId, s)), ignoreOrder: true);
        var first = strength.Single(e => e.Uid == SessionUid(planId, sessions[0]));
        first.Summary.ShouldBe(sessions[0].GetProperty("name").GetString());
        first.Start!.TzId.ShouldBe(Auckland);
        first.Start.Value.ShouldBe(DateOnly.Parse(sessions[0].GetProperty("date").GetString()!).ToDateTime(TimeOnly.Parse(sessions[0].GetProperty("time").GetString()!)));
        first.Duration!.Value.ToTimeSpanUnspecified().ShouldBe(TimeSpan.FromMinutes(sessions[0].GetProperty("estimatedMinutes").GetInt32()));
        first.Description!.ShouldContain(sessions[0].GetProperty("exercises")[0].GetProperty("name").GetString()!);

        // The key runs: Tuesday's intervals at 06:30 for 70 minutes; Thursday's tempo (no time) takes its day; the
        // Monday easy run is no key run; the race replaces its Sunday's long run.
        var runs = events.Where(e => e.Categories.Contains(PlanCalendarWriter.RunningCategory)).ToList();
        ics.ShouldContain("DTSTART;TZID=Pacific/Auckland:20261208T063000\r\n");
        var intervals = runs.Single(e => e.Uid == $"plan-{planId}-20261208-run-intervals@runlift");
        intervals.Summary.ShouldBe("Intervals 1h10min");
        intervals.Duration!.Value.ToTimeSpanUnspecified().ShouldBe(TimeSpan.FromMinutes(70));
        var tempo = runs.Single(e => e.Uid == $"plan-{planId}-20261210-run-tempo@runlift");
        tempo.Start!.HasTime.ShouldBeFalse();
        runs.ShouldNotContain(e => e.Uid!.Contains("-run-easy", StringComparison.Ordinal));
        var race = runs.Single(e => e.Uid == $"plan-{planId}-20270418-run-race@runlift");
        race.Summary.ShouldBe("Race: Spring Marathon");
        race.Description.ShouldBe("42.195 km, A race");
        race.Start!.HasTime.ShouldBeFalse();
        runs.ShouldNotContain(e => e.Uid == $"plan-{planId}-20270418-run-long@runlift");
        runs.Single(e => e.Uid == $"plan-{planId}-20270411-run-long@runlift").Summary.ShouldBe("Long run 2h");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Uids_StayTheSame_WhenThePlanIsRegenerated_WhileTheEventsFollowThePlan(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");
        var planId = await SavePlanAsync(ann, "2026-12-07");
        var url = await NewFeedAsync(ann);
        var before = await CalendarAsync(factory, url);

        // A stronger squat: the same sessions on the same days, with heavier loads.
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileIn(Auckland, squatKg: 140), Cancel)).EnsureSuccessStatusCode();
        (await ann.PostAsync($"/api/v1/saved-plans/{planId}/regenerate?from=profile", null, Cancel)).EnsureSuccessStatusCode();
        var after = await CalendarAsync(factory, url);

        after.Events.Select(e => e.Uid).ShouldBe(before.Events.Select(e => e.Uid), ignoreOrder: true);
        after.Events.Select(e => e.Uid).ShouldBeUnique();
        var squats = (Ical.Net.Calendar calendar) => calendar.Events.Where(e => e.Description!.Contains("Back Squat", StringComparison.Ordinal))
            .ToDictionary(e => e.Uid!, e => e.Description);
        squats(after).ShouldNotBeEmpty();
        squats(after).ShouldNotBe(squats(before));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feed_GoesEightWeeksBack_FromTheAthletesToday_ToThePlansEnd(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");

        // Twelve weeks from Monday 3 August to Sunday 25 October; Ann's today is Wednesday 25 November in Auckland, so
        // the feed starts on 30 September.
        var planId = await SavePlanAsync(ann, "2026-08-03", weeks: 12);
        var calendar = await CalendarAsync(factory, await NewFeedAsync(ann));

        var days = calendar.Events.Select(e => DateOnly.FromDateTime(e.Start!.Value)).ToList();
        days.ShouldNotBeEmpty();
        days.Min().ShouldBeGreaterThanOrEqualTo(new DateOnly(2026, 9, 30));
        days.Max().ShouldBeLessThanOrEqualTo(new DateOnly(2026, 10, 25));
        var plan = await (await ann.GetAsync($"/api/v1/saved-plans/{planId}", Cancel)).JsonAsync();
        var expected = plan.GetProperty("sessions").EnumerateArray().Where(s => string.CompareOrdinal(s.GetProperty("date").GetString(), "2026-09-30") >= 0);
        calendar.Events.Count(e => e.Categories.Contains(PlanCalendarWriter.StrengthCategory)).ShouldBe(expected.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewLink_StopsTheOldOne_AndStopSharing_StopsBoth(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");
        await SavePlanAsync(ann, "2026-12-07");
        var anonymous = Anonymous(factory);
        (await ann.GetAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var old = await NewFeedAsync(ann);
        var status = await (await ann.GetAsync("/api/v1/calendar-feed", Cancel)).JsonAsync();
        status.GetProperty("createdAt").GetDateTime().ShouldBe(Now.UtcDateTime);
        status.TryGetProperty("url", out _).ShouldBeFalse();
        var rotated = await NewFeedAsync(ann);

        rotated.ShouldNotBe(old);
        (await anonymous.GetAsync(old, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(rotated, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ann.DeleteAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(rotated, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(old, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.DeleteAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.GetAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The feed can be shared again, with yet another link.
        var again = await NewFeedAsync(ann);
        again.ShouldNotBe(rotated);
        (await anonymous.GetAsync(again, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EachFeed_HoldsOnlyItsOwnAthletesPlans(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");
        var bob = await AthleteAsync(factory, "bob@example.com");
        var annPlan = await SavePlanAsync(ann, "2026-12-07");
        var bobPlan = await SavePlanAsync(bob, "2026-12-14");
        var annFeed = await CalendarAsync(factory, await NewFeedAsync(ann));
        var bobFeed = await CalendarAsync(factory, await NewFeedAsync(bob));

        annFeed.Events.ShouldNotBeEmpty();
        annFeed.Events.ShouldAllBe(e => e.Uid!.StartsWith($"plan-{annPlan}-", StringComparison.Ordinal));
        bobFeed.Events.ShouldNotBeEmpty();
        bobFeed.Events.ShouldAllBe(e => e.Uid!.StartsWith($"plan-{bobPlan}-", StringComparison.Ordinal));

        // Bob's link management is his own: his revoking leaves Ann's feed alone.
        (await bob.DeleteAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ann.GetAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownOrGarbageSecrets_Are404_AndTheManagementNeedsAnAccount(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var ann = await AthleteAsync(factory, "ann@example.com");
        await SavePlanAsync(ann, "2026-12-07");
        var real = new Uri(await NewFeedAsync(ann)).AbsolutePath;
        var anonymous = Anonymous(factory);

        string[] secrets =
        [
            new('A', 43), real[^47..^4].ToUpperInvariant(), real[^47..^5], real[^47..^4] + "A", new('x', 5000),
            "%01%02", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%8F%83" + new string('a', 39), "a.b", "' OR 1=1 --",
        ];
        foreach (var secret in secrets)
        {
            var response = await anonymous.GetAsync($"/api/v1/calendar-feed/{secret}.ics", Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, secret);
        }

        (await anonymous.GetAsync(real + "x", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(real, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsync("/api/v1/calendar-feed", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feed_OfAnAthleteWithoutAZone_IsInUtc_AndWithoutPlans_IsAnEmptyCalendar(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        var cal = await factory.RegisterAsync("cal@example.com");
        var empty = await CalendarAsync(factory, await NewFeedAsync(cal));
        empty.Events.ShouldBeEmpty();

        (await cal.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        await SavePlanAsync(cal, "2026-12-07");
        var ics = await (await Anonymous(factory).GetAsync(await NewFeedAsync(cal), Cancel)).Content.ReadAsStringAsync(Cancel);

        ics.ShouldContain("DTSTART:20261208T063000Z\r\n");
        ics.ShouldNotContain("VTIMEZONE");
    }

    [Fact]
    public async Task Feed_CountsAgainstTheAnonymousRateLimit_OfItsClient()
    {
        // Registering and signing in are two anonymous requests of this client; the feed's fetches are the rest.
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "4",
            ["RateLimiting:Anonymous:WindowSeconds"] = "3600",
        }, new FakeTimeProvider(Now));
        var ann = await factory.RegisterAsync("ann@example.com");
        var url = await NewFeedAsync(ann);
        var anonymous = Anonymous(factory);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await anonymous.GetAsync(url, Cancel)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await ann.GetAsync("/api/v1/calendar-feed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>An athlete with the profile of the profile tests (a running week with key runs), in Auckland, with an A race.</summary>
    private static async Task<HttpClient> AthleteAsync(WebFactory factory, string email)
    {
        var client = await factory.RegisterAsync(email);
        (await client.PutAsJsonAsync("/api/v1/profile", ProfileIn(Auckland), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/races", new { date = "2027-04-18", name = "Spring Marathon", distanceMeters = 42195.0, priority = "A" }, Cancel)).EnsureSuccessStatusCode();
        return client;
    }

    private static JsonObject ProfileIn(string zone, double? squatKg = null)
    {
        var profile = JsonSerializer.SerializeToNode(ProfileApiTests.Profile)!.AsObject();
        profile["timeZone"] = zone;
        if (squatKg is { } kg)
        {
            profile["maxes"]![0]!["oneRepMaxKg"] = kg;
        }

        return profile;
    }

    private static async Task<long> SavePlanAsync(HttpClient client, string start, int? weeks = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/saved-plans", new { start, weeks }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    private static async Task<string> NewFeedAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/v1/calendar-feed", null, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.JsonAsync()).GetProperty("url").GetString()!;
    }

    private static async Task<Ical.Net.Calendar> CalendarAsync(WebFactory factory, string url)
    {
        var response = await Anonymous(factory).GetAsync(url, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Cancel))!;
    }

    /// <summary>A client with no cookie and no token, as a calendar app is.</summary>
    private static HttpClient Anonymous(WebFactory factory) => factory.CreateClient(new() { HandleCookies = false });

    private static string SessionUid(long planId, JsonElement session) =>
        $"plan-{planId}-{session.GetProperty("date").GetString()!.Replace("-", "", StringComparison.Ordinal)}-{PlanCalendarWriter.Slug(session.GetProperty("name").GetString()!)}@runlift";
}
