using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Web.Tests.Features.Plans;

namespace RunLift.Web.Tests.Browser;

/// <summary>A runner with a log fills the plan's running week and maxes from it, checks them, and plans.</summary>
[Collection(nameof(BrowserTests))]
public sealed class PlanFromLogJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task UseMyLog_FillsTheRunningWeekAndMaxes_ThenPlans()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Lou Logger");
        await ImportAsync(page.APIRequest, "hevy.csv", PlanFromLogTests.Hevy);
        await ImportAsync(page.APIRequest, "fitnotes.csv", PlanFromLogTests.FitNotes);
        await page.GotoAsync("/plan");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var earlier = session.Errors.Count;

        await page.GetByTestId("use-my-log").ClickAsync();

        var note = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "From your log" });
        await Assertions.Expect(note).ToContainTextAsync("Running week: tue: intervals 50min, on 3 of 3 weeks with running.");
        await Assertions.Expect(note).ToContainTextAsync("Max: Back Squat 116.5 kg, from 5 × 100 kg on 2026-11-17.");
        await Assertions.Expect(page.GetByTestId("run-kind-tuesday")).ToHaveTextAsync("intervals");
        await Assertions.Expect(page.Locator("#run-minutes-sunday")).ToHaveValueAsync("110");
        await session.ScreenshotAsync("plan-from-log.png");

        for (var step = 0; step < 4; step++)
        {
            await page.GetByTestId("next").ClickAsync();
        }

        await page.GetByTestId("make-plan").ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("Your new plan", new() { Timeout = 30_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/plan$"));
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }

    private static async Task ImportAsync(IAPIRequestContext api, string name, string csv)
    {
        var response = await api.PostAsync($"/api/v1/imports?fileName={name}", new() { Data = csv, Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" } });
        response.Ok.ShouldBeTrue($"{response.Status} {await response.TextAsync()}");
    }
}
