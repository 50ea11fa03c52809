using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>On a phone, no field's label is cut short ("Longest session (min…"): every label fits its field.</summary>
[Collection(nameof(BrowserTests))]
public sealed class PhoneLabelsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ProfileAndPlanLimits_OnAPhone_ShowEveryLabelWhole()
    {
        await using var session = await browser.OpenAsync("/account/register", 390, 844, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Pat Phone");

        await page.GotoAsync("/profile");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        (await CutLabelsAsync(page)).ShouldBeEmpty();

        await page.GotoAsync("/plan");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("step-limits").ClickAsync();
        await page.Locator("#plan-weeks").WaitForAsync();
        (await CutLabelsAsync(page)).ShouldBeEmpty();
    }

    // A label is cut when its text is wider than the room it is given (MudBlazor ends it with an ellipsis).
    private static async Task<string[]> CutLabelsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('label')].filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1).map(l => l.textContent.trim())");
}
