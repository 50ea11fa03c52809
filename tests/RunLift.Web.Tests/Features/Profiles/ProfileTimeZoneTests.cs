using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Time;
using RunLift.Web.Tests.Features.Log;
using RunLift.Web.Tests.Features.Progress;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Profiles;

/// <summary>
/// The athlete's time zone over HTTP: the profile API's <c>timeZone</c>, the browser's zone kept at sign-in, and the
/// dashboard's week, plan starts, calendars, audits and the coach's view on the athlete's clock, for an athlete in
/// Pacific/Auckland and one in America/Los_Angeles around local midnight and their daylight-saving changes.
/// </summary>
public sealed class ProfileTimeZoneTests
{
    private const string Auckland = "Pacific/Auckland";
    private const string LosAngeles = "America/Los_Angeles";

    private static async Task<HttpClient> AthleteInAsync(WebFactory factory, string email, string zone)
    {
        var client = await factory.RegisterAsync(email);
        (await client.PutAsJsonAsync("/api/v1/profile", new { timeZone = zone }, Cancel)).EnsureSuccessStatusCode();
        return client;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TimeZone_IsSavedAndReturned_KeptByAPutWithoutIt_AndAnUnknownOneIsA400NamingTheField(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("timeZone").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var put = await ann.PutAsJsonAsync("/api/v1/profile", new { timeZone = "pacific/auckland" }, Cancel);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync(Cancel));
        (await put.JsonAsync()).GetProperty("timeZone").GetString().ShouldBe(Auckland);

        // A client that does not know the field cannot lose the zone.
        (await ann.PutAsJsonAsync("/api/v1/profile", new { experience = "advanced" }, Cancel)).EnsureSuccessStatusCode();
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("timeZone").GetString().ShouldBe(Auckland);

        foreach (var wrong in new[] { "NZST", "+13:00", "Pacific Standard Time", "Mars/Olympus_Mons", "../../etc/passwd" })
        {
            var refused = await ann.PutAsJsonAsync("/api/v1/profile", new { timeZone = wrong }, Cancel);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await refused.JsonAsync();
            problem.GetProperty("errors").GetProperty("timeZone")[0].GetString()
                .ShouldBe($"unknown time zone '{wrong}'; expected an IANA name such as Pacific/Auckland or America/Los_Angeles");
        }

        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("timeZone").GetString().ShouldBe(Auckland);
    }

    [Fact]
    public async Task SignInForm_KeepsTheBrowsersZone_OnlyWhileTheProfileHasNone()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");

        await SignInOnThePageAsync(factory, "ann@example.com", LosAngeles);
        var ann = await factory.SignInAsync("ann@example.com");
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("timeZone").GetString().ShouldBe(LosAngeles);

        // Signing in from Auckland later does not move the athlete's zone: they change it on the profile page.
        await SignInOnThePageAsync(factory, "ann@example.com", Auckland);
        (await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync()).GetProperty("timeZone").GetString().ShouldBe(LosAngeles);
    }

    [Fact]
    public async Task RegisterForm_KeepsTheBrowsersZone_AndTheSignInPagesCarryTheField()
    {
        await using var factory = WebFactory.With();
        var browser = factory.CreateClient();

        (await browser.GetStringAsync("/account/login", Cancel)).ShouldContain("name=\"browserTimeZone\" data-browser-time-zone");
        (await browser.GetStringAsync("/account/register", Cancel)).ShouldContain("name=\"browserTimeZone\" data-browser-time-zone");
        var registered = await browser.PostFormAsync("/account/register", "/account/register",
        [
            new("_handler", "register"), new("Input.DisplayName", "Ann"), new("Input.Email", "ann@example.com"),
            new("Input.Password", Tests.Accounts.Password), new("Input.ConfirmPassword", Tests.Accounts.Password), new("browserTimeZone", Auckland),
        ]);
        registered.IsSuccessStatusCode.ShouldBeTrue();

        var ann = await factory.SignInAsync("ann@example.com");
        var profile = await (await ann.GetAsync("/api/v1/profile", Cancel)).JsonAsync();
        profile.GetProperty("timeZone").GetString().ShouldBe(Auckland);
        profile.GetProperty("experience").GetString().ShouldBe("novice"); // the defaults, as before any save
    }

    [Fact]
    public async Task SignInForm_WithAZoneThatIsNone_KeepsNothing()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");

        await SignInOnThePageAsync(factory, "ann@example.com", "Mars/Olympus_Mons");

        var ann = await factory.SignInAsync("ann@example.com");
        (await ann.GetAsync("/api/v1/profile", Cancel)).Headers.ETag!.Tag.ShouldBe("\"0\""); // still no profile
    }

    [Theory]
    // In order: the clock only goes forward. Auckland's clocks go back at 03:00 on Sunday 5 April (NZDT → NZST, +12).
    [InlineData(Auckland, "2026-04-05T11:59:00Z", "2026-04-05", "2026-03-30")]
    [InlineData(Auckland, "2026-04-05T12:00:00Z", "2026-04-06", "2026-04-06")]
    // Forward at 02:00 on Sunday 27 September (+13): Monday starts at 11:00 UTC.
    [InlineData(Auckland, "2026-09-27T10:59:00Z", "2026-09-27", "2026-09-21")]
    [InlineData(Auckland, "2026-09-27T11:00:00Z", "2026-09-28", "2026-09-28")]
    // New Year: 2027 in Auckland, still 2026 in UTC, and in ISO week 2026-W53.
    [InlineData(Auckland, "2026-12-31T11:00:00Z", "2027-01-01", "2026-12-28")]
    // Los Angeles: forward on Sunday 8 March (PDT, −7), back on Sunday 1 November (PST, −8).
    [InlineData(LosAngeles, "2026-03-09T06:59:00Z", "2026-03-08", "2026-03-02")]
    [InlineData(LosAngeles, "2026-03-09T07:00:00Z", "2026-03-09", "2026-03-09")]
    [InlineData(LosAngeles, "2026-11-02T07:59:00Z", "2026-11-01", "2026-10-26")]
    [InlineData(LosAngeles, "2026-11-02T08:00:00Z", "2026-11-02", "2026-11-02")]
    public async Task Dashboard_ThisWeek_IsTheAthletes(string zone, string now, string today, string weekStart)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now));
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Sqlite, time: time);
        var athlete = await AthleteInAsync(factory, "ann@example.com", zone);
        (await athlete.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(today), Cancel)).EnsureSuccessStatusCode();

        var json = await (await athlete.GetAsync("/api/v1/dashboard", Cancel)).JsonAsync();

        json.GetProperty("today").GetString().ShouldBe(today);
        json.GetProperty("weekStart").GetString().ShouldBe(weekStart);
        json.GetProperty("loggedSessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ShouldBe([today]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditSnapshots_TodaysSessionInAuckland_IsNoFutureRecord(DatabaseProvider provider)
    {
        // 00:30 on Thursday 3 December in Auckland; 11:30 on Wednesday the 2nd in UTC.
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 11, 30, 0, TimeSpan.Zero)));
        var auckland = await AthleteInAsync(factory, "ann@example.com", Auckland);
        var utc = await factory.RegisterAsync("bob@example.com");

        (await auckland.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2026-12-03"), Cancel)).EnsureSuccessStatusCode();
        (await utc.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2026-12-03"), Cancel)).EnsureSuccessStatusCode();

        (await RuleIdsAsync(factory, "ann@example.com")).ShouldNotContain("RL003");
        (await RuleIdsAsync(factory, "bob@example.com")).ShouldContain("RL003");
    }

    [Theory]
    // Sunday 6 December 23:30 in Los Angeles, Monday the 7th in UTC: the athlete's next Monday is the 7th.
    [InlineData(LosAngeles, "2026-12-07T07:30:00Z", "2026-12-07")]
    // Monday 7 December 00:30 in Auckland, Sunday the 6th in UTC: their next Monday is the 14th.
    [InlineData(Auckland, "2026-12-06T11:30:00Z", "2026-12-14")]
    public async Task SavedPlan_StartsOnTheAthletesNextMonday_AndItsCalendarNamesTheirZone(string zone, string now, string start)
    {
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Sqlite, time: new FakeTimeProvider(DateTimeOffset.Parse(now)));
        var athlete = await AthleteInAsync(factory, "ann@example.com", zone);

        var created = await athlete.PostAsJsonAsync("/api/v1/saved-plans", new { weeks = 4 }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();

        var plan = await (await athlete.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).JsonAsync();
        plan.GetProperty("weeks")[0].GetProperty("start").GetString().ShouldBe(start);
        plan.GetProperty("athlete").GetProperty("timezone").GetString().ShouldBe(zone);
        var ics = await (await athlete.GetAsync($"/api/v1/saved-plans/{id}?format=ics", Cancel)).Content.ReadAsStringAsync(Cancel);
        ShouldTimeEverySessionIn(ics, zone);
    }

    [Fact]
    public async Task PlansApi_Ics_ForASignedInAthlete_IsInTheirZone_AcrossTheSpringChange()
    {
        // Wednesday 25 February in Los Angeles: the plan starts on Monday 2 March and runs past the change of 8 March.
        await using var factory = await WebFactory.OnAsync(DatabaseProvider.Sqlite, time: new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 20, 0, 0, TimeSpan.Zero)));
        var athlete = await AthleteInAsync(factory, "ann@example.com", LosAngeles);
        const string Request = "running:\n  tue: intervals 60min am\n  sun: long 2h\nplan:\n  weeks: 3\n";

        var signedIn = await (await athlete.PostAsync("/api/v1/plans?format=ics", Body(Request, "application/yaml"), Cancel)).Content.ReadAsStringAsync(Cancel);
        var anonymous = await (await factory.CreateClient().PostAsync("/api/v1/plans?format=ics", Body(Request, "application/yaml"), Cancel)).Content.ReadAsStringAsync(Cancel);
        var named = await (await factory.CreateClient().PostAsync("/api/v1/plans?format=ics", Body("athlete:\n  timezone: Pacific/Auckland\n" + Request, "application/yaml"), Cancel)).Content.ReadAsStringAsync(Cancel);

        var starts = ShouldTimeEverySessionIn(signedIn, LosAngeles);
        starts.ShouldContain(d => d < new DateOnly(2026, 3, 8));
        starts.ShouldContain(d => d > new DateOnly(2026, 3, 8));
        anonymous.ShouldNotContain("TZID"); // nobody's zone is known: floating, as before
        ShouldTimeEverySessionIn(named, Auckland);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CoachView_ShowsTheAthletesZone(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterConfirmedAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var annId = await factory.AccountIdAsync("ann@example.com");
        var linkId = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{linkId}/accept", null, Cancel)).EnsureSuccessStatusCode();
        (await ann.PutAsJsonAsync("/api/v1/profile", new { timeZone = Auckland }, Cancel)).EnsureSuccessStatusCode();

        var detail = await (await coach.GetAsync($"/api/v1/coach/athletes/{annId}", Cancel)).JsonAsync();

        detail.GetProperty("profile").GetProperty("timeZone").GetString().ShouldBe(Auckland);
    }

    private static List<DateOnly> ShouldTimeEverySessionIn(string ics, string zone)
    {
        ics.ShouldContain($"BEGIN:VTIMEZONE\r\nTZID:{zone}\r\n");
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var events = Ical.Net.Calendar.Load(ics)!.Events.ToList();
        events.ShouldNotBeEmpty();
        foreach (var start in events.Select(e => e.Start!))
        {
            start.TzId.ShouldBe(zone);
            start.AsUtc.ShouldBe(AthleteClock.Instant(DateOnly.FromDateTime(start.Value), TimeOnly.FromDateTime(start.Value), tz).UtcDateTime);
        }

        return [.. events.Select(e => DateOnly.FromDateTime(e.Start!.Value))];
    }

    private static async Task SignInOnThePageAsync(WebFactory factory, string email, string zone)
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await browser.PostFormAsync("/account/login", "/account/login",
            [new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", Tests.Accounts.Password), new("browserTimeZone", zone)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<List<string>> RuleIdsAsync(WebFactory factory, string email)
    {
        var id = await factory.AccountIdAsync(email);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var snapshots = await db.AuditSnapshots.Where(s => s.AccountId == id).Select(s => s.RuleIds).ToListAsync(Cancel);
        snapshots.ShouldNotBeEmpty();
        return [.. snapshots.SelectMany(r => r.Split(' '))];
    }
}
