using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner has the profile open in two tabs and saves in both: the second save, made over a profile that changed
/// since its tab opened it, is refused with a message and changes nothing, until the saved profile is shown again.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class ProfileConflictJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SavedInAnotherTab_ThenHere_IsRefusedUntilTheSavedProfileIsShown()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var first = session.Page;
        await session.RegisterAsync("Tess Tabs");
        await Assertions.Expect(first).ToHaveURLAsync(new Regex("/profile$"));
        await first.Locator("[data-interactive=true]").WaitForAsync();

        var second = await first.Context.NewPageAsync();
        await second.GotoAsync("/profile");
        await second.Locator("[data-interactive=true]").WaitForAsync();
        await SetBodyweightAsync(second, "70");
        await second.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(second.GetByText("Profile saved.")).ToBeVisibleAsync();

        await SetBodyweightAsync(first, "68");
        await first.GetByTestId("save-profile").ClickAsync();
        var conflict = first.GetByTestId("profile-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("changed in another tab or on another device");
        await Assertions.Expect(first.GetByText("Profile saved.")).ToHaveCountAsync(0);

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Show the saved profile" }).ClickAsync();
        await Assertions.Expect(first.Locator("#bodyweight")).ToHaveValueAsync("70");
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await SetBodyweightAsync(first, "68");
        await first.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(first.GetByText("Profile saved.")).ToBeVisibleAsync();

        await second.ReloadAsync();
        await Assertions.Expect(second.Locator("#bodyweight")).ToHaveValueAsync("68");
        session.Errors.ShouldBeEmpty();
    }

    private static async Task SetBodyweightAsync(IPage page, string kilograms)
    {
        await page.Locator("#bodyweight").FillAsync(kilograms);
        await page.Locator("#bodyweight").PressAsync("Tab");
    }
}
