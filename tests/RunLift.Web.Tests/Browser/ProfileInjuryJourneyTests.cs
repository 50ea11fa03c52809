using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner coming back from a back injury says so with the keyboard alone: the rehab switch, then the injury select
/// (found by its label, its hint read with it); saved, the profile shows both again.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class ProfileInjuryJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RehabAndInjury_ByKeyboard_AreSavedAndShownAgain()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Kim Keys");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();

        var rehab = page.GetByRole(AriaRole.Switch, new() { Name = "Coming back from an injury (start lighter)" });
        var injury = page.GetByLabel("Injury", new() { Exact = true });
        await rehab.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(rehab).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(injury).ToBeFocusedAsync();
        await Assertions.Expect(injury).ToHaveAccessibleDescriptionAsync("With rehab on, the plan protects this site and puts its rehab first");

        // Arrow keys open the list and move through it (None, Achilles, Calf); a letter jumps to the site it starts.
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator(".mud-popover-open").GetByRole(AriaRole.Option)).ToHaveCountAsync(10);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(injury).ToHaveValueAsync("Calf");
        await page.Keyboard.PressAsync("l");
        await Assertions.Expect(injury).ToHaveValueAsync("Lower back");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);

        await page.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(rehab).ToBeCheckedAsync();
        await Assertions.Expect(injury).ToHaveValueAsync("Lower back");
        session.Errors.ShouldBeEmpty();
    }
}
