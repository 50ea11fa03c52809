using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class LogPageTests
{
    [Fact]
    public async Task LogPage_Anonymous_RedirectsToSignIn()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/log", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LogPage_ShowsTheNewestMonth_AndAnyMonthItsAddressNames_WithTheMonthsToJumpTo(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero)));
        var api = await factory.RegisterAsync("ann@example.com");
        foreach (var day in new[] { "2017-06-04", "2023-04-03", "2023-04-27" })
        {
            (await api.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats(day), Cancel)).EnsureSuccessStatusCode();
        }

        var single = new { date = "2025-11-03", name = "Just one", sets = new object[] { new { exercise = "Back Squat", reps = 5, loadKg = 100.0 } } };
        (await api.PostAsJsonAsync("/api/v1/sessions", single, Cancel)).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/runs", new { date = "2023-04-15", kind = "tempo", durationSeconds = 2400 }, Cancel)).EnsureSuccessStatusCode();
        var browser = await factory.CookieHeaderClientAsync("ann@example.com");

        var newest = await browser.GetStringAsync("/log", Cancel);
        var april = await browser.GetStringAsync("/log?month=2023-04", Cancel);
        var empty = await browser.GetStringAsync("/log?month=2020-02", Cancel);

        PageText.Of(newest).ShouldContain("November 2025");
        PageText.Of(newest).ShouldContain("Just one · 1 working set");
        PageText.Of(newest).ShouldContain("Your log: 4 sessions, 1 run in 3 months with training, since June 2017.");
        newest.ShouldContain("href=\"/log?month=2025-10\"");
        newest.ShouldContain("href=\"/log?month=2025-12\"");
        PageText.Of(april).ShouldContain("April 2023");
        PageText.Of(april).ShouldContain("Thu 27 Apr · Strength A · 4 working sets");
        PageText.Of(april).ShouldContain("Mon 3 Apr · Strength A");
        PageText.Of(april).ShouldContain("tempo run · 40 min");
        april.ShouldNotContain("Just one");
        april.ShouldContain("href=\"/log?month=2023-03\"");
        PageText.Of(empty).ShouldContain("Nothing logged in February 2020: pick another month above.");
    }

    [Theory]
    [InlineData("2023-13", "must be a month YYYY-MM, such as 2023-04, not '2023-13'.")]
    [InlineData("april", "must be a month YYYY-MM, such as 2023-04, not 'april'.")]
    [InlineData("1066-10", "must be a month of the years 1900–2200, not 1066-10.")]
    public async Task LogPage_ABadMonthInTheAddress_SaysWhy_AndShowsTheNewestMonth(string month, string why)
    {
        await using var factory = WebFactory.With();
        var api = await factory.RegisterAsync("ann@example.com");
        (await api.PostAsJsonAsync("/api/v1/sessions", SessionsApiTests.Squats("2025-03-04"), Cancel)).EnsureSuccessStatusCode();
        var browser = await factory.CookieHeaderClientAsync("ann@example.com");

        var response = await browser.GetAsync("/log?month=" + Uri.EscapeDataString(month), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PageText.Of(await response.Content.ReadAsStringAsync(Cancel));
        text.ShouldContain($"The address asks for the month “{month}”, which {why} The log shows your newest month instead.");
        text.ShouldContain("March 2025");
    }

    [Fact]
    public void RestCountdown_CountsOnTheClock_PausesAndFinishes()
    {
        var time = new FakeTimeProvider();
        var rest = new RestCountdown(time);
        rest.Start(TimeSpan.FromMinutes(3), "Back Squat");

        time.Advance(TimeSpan.FromSeconds(60));
        rest.Remaining.ShouldBe(TimeSpan.FromSeconds(120));
        rest.Pause();
        time.Advance(TimeSpan.FromMinutes(10));
        rest.Remaining.ShouldBe(TimeSpan.FromSeconds(120));
        rest.IsRunning.ShouldBeFalse();
        rest.Resume();
        time.Advance(TimeSpan.FromSeconds(119));
        rest.IsFinished.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(2));
        rest.IsFinished.ShouldBeTrue();
        rest.Remaining.ShouldBe(TimeSpan.Zero);
        rest.Skip();
        rest.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Back Squat", 180)]
    [InlineData("Romanian Deadlift", 180)]
    [InlineData("Box Jump", 120)]
    [InlineData("Biceps Curl", 60)]
    [InlineData("Something Nobody Has Heard Of", 120)]
    public void DefaultRest_IsFullRecoveryForHeavyLifts(string exercise, int seconds) =>
        RestCountdown.DefaultRest(ExerciseCatalog.Default, exercise).ShouldBe(TimeSpan.FromSeconds(seconds));
}
