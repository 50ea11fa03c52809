using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Time;
using RunLift.Web.Tests.Features.Profiles;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner on a phone gets the calendar link of their saved plan from the plan page, copies it, makes a new one (the
/// old one stops working) and stops sharing; each link is checked as a calendar app would fetch it, with no cookie.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed partial class CalendarFeedJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task GetTheLink_CopyIt_MakeANewOne_ThenStopSharing()
    {
        await using var session = await browser.OpenAsync("/account/register", width: 390, height: 844, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Cal Endar");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        // A profile with a running week and a plan from next Monday, saved as a script would.
        (await page.APIRequest.PutAsync("/api/v1/profile", new() { DataObject = ProfileApiTests.Profile })).Ok.ShouldBeTrue();
        var start = IsoWeek.NextMonday(AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await page.APIRequest.PostAsync("/api/v1/saved-plans", new() { DataObject = new { name = "Spring block", start, weeks = 8 } })).Status.ShouldBe(201);

        await page.GotoAsync("/plan");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var card = page.GetByRole(AriaRole.Region, new() { Name = "Calendar on your phone" });
        await card.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(card.GetByTestId("new-calendar-feed")).ToHaveCountAsync(0);

        await card.GetByRole(AriaRole.Button, new() { Name = "Get my calendar link" }).ClickAsync();

        var field = card.GetByLabel("Your calendar link");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await Assertions.Expect(field).ToHaveValueAsync(FeedUrl());
        var first = await field.InputValueAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("Your calendar link is ready");
        await Assertions.Expect(card.GetByTestId("subscribe-calendar-feed")).ToHaveAttributeAsync("href", "webcal" + first[first.IndexOf(':', StringComparison.Ordinal)..]);
        (await FetchAsync(first)).ShouldBe(HttpStatusCode.OK);

        await card.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("Link copied.");
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).ShouldBe(first);
        await card.ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync("calendar-feed.png");

        // A new link warns first; once made, the old one answers 404.
        await card.GetByRole(AriaRole.Button, new() { Name = "New link" }).ClickAsync();
        await Assertions.Expect(card.GetByTestId("calendar-feed-warning")).ToContainTextAsync("stops working at once");
        await card.GetByRole(AriaRole.Button, new() { Name = "Make a new link" }).ClickAsync();
        await Assertions.Expect(field).ToHaveValueAsync(FeedUrl());
        await Assertions.Expect(field).Not.ToHaveValueAsync(first);
        var second = await field.InputValueAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("the old one no longer works");
        (await FetchAsync(first)).ShouldBe(HttpStatusCode.NotFound);
        (await FetchAsync(second)).ShouldBe(HttpStatusCode.OK);

        // Stop sharing, from the keyboard.
        await card.GetByRole(AriaRole.Button, new() { Name = "Stop sharing" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToContainTextAsync("Stopped sharing");
        await Assertions.Expect(field).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Get my calendar link" })).ToBeVisibleAsync();
        (await FetchAsync(second)).ShouldBe(HttpStatusCode.NotFound);

        // Coming back, the page says nothing is shared; after a new link, that a link is shared but not what it is.
        await card.GetByRole(AriaRole.Button, new() { Name = "Get my calendar link" }).ClickAsync();
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(card.GetByTestId("calendar-feed-since")).ToContainTextAsync("You share a calendar link made on");
        await Assertions.Expect(card.GetByLabel("Your calendar link")).ToHaveCountAsync(0);

        session.Errors.ShouldBeEmpty();
    }

    /// <summary>The feed as a calendar app fetches it: no cookie, no token.</summary>
    private static async Task<HttpStatusCode> FetchAsync(string url)
    {
        using var client = new HttpClient();
        return (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode;
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/api/v1/calendar-feed/[A-Za-z0-9_-]{43}\.ics$")]
    private static partial Regex FeedUrl();
}
