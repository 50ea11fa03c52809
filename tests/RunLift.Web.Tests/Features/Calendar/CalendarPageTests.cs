using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Settings;
using static RunLift.Web.Tests.Features.Calendar.WinterBase;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Calendar;

/// <summary>
/// The calendar page, the dashboard's line about the week and the coach's views over HTTP (their first, server-rendered
/// response); the journeys are in Browser/CalendarJourneyTests.
/// </summary>
public sealed class CalendarPageTests
{
    // Wednesday of the plan's first week: Tuesday's session done, Thursday's to come.
    private static readonly DateTimeOffset Wednesday = new(Start.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    [Fact]
    public async Task CalendarPage_Anonymous_RedirectsToSignIn()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/calendar", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheAthlete_SeesTheWeekOnTheDashboard_AndTheMonthOnTheCalendar(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider();
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (ann, plan) = await SaveAsync(factory, clock, "ann@example.com");
        await LogAsync(ann, plan.Week(Start)[0], WorkingSets(plan.Week(Start)[0]));
        clock.SetUtcNow(Wednesday);
        var browser = await factory.CookieHeaderClientAsync("ann@example.com");

        var dashboard = await browser.GetStringAsync("/dashboard", Cancel);
        var calendar = await browser.GetStringAsync("/calendar", Cancel);

        dashboard.ShouldContain("data-testid=\"dashboard-compliance\"");
        PageText.Of(dashboard).ShouldContain("This week: 1 of 2 done · Winter base: 100 % of its planned sets so far");
        dashboard.ShouldContain("href=\"/calendar\"");
        calendar.ShouldContain("<title>Calendar · RunLift</title>");
        calendar.ShouldContain("November 2026");
        calendar.ShouldContain("data-date=\"2026-11-03\" data-status=\"done\"");
        calendar.ShouldContain("data-date=\"2026-11-05\" data-status=\"planned\"");
        calendar.ShouldContain("aria-current=\"date\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheCoach_SeesAnAthletesWeekInTheList_AndTheirCalendarReadOnly_AndNobodyElses(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider();
        await using var factory = await WebFactory.OnAsync(provider, time: clock);
        var (ann, plan) = await SaveAsync(factory, clock, "ann@example.com");
        await LogAsync(ann, plan.Week(Start)[0], WorkingSets(plan.Week(Start)[0]));
        await factory.ConfirmEmailAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        var coach = await factory.RegisterAsync("coach@example.com");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();
        clock.SetUtcNow(Wednesday);
        var browser = await factory.CookieHeaderClientAsync("coach@example.com");

        var list = await browser.GetStringAsync("/coach", Cancel);
        var annPage = await browser.GetStringAsync($"/coach/athletes/{await factory.AccountIdAsync("ann@example.com")}", Cancel);
        var bobPage = await browser.GetStringAsync($"/coach/athletes/{await factory.AccountIdAsync("bob@example.com")}", Cancel);

        PageText.Of(list).ShouldContain("This week: 1 of 2 done · Winter base: 100 % of its planned sets so far");
        annPage.ShouldContain("data-testid=\"athlete-calendar\"");
        annPage.ShouldContain("data-date=\"2026-11-03\" data-status=\"done\"");
        bobPage.ShouldNotContain("calendar-day");
    }
}
