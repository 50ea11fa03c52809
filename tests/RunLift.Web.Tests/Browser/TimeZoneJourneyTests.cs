using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner in Auckland registers from a browser on Auckland time: the profile shows the browser's zone, a new session
/// in the log is dated Auckland's today (half of their day, UTC's is yesterday), and the zone is changed with the
/// keyboard in the labelled time-zone field.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class TimeZoneJourneyTests(BrowserFixture browser)
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Fact]
    public async Task BrowserInAuckland_SetsTheZone_TheLogsToday_AndTheZoneIsChangedOnTheProfile()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false, timeZone: "Pacific/Auckland");
        var page = session.Page;
        await session.RegisterAsync("Aroha Auckland");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();

        var zone = page.GetByLabel("Time zone", new() { Exact = true });
        await Assertions.Expect(zone).ToHaveValueAsync("Pacific/Auckland");
        await Assertions.Expect(zone).ToHaveAccessibleDescriptionAsync("Your today and your weeks are dates here. Your browser's zone is used until you choose one.");

        await page.GotoAsync("/log");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("log-new-session").ClickAsync();
        var today = AthleteClock.Today(TimeProvider.System, Auckland).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#session-date")).ToHaveValueAsync(today);

        // Moving to Los Angeles: typed words find the zone, the keyboard picks it, and saving keeps it.
        await page.GotoAsync("/profile");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await zone.FocusAsync();
        await zone.FillAsync("los angeles");
        var option = page.Locator(".mud-popover-open").GetByText("America/Los_Angeles", new() { Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(zone).ToHaveValueAsync("America/Los_Angeles");
        await page.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(zone).ToHaveValueAsync("America/Los_Angeles");
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task AZoneThatIsNone_IsAFieldError()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false, timeZone: "America/Los_Angeles");
        var page = session.Page;
        await session.RegisterAsync("Lou Angeles");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        var zone = page.GetByLabel("Time zone", new() { Exact = true });
        await Assertions.Expect(zone).ToHaveValueAsync("America/Los_Angeles");
        await zone.FillAsync("Mars/Base");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByTestId("save-profile").ClickAsync();

        await Assertions.Expect(page.GetByTestId("profile-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("unknown time zone 'Mars/Base'; expected an IANA name such as Pacific/Auckland or America/Los_Angeles")).ToBeVisibleAsync();
    }
}
