using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// The app bar and the menu, on a phone and on a desktop: Register beside Sign in on every screen; an anonymous
/// visitor's menu holds what works without an account and says what an account adds, a signed-in runner's holds every
/// page; the API reference is in the footer, not the menu; and on a freshly loaded page Tab starts in the app bar.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class NavigationJourneyTests(BrowserFixture browser)
{
    private static readonly string[] AccountPages = ["Dashboard", "Calendar", "Log", "Progress", "Plan", "Profile", "Coach", "Settings"];

    [Theory]
    [InlineData(390, 844, "phone")]
    [InlineData(1280, 800, "desktop")]
    public async Task TheMenu_ShowsWhatAnAccountAdds_AndRegisterIsOnEveryScreen(int width, int height, string device)
    {
        await using var session = await browser.OpenAsync("/", width, height);
        var page = session.Page;
        var bar = page.GetByRole(AriaRole.Banner);

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('header')")).ShouldBeTrue("Tab starts in the app bar");

        await Assertions.Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        var register = bar.GetByRole(AriaRole.Link, new() { Name = "Register", Exact = true });
        await Assertions.Expect(register).ToBeVisibleAsync();
        await session.ScreenshotAsync($"app-bar-anonymous-{device}.png");

        var menu = await OpenMenuAsync(page, device);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Check my training" })).ToBeVisibleAsync();
        foreach (var name in AccountPages)
        {
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        }

        var hint = page.GetByTestId("nav-account-hint");
        await Assertions.Expect(hint).ToContainTextAsync("With an account");
        await Assertions.Expect(hint.GetByRole(AriaRole.Link, new() { Name = "create an account" })).ToHaveAttributeAsync("href", "/account/register");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "API reference" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "API reference" })).ToHaveAttributeAsync("href", "/scalar/");

        // The menu's own way in (on a phone the open menu covers the app bar).
        await hint.GetByRole(AriaRole.Link, new() { Name = "create an account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Create an account · RunLift");
        await session.RegisterAsync("Nav Igator");
        await page.GotoAsync("/dashboard");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        menu = await OpenMenuAsync(page, device);
        foreach (var name in AccountPages)
        {
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("nav-account-hint")).ToHaveCountAsync(0);
    }

    /// <summary>The menu: beside the page on a desktop, behind the menu button on a phone.</summary>
    private static async Task<ILocator> OpenMenuAsync(IPage page, string device)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        if (device == "phone")
        {
            await Assertions.Expect(menu).ToBeHiddenAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        }

        await Assertions.Expect(menu).ToBeVisibleAsync();
        return menu;
    }
}
