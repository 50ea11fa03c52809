using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>A runner logs a session set by set, resting with the timer between sets.</summary>
[Collection(nameof(BrowserTests))]
public sealed class LogJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task LogASession_WithTheRestTimer_ThenItIsListed()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        var missing = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status == 404)
            {
                missing.Add(response.Url);
            }
        };
        await session.RegisterAsync("Ann Runner");
        await page.GotoAsync("/log");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        // Registration leads to the profile page, which may not exist yet: only what happens on the log counts.
        var earlier = session.Errors.Count;
        await page.GetByTestId("log-new-session").ClickAsync();

        await page.Locator("#session-date").FillAsync("2025-03-04");
        await page.Locator("#session-name").FillAsync("Strength A");
        await page.Locator("#set-exercise-0").FillAsync("Back Squat");
        await page.Keyboard.PressAsync("Escape");

        // The exercise is committed when its field loses focus; until then a late search result can still replace it.
        await page.Locator("#set-rest-0").FocusAsync();
        await Assertions.Expect(page.Locator("#set-exercise-0")).ToHaveValueAsync("Back Squat");

        // A short rest, entered first so that it is bound before the set is ticked, and the test sees it finish.
        await page.Locator("#set-rest-0").FillAsync("2");
        await page.Locator("#set-reps-0").FillAsync("5");
        await page.Locator("#set-load-0").FillAsync("100");
        await page.Locator("#set-rpe-0").FillAsync("8");
        await Assertions.Expect(page.Locator("#set-rest-0")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("#set-exercise-0")).ToHaveValueAsync("Back Squat");
        await page.Locator("[data-testid=set-done-0] input, input[data-testid=set-done-0]").First.CheckAsync();
        await Assertions.Expect(page.GetByTestId("rest-timer")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("rest-finished")).ToContainTextAsync("Back Squat", new() { Timeout = 15_000 });

        await session.ScreenshotAsync("log-rest-timer.png");
        await page.GetByTestId("rest-dismiss").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rest-timer")).ToBeHiddenAsync();
        await page.GetByTestId("save-session").ClickAsync();
        var row = page.GetByTestId("session-row").Filter(new() { HasText = "Strength A" });
        await Assertions.Expect(row).ToContainTextAsync(new System.Text.RegularExpressions.Regex("1 working set(?!s)"));
        // Dated in March 2025, the session takes the log to its month.
        await page.WaitForURLAsync(url => url.EndsWith("/log?month=2025-03", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("log-month")).ToHaveTextAsync("March 2025");
        await session.ScreenshotAsync("log-desktop.png");
        session.Errors.Skip(earlier).ShouldBeEmpty(string.Join(", ", missing));
    }
}
