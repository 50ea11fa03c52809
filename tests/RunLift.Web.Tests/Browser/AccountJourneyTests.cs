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
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        await session.SignInAsync(email, returnUrl: "/check");
        page.Url.ShouldEndWith("/check");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);
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

        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("That e-mail address and password do not match an account.");
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
}
