using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// After a session the athlete checks in (session RPE, pain at the Achilles, a note) and comments; her coach reads the
/// check-in on her page and answers; both see the one thread.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class SessionThreadJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Athlete_ChecksInAndComments_TheLinkedCoachAnswers_BothSeeTheThread()
    {
        await using var ann = await browser.OpenAsync("/account/register", interactive: false);
        var annEmail = await ann.RegisterAsync("Ann Athlete");
        await browser.ConfirmEmailAsync(ann, annEmail);
        await using var coach = await browser.OpenAsync("/account/register", interactive: false);
        await coach.RegisterAsync("Cora Coach");
        var (annErrors, coachErrors) = (ann.Errors.Count, coach.Errors.Count);

        await OpenAsync(coach.Page, "/coach");
        await coach.Page.Locator("#invite-email").FillAsync(annEmail);
        await coach.Page.GetByTestId("invite").ClickAsync();
        await Assertions.Expect(coach.Page.GetByTestId("invite-notice")).ToContainTextAsync(annEmail);
        await OpenAsync(ann.Page, "/coach");
        await ann.Page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(ann.Page.GetByTestId("coach")).ToContainTextAsync("Cora Coach");

        // Ann logs a session; saving it opens "How did it go?" with the first field focused.
        var page = ann.Page;
        await OpenAsync(page, "/log");
        await page.GetByTestId("log-new-session").ClickAsync();
        await page.Locator("#session-name").FillAsync("Strength A");
        await page.Locator("#set-exercise-0").FillAsync("Back Squat");

        // The search's list is closed once it has come: a late one would open over the Save button.
        await Assertions.Expect(page.Locator(".mud-popover-open").GetByText("Back Squat").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.Locator("#set-reps-0").FocusAsync();
        await Assertions.Expect(page.Locator("#set-exercise-0")).ToHaveValueAsync("Back Squat");
        await page.Locator("#set-reps-0").FillAsync("5");
        await page.Locator("#set-load-0").FillAsync("100");
        await page.GetByTestId("save-session").ClickAsync();
        var view = page.GetByTestId("session-view");
        await Assertions.Expect(view).ToContainTextAsync("Strength A");
        await Assertions.Expect(page.Locator("#check-in-rpe")).ToBeFocusedAsync();

        // The check-in, by keyboard: no site chooser until there is pain; a letter picks the site.
        await page.Keyboard.TypeAsync("7.5");
        await Assertions.Expect(page.GetByTestId("check-in-site")).ToHaveCountAsync(0);
        await page.Locator("#check-in-pain").FillAsync("4");
        var site = page.GetByLabel("Where?", new() { Exact = true });
        await site.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(site).ToHaveValueAsync("Achilles");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#check-in-note").FillAsync("Left Achilles stiff on the calf raises.");
        await page.GetByTestId("save-check-in").ClickAsync();
        await Assertions.Expect(page.GetByTestId("checked-in")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("session-checked-in")).ToHaveCountAsync(1);

        await view.Locator("[data-testid=session-thread] textarea").FillAsync("Squats moved well; the Achilles did not.");
        await view.GetByTestId("post-comment").ClickAsync();
        await Assertions.Expect(view.GetByTestId("comment-text")).ToHaveTextAsync(["Squats moved well; the Achilles did not."]);

        // The coach opens Ann's page: the session's check-in, and the thread to answer in.
        await OpenAsync(coach.Page, "/coach");
        await coach.Page.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Assertions.Expect(coach.Page.GetByRole(AriaRole.Heading, new() { Name = "Ann Athlete" })).ToBeVisibleAsync();
        await coach.Page.GetByTestId("open-thread").ClickAsync();
        var coached = coach.Page.GetByTestId("coach-session");
        await Assertions.Expect(coached.GetByTestId("check-in-summary")).ToContainTextAsync("RPE 7.5 · pain 4 (achilles)");
        await Assertions.Expect(coached.GetByTestId("check-in-summary")).ToContainTextAsync("Left Achilles stiff on the calf raises.");
        await Assertions.Expect(coached.GetByTestId("comment-text")).ToHaveTextAsync(["Squats moved well; the Achilles did not."]);
        await coached.GetByLabel("Comment as the coach").FillAsync("Pain 4 at the Achilles: keep the calf raises at this load next week.");
        await coached.GetByTestId("post-comment").ClickAsync();
        await Assertions.Expect(coached.GetByTestId("comment-author")).ToHaveCountAsync(2);
        await Assertions.Expect(coached.GetByTestId("comment-author").Nth(1)).ToContainTextAsync("Cora Coach · coach");
        await Assertions.Expect(coach.Page.GetByTestId("open-thread")).ToContainTextAsync("2 comments");
        await coach.Page.SetViewportSizeAsync(390, 844);
        await coached.GetByTestId("check-in-summary").ScrollIntoViewIfNeededAsync();
        await coach.ScreenshotAsync("session-thread-coach-phone.png");

        // Ann sees the answer in the same thread.
        await OpenAsync(page, "/log");
        await page.GetByTestId("open-session").ClickAsync();
        await Assertions.Expect(view.GetByTestId("comment-text")).ToHaveTextAsync(
            ["Squats moved well; the Achilles did not.", "Pain 4 at the Achilles: keep the calf raises at this load next week."]);
        await Assertions.Expect(view.GetByTestId("comment-author").Nth(0)).ToContainTextAsync("Ann Athlete · athlete");
        await Assertions.Expect(page.Locator("#check-in-note")).ToHaveValueAsync("Left Achilles stiff on the calf raises.");
        await Assertions.Expect(site).ToHaveValueAsync("Achilles");
        await page.Locator("h1").FocusAsync();
        await ann.ScreenshotAsync("session-thread.png");

        ann.Errors.Skip(annErrors).ShouldBeEmpty();
        coach.Errors.Skip(coachErrors).ShouldBeEmpty();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
