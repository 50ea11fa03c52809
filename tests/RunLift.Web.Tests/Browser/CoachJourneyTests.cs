using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>A coach invites two athletes; one accepts; the coach sees that one and no one else. And the settings page's forms.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CoachJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coach_InvitesTwo_OneAccepts_TheCoachSeesOnlyHer()
    {
        await using var ann = await browser.OpenAsync("/account/register", interactive: false);
        var annEmail = await ann.RegisterAsync("Ann Athlete");
        await browser.ConfirmEmailAsync(ann, annEmail);
        await using var bob = await browser.OpenAsync("/account/register", interactive: false);
        var bobEmail = await bob.RegisterAsync("Bob Athlete");
        await browser.ConfirmEmailAsync(bob, bobEmail);
        await using var coach = await browser.OpenAsync("/account/register", interactive: false);
        await coach.RegisterAsync("Cora Coach");

        // Registering lands on a page of its own (whose errors are not this journey's): count from here.
        var (annErrors, bobErrors, coachErrors) = (ann.Errors.Count, bob.Errors.Count, coach.Errors.Count);

        await OpenInteractiveAsync(coach.Page, "/coach");
        await Assertions.Expect(coach.Page.GetByTestId("no-athletes")).ToBeVisibleAsync();
        foreach (var email in new[] { annEmail, bobEmail })
        {
            await coach.Page.Locator("#invite-email").FillAsync(email);
            await coach.Page.GetByTestId("invite").ClickAsync();
            await Assertions.Expect(coach.Page.GetByTestId("invite-notice")).ToContainTextAsync(email);
        }

        await Assertions.Expect(coach.Page.GetByTestId("sent-invitation")).ToHaveCountAsync(2);

        // Ann accepts; Bob sees his invitation and leaves it.
        await OpenInteractiveAsync(ann.Page, "/coach");
        await Assertions.Expect(ann.Page.GetByTestId("invitation")).ToContainTextAsync("Cora Coach");
        await ann.Page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(ann.Page.GetByTestId("coach")).ToContainTextAsync("Cora Coach");
        await OpenInteractiveAsync(bob.Page, "/coach");
        await Assertions.Expect(bob.Page.GetByTestId("invitation")).ToContainTextAsync("Cora Coach");

        await OpenInteractiveAsync(coach.Page, "/coach");
        await Assertions.Expect(coach.Page.GetByTestId("athlete-name")).ToHaveTextAsync(["Ann Athlete"]);
        await Assertions.Expect(coach.Page.GetByTestId("athletes")).Not.ToContainTextAsync("Bob Athlete");
        await Assertions.Expect(coach.Page.GetByTestId("sent-invitation")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(bobEmail))]);
        await coach.ScreenshotAsync("coach-desktop.png");
        await coach.Page.SetViewportSizeAsync(390, 844);
        await coach.ScreenshotAsync("coach-phone.png");

        await coach.Page.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Assertions.Expect(coach.Page.GetByRole(AriaRole.Heading, new() { Name = "Ann Athlete" })).ToBeVisibleAsync();
        await Assertions.Expect(coach.Page.GetByText("No sessions logged.")).ToBeVisibleAsync();

        // Ann stops sharing: the coach's page no longer shows her.
        await ann.Page.GetByTestId("revoke").ClickAsync();
        await Assertions.Expect(ann.Page.GetByTestId("coach")).ToHaveCountAsync(0);
        await OpenInteractiveAsync(coach.Page, "/coach");
        await Assertions.Expect(coach.Page.GetByTestId("no-athletes")).ToBeVisibleAsync();

        ann.Errors.Skip(annErrors).ShouldBeEmpty();
        bob.Errors.Skip(bobErrors).ShouldBeEmpty();
        coach.Errors.Skip(coachErrors).ShouldBeEmpty();
    }

    [Fact]
    public async Task Settings_ChangePassword_ThenDeleteTheAccount_SignInNoLongerWorks()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        var email = await session.RegisterAsync("Dee Leted");

        await page.GotoAsync("/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Exact = true })).ToBeVisibleAsync();
        await session.ScreenshotAsync("settings-desktop.png");
        await page.SetViewportSizeAsync(390, 844);
        await session.ScreenshotAsync("settings-phone.png");

        const string NewPassword = "a brand new passphrase";
        await page.Locator("#current-password").FillAsync(Accounts.Password);
        await page.Locator("#new-password").FillAsync(NewPassword);
        await page.Locator("#confirm-new-password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();

        // Wrong password: nothing happens.
        await page.Locator("#delete-email").FillAsync(email);
        await page.Locator("#delete-password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all its data" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("delete-error")).ToContainTextAsync("nothing was deleted");

        await page.Locator("#delete-email").FillAsync(email);
        await page.Locator("#delete-password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all its data" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/settings", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your account is deleted" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToBeVisibleAsync();
    }

    private static async Task OpenInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }
}
