using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;
using RunLift.Web.Tests.Features.Progress;

namespace RunLift.Web.Tests.Features.Calendar;

/// <summary>Planned vs done over HTTP: a plan started three weeks ago with one week done, one partial and one missed.</summary>
public sealed class CalendarApiTests
{
    private static readonly DateOnly Start = new(2026, 11, 9);
    private static readonly DateOnly Today = Start.AddDays(21); // Monday of the fourth week

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThreeWeeks_DonePartialMissed_GiveTheirStatusesAndCompliance(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Start.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var saved = await ann.PostAsJsonAsync("/api/v1/saved-plans", new { start = "2026-11-09", weeks = 8 }, Cancel);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        var planId = (await saved.JsonAsync()).GetProperty("id").GetInt64();
        var sessions = (await (await ann.GetAsync($"/api/v1/saved-plans/{planId}", Cancel)).JsonAsync()).GetProperty("sessions").EnumerateArray().ToList();
        var week1 = sessions.Where(s => Date(s) < Start.AddDays(7)).ToList();
        var week2 = sessions.Where(s => Date(s) >= Start.AddDays(7) && Date(s) < Start.AddDays(14)).ToList();
        week1.Count.ShouldBe(2);
        week2.Count.ShouldBe(2);

        // Week 1 as written (the first session a day late); week 2 with 60 % of every session's working sets; week 3 nothing.
        await LogAsync(ann, week1[0], Date(week1[0]).AddDays(1), share: 1);
        await LogAsync(ann, week1[1], Date(week1[1]), share: 1);
        foreach (var session in week2)
        {
            await LogAsync(ann, session, Date(session), share: 0.6);
        }

        clock.SetUtcNow(new DateTimeOffset(Today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        ann = await factory.SignInAsync("ann@example.com");

        var calendar = await (await ann.GetAsync("/api/v1/calendar?from=2026-11-09&to=2026-12-06", Cancel)).JsonAsync();
        calendar.GetProperty("today").GetString().ShouldBe("2026-11-30");
        var days = calendar.GetProperty("days").EnumerateArray().ToDictionary(d => Date(d));
        days.Count.ShouldBe(28);
        foreach (var session in week1)
        {
            days[Date(session)].GetProperty("status").GetString().ShouldBe("done");
            days[Date(session)].GetProperty("compliance").GetDouble().ShouldBe(1);
        }

        // The session done a day late: its planned day is done, and the day it was logged on shows the same.
        days[Date(week1[0]).AddDays(1)].GetProperty("logged").GetArrayLength().ShouldBe(1);
        days[Date(week1[0]).AddDays(1)].GetProperty("status").GetString().ShouldBe("done");
        foreach (var session in week2)
        {
            days[Date(session)].GetProperty("status").GetString().ShouldBe("partial");
        }

        // Week 3's sessions were missed: each moved to a later day of its week (missed there too), or dropped.
        foreach (var day in days.Values.Where(d => Date(d) >= Start.AddDays(14) && Date(d) < Today))
        {
            foreach (var planned in day.GetProperty("planned").EnumerateArray())
            {
                var outcome = planned.GetProperty("outcome").GetString();
                if (outcome == "moved")
                {
                    day.GetProperty("status").GetString().ShouldBe("moved");
                    var to = DateOnly.Parse(planned.GetProperty("movedTo").GetString()!, CultureInfo.InvariantCulture);
                    to.ShouldBeGreaterThan(Date(day));
                    to.ShouldBeLessThan(Today);
                    days[to].GetProperty("status").GetString().ShouldBe("missed");
                }
                else
                {
                    outcome.ShouldBe("missed");
                    day.GetProperty("status").GetString().ShouldBe("missed");
                }
            }
        }

        days.Values.Where(d => Date(d) >= Today).Select(d => d.GetProperty("status").GetString()).ShouldAllBe(s => s == "planned" || s == "rest");

        var compliance = await (await ann.GetAsync($"/api/v1/saved-plans/{planId}/compliance", Cancel)).JsonAsync();
        var weeks = compliance.GetProperty("weeks").EnumerateArray().ToList();
        Week(weeks[0]).ShouldBe("2026-11-09 2 2 0 0 1");
        weeks[1].GetProperty("partial").GetInt32().ShouldBe(2);
        weeks[1].GetProperty("compliance").GetDouble().ShouldBeInRange(0.5, 0.79);
        weeks[2].GetProperty("missed").GetInt32().ShouldBe(weeks[2].GetProperty("planned").GetInt32());
        weeks[2].GetProperty("compliance").GetDouble().ShouldBe(0);
        weeks[3].GetProperty("done").GetInt32().ShouldBe(0);
        weeks[^1].GetProperty("compliance").ValueKind.ShouldBe(JsonValueKind.Null);
        var overall = compliance.GetProperty("overall").GetDouble();
        overall.ShouldBeGreaterThan(0.3);
        overall.ShouldBeLessThan(0.8);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnAthleteInAuckland_At8InTheMorning_SeesTheirOwnDate(DatabaseProvider provider)
    {
        // 19:00 UTC on 3 December is 08:00 on 4 December in Auckland (NZDT, UTC+13).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var kiri = await factory.RegisterAsync("kiri@example.com");
        var profile = JsonSerializer.SerializeToNode(ProfileApiTests.Profile)!.AsObject();
        profile["timeZone"] = "Pacific/Auckland";
        (await kiri.PutAsJsonAsync("/api/v1/profile", profile, Cancel)).EnsureSuccessStatusCode();

        var calendar = await (await kiri.GetAsync("/api/v1/calendar", Cancel)).JsonAsync();

        calendar.GetProperty("today").GetString().ShouldBe("2026-12-04");
        var days = calendar.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        days[0].ShouldBe("2026-11-02"); // the Monday four weeks before this week's
        days[^1].ShouldBe("2027-01-03");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OthersCalendars_AreNotVisible_AndBadRangesSayWhy(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 9, 8, 0, 0, TimeSpan.Zero)));
        var ann = await factory.RegisterAsync("ann@example.com");
        (await ann.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var planId = (await (await ann.PostAsJsonAsync("/api/v1/saved-plans", new { start = "2026-11-09", weeks = 4 }, Cancel)).JsonAsync()).GetProperty("id").GetInt64();
        var bob = await factory.RegisterAsync("bob@example.com");

        (await bob.GetAsync($"/api/v1/saved-plans/{planId}/compliance", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var bobs = await (await bob.GetAsync("/api/v1/calendar?from=2026-11-09&to=2026-12-06", Cancel)).JsonAsync();
        bobs.GetProperty("days").EnumerateArray().ShouldAllBe(d => d.GetProperty("status").GetString() == "rest");
        var annId = await SeededLog.AccountIdAsync(factory, "ann@example.com");
        (await bob.GetAsync($"/api/v1/coach/athletes/{annId}/calendar", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await ProblemAsync(ann, "/api/v1/calendar?from=2026-12-01&to=2026-11-01", "must not be after");
        await ProblemAsync(ann, "/api/v1/calendar?from=2026-01-01&to=2027-12-31", "at most 400");
        await ProblemAsync(ann, "/api/v1/calendar?from=01/12/2026&to=2026-12-31", "from must be a date as YYYY-MM-DD");
        await ProblemAsync(ann, "/api/v1/calendar?from=2026-12-01", "give both from and to");
        (await ann.GetAsync("/api/v1/calendar?from=2026-11-09&to=2026-11-09", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ProblemAsync(HttpClient client, string path, string says)
    {
        var response = await client.GetAsync(path, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(says);
    }

    /// <summary>Logs <paramref name="share"/> of <paramref name="planned"/>'s working sets of every exercise, on <paramref name="day"/>.</summary>
    private static async Task LogAsync(HttpClient client, JsonElement planned, DateOnly day, double share)
    {
        var sets = new List<object>();
        foreach (var exercise in planned.GetProperty("exercises").EnumerateArray())
        {
            var working = exercise.GetProperty("sets").EnumerateArray().Where(s => !(s.TryGetProperty("warmup", out var w) && w.GetBoolean())).ToList();
            var done = (int)Math.Round(working.Count * share, MidpointRounding.AwayFromZero);
            sets.AddRange(working.Take(done).Select(_ => new { exercise = exercise.GetProperty("name").GetString(), reps = 5, loadKg = 40.0, rpe = 7.0 }));
        }

        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), name = planned.GetProperty("name").GetString(), sets }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
    }

    private static DateOnly Date(JsonElement element) => DateOnly.Parse(element.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);

    private static string Week(JsonElement week) => string.Join(' ',
        week.GetProperty("weekStart").GetString(), week.GetProperty("planned").GetInt32(), week.GetProperty("done").GetInt32(),
        week.GetProperty("partial").GetInt32(), week.GetProperty("missed").GetInt32(), week.GetProperty("compliance").GetDouble());
}
