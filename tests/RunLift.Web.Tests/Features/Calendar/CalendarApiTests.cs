using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Settings;
using static RunLift.Web.Tests.Features.Calendar.WinterBase;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Calendar;

/// <summary>
/// Planned vs done over HTTP: a plan saved three weeks ago, with a week done, a week partly done and a week missed, as
/// the calendar and the plan's compliance give it; missed sessions moved or dropped; the athlete's today; whose it is.
/// </summary>
public sealed class CalendarApiTests
{
    private static readonly DateOnly Week2 = Start.AddDays(7);
    private static readonly DateOnly Week3 = Start.AddDays(14);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AWeekDone_AWeekPartial_AWeekMissed_GiveTheDaysAndTheCompliance(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider();
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (ann, plan) = await SaveAsync(factory, clock, "ann@example.com");
        var (done, partial, missed) = (plan.Week(Start), plan.Week(Week2), plan.Week(Week3));
        done.Select(s => s.Date.DayOfWeek).ShouldBe([DayOfWeek.Tuesday, DayOfWeek.Thursday]);
        foreach (var session in done)
        {
            await LogAsync(ann, session, WorkingSets(session));
        }

        // 60 % of each session's working sets, rounded up: partial.
        var partly = partial.ToDictionary(s => s.Date, s => (int)Math.Ceiling(WorkingSets(s) * 0.6));
        foreach (var session in partial)
        {
            await LogAsync(ann, session, partly[session.Date]);
        }

        clock.SetUtcNow(new DateTimeOffset(ThreeWeeksLater.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        ann = await factory.SignInAsync("ann@example.com");

        var calendar = await GetOkAsync(ann, $"/api/v1/calendar?from={Day(Start)}&to={Day(Week3.AddDays(6))}");

        calendar.GetProperty("today").GetString().ShouldBe("2026-11-23");
        var days = Days(calendar);
        days.Count.ShouldBe(21);
        // Week 3's Tuesday session, missed, moved to Sunday (Wednesday is 13 h before Thursday's tempo; Friday is 24 h
        // after Thursday's session); then Thursday's, missed, to Friday, 48 h before Sunday. Neither was done there.
        days.Where(d => d.Value.GetProperty("status").GetString() != "rest").Select(d => $"{d.Key} {d.Value.GetProperty("status").GetString()}").ShouldBe([
            "2026-11-03 done", "2026-11-05 done",
            "2026-11-10 partial", "2026-11-12 partial",
            "2026-11-17 moved", "2026-11-19 moved", "2026-11-20 missed", "2026-11-22 missed",
        ]);
        foreach (var session in done)
        {
            var day = days[Day(session.Date)];
            day.GetProperty("compliance").GetDouble().ShouldBe(1);
            var planned = day.GetProperty("planned").EnumerateArray().Single();
            (planned.GetProperty("planId").GetInt64(), planned.GetProperty("name").GetString(), planned.GetProperty("workingSets").GetInt32())
                .ShouldBe((plan.Id, session.Name, WorkingSets(session)));
            var logged = day.GetProperty("logged").EnumerateArray().Single();
            logged.GetProperty("workingSets").GetInt32().ShouldBe(WorkingSets(session));
            logged.GetProperty("countsFor").GetString().ShouldBe(Day(session.Date));
            planned.GetProperty("loggedSessionId").GetInt64().ShouldBe(logged.GetProperty("sessionId").GetInt64());
        }

        foreach (var session in partial)
        {
            days[Day(session.Date)].GetProperty("compliance").GetDouble().ShouldBe(Math.Round((double)partly[session.Date] / WorkingSets(session), 3));
        }

        var tuesday = days["2026-11-17"].GetProperty("planned").EnumerateArray().Single();
        (tuesday.GetProperty("outcome").GetString(), tuesday.GetProperty("movedTo").GetString()).ShouldBe(("moved", "2026-11-22"));
        days["2026-11-17"].GetProperty("compliance").ValueKind.ShouldBe(JsonValueKind.Null);
        var sunday = days["2026-11-22"].GetProperty("planned").EnumerateArray().Single();
        (sunday.GetProperty("outcome").GetString(), sunday.GetProperty("movedFrom").GetString(), sunday.GetProperty("dropped").GetBoolean())
            .ShouldBe(("missed", "2026-11-17", false));
        days["2026-11-22"].GetProperty("compliance").GetDouble().ShouldBe(0);

        // Compliance: matched ÷ planned working sets of the sessions up to today.
        var compliance = await GetOkAsync(ann, $"/api/v1/saved-plans/{plan.Id}/compliance");
        var planned3 = new[] { done, partial, missed }.Select(w => w.Sum(WorkingSets)).ToArray();
        var matched = planned3[0] + partly.Values.Sum();
        compliance.GetProperty("overall").GetDouble().ShouldBe(Math.Round((double)matched / planned3.Sum(), 3));
        var weeks = compliance.GetProperty("weeks").EnumerateArray().ToList();
        weeks.Count.ShouldBe(8);
        weeks.Take(4).Select(w => string.Join(' ', new[] { "weekStart", "planned", "done", "partial", "missed", "compliance" }.Select(p => w.GetProperty(p).GetRawText().Trim('"'))))
            .ShouldBe([
                "2026-11-02 2 2 0 0 1",
                $"2026-11-09 2 0 2 0 {Math.Round((double)partly.Values.Sum() / planned3[1], 3).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                "2026-11-16 2 0 0 2 0",
                "2026-11-23 2 0 0 0 null",
            ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AMissedSession_IsDropped_WhenNoDayOfItsWeekKeeps48HoursFromTheOthers(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider();
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (ann, _) = await SaveAsync(factory, clock, "ann@example.com");

        // Arms on Friday of week 3, in no plan: with Tuesday's session moved to Sunday, Thursday's has nowhere to go.
        var arms = await LogAsync(ann, Week3.AddDays(4), "Arms", new { exercise = "Biceps Curl", kind = "working", reps = 12 });
        clock.SetUtcNow(new DateTimeOffset(ThreeWeeksLater.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        ann = await factory.SignInAsync("ann@example.com");

        var days = Days(await GetOkAsync(ann, $"/api/v1/calendar?from={Day(Week3)}&to={Day(Week3.AddDays(6))}"));

        days.Where(d => d.Value.GetProperty("status").GetString() != "rest").Select(d => $"{d.Key} {d.Value.GetProperty("status").GetString()}")
            .ShouldBe(["2026-11-17 moved", "2026-11-19 missed", "2026-11-20 unplanned", "2026-11-22 missed"]);
        var thursday = days["2026-11-19"].GetProperty("planned").EnumerateArray().Single();
        (thursday.GetProperty("dropped").GetBoolean(), thursday.GetProperty("movedTo").ValueKind).ShouldBe((true, JsonValueKind.Null));
        var friday = days["2026-11-20"].GetProperty("logged").EnumerateArray().Single();
        (friday.GetProperty("sessionId").GetInt64(), friday.GetProperty("countsFor").ValueKind).ShouldBe((arms, JsonValueKind.Null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAthleteInAuckland_At8InTheMorning_SeesTheirLocalDateAsToday(DatabaseProvider provider)
    {
        // 19:00 UTC on Monday 23 November is 08:00 on Tuesday 24 November in Auckland (NZDT, +13).
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 19, 0, 0, TimeSpan.Zero)));
        var aroha = await factory.RegisterAsync("aroha@example.com");
        var profile = JsonSerializer.SerializeToNode(Profiles.ProfileApiTests.Profile)!.AsObject();
        profile["timeZone"] = "Pacific/Auckland";
        (await aroha.PutAsJsonAsync("/api/v1/profile", profile, Cancel)).EnsureSuccessStatusCode();
        await LogAsync(aroha, new DateOnly(2026, 11, 24), "Morning lift", new { exercise = "Back Squat", kind = "working", reps = 5 });

        var calendar = await GetOkAsync(aroha, "/api/v1/calendar");

        calendar.GetProperty("today").GetString().ShouldBe("2026-11-24");
        // Four weeks either side of Auckland's week (Monday 23 November to Sunday 29 November).
        var days = Days(calendar);
        (days.Keys.First(), days.Keys.Last(), days.Count).ShouldBe(("2026-10-26", "2026-12-27", 63));
        days["2026-11-24"].GetProperty("status").GetString().ShouldBe("unplanned");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAthletesCalendar_IsNeverVisible_AndACoachSeesItOnlyWhileAccepted(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider();
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (ann, plan) = await SaveAsync(factory, clock, "ann@example.com");
        await LogAsync(ann, plan.Week(Start)[0], WorkingSets(plan.Week(Start)[0]));
        await factory.ConfirmEmailAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");
        var coach = await factory.RegisterAsync("coach@example.com");
        var annId = await factory.AccountIdAsync("ann@example.com");
        var range = $"from={Day(Start)}&to={Day(Start.AddDays(6))}";

        var bobs = Days(await GetOkAsync(bob, $"/api/v1/calendar?{range}"));
        bobs.Values.ShouldAllBe(d => d.GetProperty("status").GetString() == "rest" && d.GetProperty("planned").GetArrayLength() == 0 && d.GetProperty("logged").GetArrayLength() == 0);
        (await bob.GetAsync($"/api/v1/saved-plans/{plan.Id}/compliance", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.GetAsync($"/api/v1/saved-plans/{plan.Id + 1000}/compliance", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync($"/api/v1/coach/athletes/{annId}/calendar?{range}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Invited but not accepted: still nothing; accepted: Ann's days, as she sees them.
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}/calendar?{range}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var coached = await GetOkAsync(coach, $"/api/v1/coach/athletes/{annId}/calendar?{range}");
        coached.GetRawText().ShouldBe((await GetOkAsync(ann, $"/api/v1/calendar?{range}")).GetRawText());
        Days(coached)["2026-11-03"].GetProperty("status").GetString().ShouldBe("done");
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}/calendar?from=someday", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The coach's list: this week (Monday 2 November, today) and the plan Ann follows.
        var listed = (await GetOkAsync(coach, "/api/v1/coach/athletes")).EnumerateArray().Single().GetProperty("compliance");
        var week = listed.GetProperty("thisWeek");
        (week.GetProperty("weekStart").GetString(), week.GetProperty("planned").GetInt32()).ShouldBe(("2026-11-02", 2));
        (listed.GetProperty("plan").GetProperty("planId").GetInt64(), listed.GetProperty("plan").GetProperty("name").GetString()).ShouldBe((plan.Id, "Winter base"));

        (await ann.DeleteAsync($"/api/v1/coaches/{link}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coach.GetAsync($"/api/v1/coach/athletes/{annId}/calendar?{range}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from", "must be a date YYYY-MM-DD, not '2026-13-01'.")]
    [InlineData("from=yesterday&to=2026-11-30", "from", "must be a date YYYY-MM-DD, not 'yesterday'.")]
    [InlineData("to=20261130", "to", "must be a date YYYY-MM-DD, not '20261130'.")]
    [InlineData("from=2026-11-30&to=2026-11-01", "to", "must be on or after from (2026-11-30), not 2026-11-01.")]
    [InlineData("from=2026-01-01&to=2027-02-05", "to", "at most 400 days from from: 2026-01-01 to 2027-02-05 is 401.")]
    [InlineData("from=1899-12-31&to=1900-01-06", "from", "must be a training day in the years 1900–2200, not 1899-12-31.")]
    public async Task ARangeThatIsNone_Is400_SayingWhereAndWhy(string query, string field, string message)
    {
        await using var factory = WebFactory.With(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        var ann = await factory.RegisterAsync("ann@example.com");

        var response = await ann.GetAsync($"/api/v1/calendar?{query}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(message);
    }

    [Fact]
    public async Task FourHundredDays_AreTheMost_AndOneDayIsARange()
    {
        await using var factory = WebFactory.With(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
        var ann = await factory.RegisterAsync("ann@example.com");

        Days(await GetOkAsync(ann, "/api/v1/calendar?from=2026-01-01&to=2027-02-04")).Count.ShouldBe(400);
        Days(await GetOkAsync(ann, "/api/v1/calendar?from=2026-11-23&to=2026-11-23")).Keys.ShouldBe(["2026-11-23"]);
        // Alone, from keeps the default end: the Sunday four weeks after this week.
        Days(await GetOkAsync(ann, "/api/v1/calendar?from=2026-12-21")).Keys.ShouldBe(["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-27"]);
    }

    [Fact]
    public async Task Anonymous_Is401()
    {
        await using var factory = WebFactory.With();
        var anonymous = factory.CreateClient();

        (await anonymous.GetAsync("/api/v1/calendar", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/saved-plans/1/compliance", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/coach/athletes/someone/calendar", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> GetOkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await response.JsonAsync();
    }

    /// <summary>The calendar's days by date, in order.</summary>
    private static Dictionary<string, JsonElement> Days(JsonElement calendar) =>
        calendar.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d);
}
