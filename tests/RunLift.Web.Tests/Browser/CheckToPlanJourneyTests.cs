using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A new runner checks their routine, asks for a plan, signs up on the way, and lands on the plan's steps with the
/// routine's running week and maxes filled in.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class CheckToPlanJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task MakeMeAPlan_AfterACheck_SignsUpAndCarriesTheRunningWeekAndMaxes(int width, int height)
    {
        await using var session = await browser.OpenAsync("/check", width, height);
        var page = session.Page;
        await CheckPageJourneyTests.LoadExampleAndCheckAsync(page, "good-runner.yaml");

        var offer = page.GetByTestId("make-me-a-plan");
        await Assertions.Expect(offer).ToContainTextAsync("Running week: Mon easy, 45 min; Tue intervals, 60 min, am;");
        await Assertions.Expect(offer).ToContainTextAsync("Max: Back Squat 110 kg.");
        await page.GetByTestId("make-me-a-plan-button").ClickAsync();

        await page.WaitForURLAsync(new Regex("/account/register\\?returnUrl="));
        await page.Locator("#display-name").FillAsync("Nia New");
        await page.Locator("#email").FillAsync($"nia.{Guid.NewGuid():N}@example.com");
        await page.Locator("#password").FillAsync(Accounts.Password);
        await page.Locator("#confirm-password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/plan\\?from=check$"));
        var note = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "From your check of routine" });
        await Assertions.Expect(note).ToContainTextAsync("Max: Back Squat 110 kg.");
        await Assertions.Expect(page.GetByTestId("run-kind-tuesday")).ToHaveTextAsync("intervals");
        await Assertions.Expect(page.GetByTestId("run-kind-sunday")).ToHaveTextAsync("long");
        session.Errors.ShouldBeEmpty();
    }
}
