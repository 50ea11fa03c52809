using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A new runner checks their routine, asks for a plan, signs up on the way, and lands on the plan's steps with the
/// routine's running week and maxes filled in, and its race a click away on the races step.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class CheckToPlanJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task MakeMeAPlan_AfterACheck_SignsUpAndCarriesTheRunningWeekMaxesAndRace(int width, int height)
    {
        // The example routine, its marathon moved to twenty weeks from now so that it is always ahead.
        var raceDay = AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc).AddDays(140);
        var routine = File.ReadAllText(RunLift.Testing.RepositoryFiles.PathOf("examples/good-runner.yaml"))
            .Replace("date: 2027-04-18", $"date: {raceDay:yyyy-MM-dd}", StringComparison.Ordinal);
        var race = $"{raceDay.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, 42.195 km, A";
        await using var session = await browser.OpenAsync("/check", width, height);
        var page = session.Page;
        await page.Locator("#routine-text").FillAsync(routine);
        await Assertions.Expect(page.GetByTestId("check")).ToBeEnabledAsync();
        await page.GetByTestId("check").ClickAsync();

        var offer = page.GetByTestId("make-me-a-plan");
        await Assertions.Expect(offer).ToContainTextAsync("Running week: Mon easy, 45 min; Tue intervals, 60 min, am;");
        await Assertions.Expect(offer).ToContainTextAsync("Max: Back Squat 110 kg.");
        await Assertions.Expect(offer).ToContainTextAsync($"Race: {race}.");
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

        // The races step offers the race; one click adds it, and the offer goes.
        await page.GetByTestId("next").ClickAsync();
        var offered = page.GetByTestId("races-from-check");
        await Assertions.Expect(offered).ToContainTextAsync(race);
        await Axe.AssertNoSeriousViolationsAsync(page, $"the races step with the check's race ({width} px)");
        await page.GetByTestId("add-races-from-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("race")).ToContainTextAsync($"{raceDay:yyyy-MM-dd} Race · 42.195 km");
        await Assertions.Expect(offered).ToBeHiddenAsync();
        session.Errors.ShouldBeEmpty();
    }
}
