using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Formats.Fit;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner fills in the profile (a running week with key runs, equipment, a max, an A race), makes a plan with the
/// wizard, reads the calendar and a session, saves the plan and downloads it as a calendar file.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class PlanJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Profile_ThenWizard_ThenCalendar_ThenIcsDownload()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Pia Planner");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();

        // The profile: who, the running week (intervals on Tuesday, the long run on Sunday), equipment and a max.
        await ChooseAsync(page, page.GetByTestId("experience"), "intermediate");
        await page.Locator("#bodyweight").FillAsync("68");
        await page.Locator("#bodyweight").PressAsync("Tab");
        // An old Achilles injury, kept on the profile with rehab off (so the plan below is not a rehab plan).
        var injury = page.GetByLabel("Injury", new() { Exact = true });
        await Assertions.Expect(injury).ToHaveValueAsync("None");
        await injury.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = "Achilles", Exact = true }).ClickAsync();
        await Assertions.Expect(injury).ToHaveValueAsync("Achilles");
        await page.GetByTestId("add-run-tuesday").ClickAsync();
        await ChooseAsync(page, page.GetByTestId("run-kind-tuesday"), "intervals");
        await page.Locator("#run-minutes-tuesday").FillAsync("60");
        await page.Locator("#run-minutes-tuesday").PressAsync("Tab");
        await page.GetByTestId("add-run-thursday").ClickAsync();
        await page.Locator("#run-minutes-thursday").FillAsync("40");
        await page.Locator("#run-minutes-thursday").PressAsync("Tab");
        await page.GetByTestId("add-run-sunday").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-kind-sunday")).ToHaveTextAsync("long");
        await page.Locator("#run-minutes-sunday").FillAsync("100");
        await page.Locator("#run-minutes-sunday").PressAsync("Tab");
        // A new profile starts with a full gym: this runner has a barbell, a rack, a bench and dumbbells.
        foreach (var equipment in new[] { "barbell", "rack", "bench", "dumbbells", "kettlebell", "box", "pull-up bar", "bands" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = equipment, Exact = true }).SetCheckedAsync(Has(equipment));
        }

        await page.GetByTestId("add-max").ClickAsync();
        await page.Locator("#max-exercise-0").FillAsync("back squat");

        // The list follows the typing a keystroke behind: pick once it shows the last search, and check it took.
        var option = page.Locator(".mud-popover-open").GetByText("Back Squat", new() { Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        await Assertions.Expect(page.Locator("#max-exercise-0")).ToHaveValueAsync("Back Squat");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.Locator("#max-load-0").FillAsync("100");
        await page.Locator("#max-load-0").PressAsync("Tab");
        await page.GetByTestId("save-profile").ClickAsync();
        await Assertions.Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("profile-errors")).ToHaveCountAsync(0);
        var saved = await page.APIRequest.GetAsync("/api/v1/profile");
        (await saved.JsonAsync())!.Value.GetProperty("injury").GetString().ShouldBe("achilles");

        // The goal race, a Sunday about sixteen weeks ahead.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var race = today.AddDays(16 * 7);
        race = race.AddDays((7 - (int)race.DayOfWeek) % 7);
        var raceDate = race.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByTestId("race-date").FillAsync(raceDate);
        await page.GetByTestId("race-date").PressAsync("Enter");
        await page.Locator("#race-name").FillAsync("Spring Marathon");
        await page.Locator("#race-name").PressAsync("Tab");
        await page.GetByTestId("add-race").ClickAsync();
        await Assertions.Expect(page.GetByTestId("race")).ToContainTextAsync($"{raceDate} Spring Marathon · 42.195 km");
        await page.SetViewportSizeAsync(1280, 1760);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await session.ScreenshotAsync("profile-desktop.png");
        await page.SetViewportSizeAsync(1280, 800);

        // The wizard, filled in from the profile, one step at a time.
        await page.GotoAsync("/plan");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("#run-minutes-tuesday")).ToHaveValueAsync("60");
        await Assertions.Expect(page.GetByTestId("run-kind-tuesday")).ToHaveTextAsync("intervals");
        await Assertions.Expect(page.GetByTestId("run-kind-sunday")).ToHaveTextAsync("long");
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("race")).ToContainTextAsync("Spring Marathon");
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "barbell", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "kettlebell", Exact = true })).Not.ToBeCheckedAsync();
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.Locator("#max-exercise-0")).ToHaveValueAsync("Back Squat");
        await Assertions.Expect(page.Locator("#max-load-0")).ToHaveValueAsync("100");
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-weeks")).ToHaveValueAsync("");
        await page.GetByTestId("make-plan").ClickAsync();

        // The calendar: weeks coloured by phase, the key runs on their days, strength sessions as chips.
        var grid = page.GetByTestId("calendar");
        await Assertions.Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("Your new plan");
        await Assertions.Expect(grid).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("calendar-list")).ToBeHiddenAsync();
        (await page.GetByTestId("legend").GetByTestId("phase").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await Assertions.Expect(page.GetByTestId("legend")).ToContainTextAsync("taper");
        (await grid.GetByTestId("week").CountAsync()).ShouldBeGreaterThanOrEqualTo(15);
        await Assertions.Expect(grid.GetByTestId("week").First).ToHaveCSSAsync("background-color", new Regex(@"^rgba\("));

        var intervals = grid.Locator("[data-day=Tue] [data-testid=key-run]");
        await Assertions.Expect(intervals.First).ToContainTextAsync("intervals 1h");
        (await grid.GetByTestId("key-run").CountAsync()).ShouldBe(await intervals.CountAsync() + 1, "the intervals, and the race");
        await Assertions.Expect(grid.Locator($"[data-date='{raceDate}'] [data-testid=key-run]")).ToContainTextAsync("race");
        var longRuns = grid.Locator("[data-day=Sun] [data-testid=long-run]");
        await Assertions.Expect(longRuns.First).ToContainTextAsync("long 1h40min");
        (await grid.GetByTestId("long-run").CountAsync()).ShouldBe(await longRuns.CountAsync());
        var chips = grid.GetByTestId("session");
        await Assertions.Expect(chips.First).ToBeVisibleAsync();
        var sessions = await chips.CountAsync();
        sessions.ShouldBeGreaterThanOrEqualTo(15);
        await session.ScreenshotAsync("plan-calendar-desktop.png");

        // On a phone: a list per week instead of the grid.
        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(grid).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("calendar-list")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("calendar-list").GetByTestId("session").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("plan-calendar-phone.png");
        await page.SetViewportSizeAsync(1280, 800);

        // A session's exercises, with sets, reps and loads.
        var name = await chips.First.InnerTextAsync();
        await chips.First.ClickAsync();
        var detail = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(detail).ToContainTextAsync(name.Trim());
        await Assertions.Expect(detail.GetByTestId("exercise").First).ToHaveTextAsync(new Regex(@"\d+x\d+"));
        await Assertions.Expect(detail).ToContainTextAsync(" kg");

        // And why it is as it is: the phase's purpose, then when in the day and after which run.
        await Assertions.Expect(detail.GetByTestId("session-note")).ToContainTextAsync(new Regex(@"Adaptation: learning the lifts.* \d{2}:\d{2}"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(detail).ToBeHiddenAsync();

        // Before it is saved, the plan downloads as it stands: the calendar file with one event per session.
        var unsaved = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-ics").ClickAsync());
        unsaved.SuggestedFilename.ShouldMatch(@"^runlift-plan-\d{4}-\d{2}-\d{2}\.ics$");
        var unsavedIcs = await File.ReadAllTextAsync(await unsaved.PathAsync(), TestContext.Current.CancellationToken);
        Regex.Count(unsavedIcs, "^BEGIN:VEVENT", RegexOptions.Multiline).ShouldBe(sessions);

        // Saved, the plan can be downloaded as a calendar: one event per strength session.
        await page.GetByTestId("save-plan").ClickAsync();
        await Assertions.Expect(page.GetByText("Plan saved.")).ToBeVisibleAsync();
        var download = page.GetByTestId("download-ics");
        await Assertions.Expect(download).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("saved-plans")).ToContainTextAsync(await page.GetByTestId("plan-title").InnerTextAsync());
        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        file.SuggestedFilename.ShouldMatch(@"^runlift-plan-\d{4}-\d{2}-\d{2}-\d+\.ics$");
        var ics = await File.ReadAllTextAsync(await file.PathAsync(), TestContext.Current.CancellationToken);
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.TrimEnd().ShouldEndWith("END:VCALENDAR");
        Regex.Count(ics, "^BEGIN:VEVENT", RegexOptions.Multiline).ShouldBe(sessions);
        ics.ShouldContain($"SUMMARY:{name.Trim()} (");
        ics.ShouldContain("CATEGORIES:Strength training");

        var href = await download.GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(href!);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("text/calendar");
        response.Headers["content-disposition"].ShouldContain($"filename*=UTF-8''{file.SuggestedFilename}");

        // And for the watch: every session as a Garmin workout in one zip, or the open session's own file.
        var garmin = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-garmin").ClickAsync());
        garmin.SuggestedFilename.ShouldMatch(@"^runlift-plan-\d{4}-\d{2}-\d{2}-\d+-garmin\.zip$");
        using (var zip = ZipFile.OpenRead(await garmin.PathAsync()))
        {
            zip.Entries.Count.ShouldBe(sessions);
        }

        await chips.First.ClickAsync();
        var workout = await page.RunAndWaitForDownloadAsync(() => detail.GetByTestId("download-garmin-session").ClickAsync());
        workout.SuggestedFilename.ShouldEndWith(".fit");
        await using (var fit = File.OpenRead(await workout.PathAsync()))
        {
            FitWorkoutReader.Read(workout.SuggestedFilename, fit).Steps.ShouldContain(s => s.DurationType == FitStepDuration.Reps);
        }

        session.Errors.ShouldBeEmpty();
    }

    private static bool Has(string equipment) => equipment is "barbell" or "rack" or "bench" or "dumbbells";

    /// <summary>Opens a MudSelect and picks one of its options.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open").GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(select).ToHaveTextAsync(option);
    }
}
