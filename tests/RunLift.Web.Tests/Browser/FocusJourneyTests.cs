using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// Keyboard focus is visible on the primary buttons and links (WCAG 2.4.7): the sign-in, register, change-password and
/// delete-account buttons, a primary MudBlazor button, the logo link and the active menu item each draw a ring of at
/// least 3 px when focused from the keyboard. With RUNLIFT_UPDATE_SCREENSHOTS=1 each is photographed with its ring
/// (docs/screenshots/focus-*.png).
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class FocusJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task PrimaryButtonsAndLinks_ShowTheirFocus()
    {
        await using var session = await browser.OpenAsync("/");
        var page = session.Page;
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Check my training" }).Last, "focus-primary-button.png");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Banner).Locator("a[href='/']"), "focus-logo.png");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).Locator("a.active"), "focus-menu-item.png");

        await page.GotoAsync("/account/login");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "focus-sign-in.png");
        await page.GotoAsync("/account/register");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }), "focus-register.png");

        await session.RegisterAsync("Fay Focus");
        await page.GotoAsync("/settings");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Change password" }), "focus-change-password.png");
        await ShowsFocusAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all its data" }), "focus-delete-account.png");
    }

    /// <summary>
    /// Tabs to <paramref name="target"/> as a keyboard user does (from the element before it) and checks that it shows
    /// a focus ring: :focus-visible, and a solid outline at least 3 px wide. Photographs it, with room for the ring.
    /// </summary>
    private static async Task ShowsFocusAsync(BrowserSession session, ILocator target, string screenshot)
    {
        await target.EvaluateAsync("""
            element => {
                const before = document.createElement('span');
                before.tabIndex = -1;
                before.id = 'focus-start';
                element.before(before);
                before.focus();
            }
            """);
        await session.Page.Keyboard.PressAsync("Tab");
        await session.Page.EvaluateAsync("() => document.getElementById('focus-start')?.remove()");
        await Assertions.Expect(target).ToBeFocusedAsync();
        var ring = await target.EvaluateAsync<string>("""
            element => {
                const style = getComputedStyle(element);
                return element.matches(':focus-visible') + ' ' + style.outlineStyle + ' ' + parseFloat(style.outlineWidth);
            }
            """);
        var parts = ring.Split(' ');
        parts[0].ShouldBe("true", $"{screenshot}: focus-visible");
        parts[1].ShouldBe("solid", $"{screenshot}: the outline's style");
        double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(3, $"{screenshot}: the outline's width");

        var box = (await target.BoundingBoxAsync())!;
        const float Room = 16;
        await session.ScreenshotAsync(screenshot, new Clip
        {
            X = Math.Max(0, box.X - Room),
            Y = Math.Max(0, box.Y - Room),
            Width = box.Width + 2 * Room,
            Height = box.Height + 2 * Room,
        });
    }
}
