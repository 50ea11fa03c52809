using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Testing;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner imports fifteen months of Hevy workouts (the shared sample export, 335 sessions from July 2024 to
/// September 2025) with one stray 57-second run from 2017 already in their log: the import's result links to the log,
/// which opens on the newest month, pages back, jumps to any month and keeps the month in its address; the progress
/// page's "all" starts where the training is dense, its ticks labelled with month and year.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed partial class HistoryJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 800, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task ImportAHevyExport_TheResultLinksToTheLog_WhichPagesThroughTheWholeHistory(int width, int height, string device)
    {
        var export = SharedFiles.Path("fixtures/csv/sample_hevy.csv");
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Hana Hevy");
        var stray = await page.APIRequest.PostAsync("/api/v1/runs", new() { DataObject = new { date = "2017-06-07", kind = "easy", durationSeconds = 57 } });
        stray.Ok.ShouldBeTrue(await stray.TextAsync());
        await GoToAsync(page, "/log");
        var earlier = session.Errors.Count;

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("import-upload").ClickAsync());
        await chooser.SetFilesAsync(export);
        var counts = page.GetByTestId("import-counts");
        await Assertions.Expect(counts).ToContainTextAsync("To add: 335 sessions, 7,211 sets, 0 runs, from July 2024 to September 2025.", new() { Timeout = 60_000 });
        await page.GetByTestId("import-confirm").ClickAsync();
        await Assertions.Expect(counts).ToContainTextAsync("Added: 335 sessions, 7,211 sets, 0 runs, from July 2024 to September 2025.", new() { Timeout = 60_000 });
        var seeThem = page.GetByTestId("import-see-log");
        await Assertions.Expect(seeThem).ToHaveTextAsync("See them in the log");
        await counts.ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync($"log-imported-{device}.png");

        // The newest month, by the link: the result closes, the month is in the address.
        await seeThem.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/log?month=2025-09", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("import-preview")).ToBeHiddenAsync();
        await ShowsAsync(page, "September 2025", sessions: 10);
        await Assertions.Expect(page.GetByTestId("log-history")).ToHaveTextAsync("Your log: 335 sessions, 1 run in 16 months with training, since June 2017.");

        await page.GetByTestId("log-previous").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("?month=2025-08", StringComparison.Ordinal));
        await ShowsAsync(page, "August 2025", sessions: 15);

        // Any month with training, from the list of months.
        await JumpAsync(page, "July 2024 · 16 sessions");
        await page.WaitForURLAsync(url => url.EndsWith("?month=2024-07", StringComparison.Ordinal));
        await ShowsAsync(page, "July 2024", sessions: 16);
        await NoHorizontalScrollAsync(page);
        await session.ScreenshotAsync($"log-history-{device}.png");

        await page.GetByTestId("log-previous").ClickAsync();
        await ShowsAsync(page, "June 2024", sessions: 0);
        await Assertions.Expect(page.GetByTestId("log-month-empty")).ToHaveTextAsync("Nothing logged in June 2024: pick another month above.");
        await JumpAsync(page, "June 2017 · 1 run");
        await ShowsAsync(page, "June 2017", sessions: 0);
        await Assertions.Expect(page.GetByTestId("run-row")).ToContainTextAsync("easy run · 57 s");
        await Assertions.Expect(page.GetByTestId("log-previous")).ToBeDisabledAsync();

        // The address is the month: opened again (a bookmark, a link), it shows that month.
        await GoToAsync(page, "/log?month=2025-03");
        await ShowsAsync(page, "March 2025", sessions: 30);

        // Progress: "all" starts in July 2024, the 2017 run named and left out; every tick carries its year.
        await GoToAsync(page, "/progress");
        await page.GetByTestId("range-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress-left-out")).ToContainTextAsync(
            "All starts in July 2024, where your training is regular: 1 week with training before it, from June 2017, sits alone");
        var sets = page.GetByTestId("chart-sets");
        await Assertions.Expect(sets.Locator(".mud-chart-legend-item").First).ToBeVisibleAsync();
        var ticks = (await sets.Locator("svg text").AllTextContentsAsync()).Where(t => MonthTick().IsMatch(t)).ToList();
        ticks.Count.ShouldBeGreaterThanOrEqualTo(4);
        ticks.ShouldContain(t => t.EndsWith("2025", StringComparison.Ordinal));
        await NoHorizontalScrollAsync(page);
        await session.ScreenshotAsync($"progress-all-{device}.png");

        await page.GetByTestId("progress-from-first").ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress-left-out")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(sets.Locator(".mud-chart-legend-item").First).ToBeVisibleAsync();
        var wholeTicks = (await sets.Locator("svg text").AllTextContentsAsync()).Where(t => MonthTick().IsMatch(t)).ToList();
        wholeTicks.Select(t => int.Parse(t.AsSpan(t.Length - 4), System.Globalization.CultureInfo.InvariantCulture)).Min().ShouldBeLessThan(2024, string.Join(", ", wholeTicks));
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }

    [GeneratedRegex(@"^[A-Z][a-z]{2} \d{4}$")]
    private static partial Regex MonthTick();

    private static async Task ShowsAsync(IPage page, string month, int sessions)
    {
        await Assertions.Expect(page.GetByTestId("log-month")).ToHaveTextAsync(month);
        await Assertions.Expect(page.GetByTestId("session-row")).ToHaveCountAsync(sessions);
    }

    private static async Task JumpAsync(IPage page, string month)
    {
        await page.GetByTestId("log-jump").ClickAsync();
        var option = page.Locator(".mud-popover-open").GetByText(month, new() { Exact = true });
        await option.ScrollIntoViewIfNeededAsync();
        await option.ClickAsync();
    }

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private static async Task NoHorizontalScrollAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");
}
