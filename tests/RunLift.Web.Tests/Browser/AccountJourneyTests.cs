using Microsoft.Playwright;

namespace RunLift.Web.Tests.Browser;

/// <summary>A runner creates an account, signs out and signs in again.</summary>
[Collection(nameof(BrowserTests))]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Register_SignOut_SignIn()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;

        var email = await session.RegisterAsync("Ann Runner");
        await page.GotoAsync("/check");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);

        // The check page turns interactive after it is shown; a click during that hand-over can be lost, so wait.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await session.SignInAsync(email, returnUrl: "/check");
        page.Url.ShouldEndWith("/check");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ForgotPassword_OnAPhone_FromSignInToANewPassword()
    {
        await using var session = await browser.OpenAsync("/account/register", 390, 844, interactive: false);
        var page = session.Page;
        var email = await session.RegisterAsync("Ann Runner");
        await page.Context.ClearCookiesAsync();

        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        var sent = page.GetByTestId("reset-link-sent");
        await Assertions.Expect(sent).ToContainTextAsync($"If {email} is the address of a RunLift account");
        (await sent.EvaluateAsync<bool>("e => [e, ...e.querySelectorAll('*')].every(x => x.scrollWidth <= x.clientWidth + 1)"))
            .ShouldBeTrue("the message runs off its box on a phone");
        await session.ScreenshotAsync("forgot-password-phone.png");

        await page.GotoAsync(browser.LinkTo(email, "Reset your RunLift password").PathAndQuery);
        await Assertions.Expect(page).ToHaveTitleAsync("Choose a new password · RunLift");
        await page.Locator("#password").FillAsync("a new and longer phrase");
        await page.Locator("#confirm-password").FillAsync("a new and longer phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the new password" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-reset")).ToBeVisibleAsync();
        await session.ScreenshotAsync("reset-password-phone.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the new password" }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync("a new and longer phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/dashboard", StringComparison.Ordinal));
        session.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichPart()
    {
        await using var session = await browser.OpenAsync("/account/login", interactive: false);
        var page = session.Page;

        await page.Locator("#email").FillAsync("nobody@example.com");
        await page.Locator("#password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(
            "That e-mail address and password do not match an account. After 5 wrong tries an account is locked for 15 minutes.");
    }

    [Fact]
    public async Task Register_MismatchedPasswords_ShowsTheFieldMessage()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;

        await page.Locator("#display-name").FillAsync("Bo");
        await page.Locator("#email").FillAsync("bo@example.com");
        await page.Locator("#password").FillAsync("long enough password");
        await page.Locator("#confirm-password").FillAsync("a different one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await Assertions.Expect(page.Locator(".validation-message")).ToHaveTextAsync("The two passwords differ.");
        page.Url.ShouldContain("/account/register");
    }

    [Fact]
    public async Task TwoFactor_TurnedOnInSettings_ThenSigningInAsksForTheCode()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        var email = await session.RegisterAsync("Tia Twofactor");

        await page.GotoAsync("/settings");
        await page.Locator("#two-factor-start-password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = await page.GetByTestId("authenticator-key").TextContentAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app: the key below, as a picture" })).ToBeVisibleAsync();
        await page.Locator("#two-factor-code").FillAsync(Totp.Now(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await Assertions.Expect(page.GetByTestId("two-factor-on")).ToContainTextAsync("10 recovery codes left");

        await page.GotoAsync("/check");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/account/login?returnUrl=%2Fcheck");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your code" })).ToBeVisibleAsync();
        await page.Locator("#code").FillAsync(Totp.Now(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/check", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);
    }
}
