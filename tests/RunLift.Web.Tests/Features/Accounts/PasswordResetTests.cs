using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

/// <summary>
/// A forgotten password: the sign-in page's "Forgot your password?" asks for the address, a link goes to it (the
/// page says the same whether an account has that address or not), and the link's page sets a new password once,
/// signs out every device of the old one, confirms the address and lifts a sign-in lock.
/// </summary>
public sealed partial class PasswordResetTests
{
    private const string NewPassword = "a new and longer phrase";

    private const string Subject = "Reset your RunLift password";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TheLinkSent_SetsANewPassword_AndSignsOutTheOldOne(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        _ = await factory.RegisterAsync("ann@example.com");
        var elsewhere = await factory.SignInWithCookieAsync("ann@example.com");
        (await elsewhere.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);

        (await AskForALinkAsync(factory, "ann@example.com")).ShouldContain("If ann@example.com is the address of a RunLift account");
        var link = factory.LinkTo("ann@example.com", Subject);
        link.AbsolutePath.ShouldBe("/account/reset-password");
        var page = await SetPasswordAsync(factory, link.PathAndQuery, NewPassword);

        page.ShouldContain("data-testid=\"password-reset\"");
        (await SignInStatusAsync(factory, "ann@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInStatusAsync(factory, "ann@example.com", NewPassword)).ShouldBe(HttpStatusCode.OK);
        (await elsewhere.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await using var db = factory.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
        db.Users.Single().EmailConfirmed.ShouldBeTrue();
    }

    [Fact]
    public async Task AnAddressWithoutAnAccount_IsToldTheSame_AndNothingIsSent()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");

        var known = Sent().Match(await AskForALinkAsync(factory, "ann@example.com")).Groups[1].Value;
        var unknown = Sent().Match(await AskForALinkAsync(factory, "nobody@example.com")).Groups[1].Value;

        unknown.ShouldBe(known.Replace("ann@example.com", "nobody@example.com", StringComparison.Ordinal));
        factory.MessagesTo("ann@example.com").Count(m => m.Subject == Subject).ShouldBe(1);
        factory.MessagesTo("nobody@example.com").ShouldBeEmpty();
    }

    [Fact]
    public async Task OneAddress_GetsAtMostTheHourlyLimit_WhoeverAsks_AndTheLastLinkStillWorks()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["Email:PasswordResetsPerHour"] = "2" });
        _ = await factory.RegisterConfirmedAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");

        // The API's code and the page's links share the limit: one code, then one link of the three asked for.
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/account/forgotPassword", new { email = "ann@example.com" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var ask = 0; ask < 3; ask++)
        {
            (await AskForALinkAsync(factory, "ann@example.com")).ShouldContain("data-testid=\"reset-link-sent\"");
        }

        _ = await AskForALinkAsync(factory, "bob@example.com");

        factory.MessagesTo("ann@example.com").Count(m => m.Subject == "Your RunLift password reset code").ShouldBe(1);
        factory.MessagesTo("ann@example.com").Count(m => m.Subject == Subject).ShouldBe(1);
        factory.MessagesTo("bob@example.com").Count(m => m.Subject == Subject).ShouldBe(1);
        (await SetPasswordAsync(factory, factory.LinkTo("ann@example.com", Subject).PathAndQuery, NewPassword)).ShouldContain("data-testid=\"password-reset\"");
    }

    [Fact]
    public async Task TheLink_WorksOnce()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await AskForALinkAsync(factory, "ann@example.com");
        var link = factory.LinkTo("ann@example.com", Subject).PathAndQuery;

        (await SetPasswordAsync(factory, link, NewPassword)).ShouldContain("data-testid=\"password-reset\"");
        var again = await SetPasswordAsync(factory, link, "yet another long phrase");

        again.ShouldContain("data-testid=\"reset-error\"");
        again.ShouldContain("Send me a new link");
        (await SignInStatusAsync(factory, "ann@example.com", NewPassword)).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?email=ann%40example.com")]
    [InlineData("?email=ann%40example.com&code=AAAA")]
    [InlineData("?email=ann%40example.com&code=%%%")]
    [InlineData("?email=nobody%40example.com&code=AAAA")]
    public async Task ABadLink_SaysSo_AndChangesNothing(string query)
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");

        var page = await SetPasswordAsync(factory, "/account/reset-password" + query, NewPassword);

        page.ShouldContain("This link is not valid");
        (await SignInStatusAsync(factory, "ann@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnotherAccountsCode_ResetsNeither()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        _ = await AskForALinkAsync(factory, "ann@example.com");
        var annCode = factory.LinkTo("ann@example.com", Subject).QueryValue("code");

        var page = await SetPasswordAsync(factory, $"/account/reset-password?email=bob%40example.com&code={annCode}", NewPassword);

        page.ShouldContain("This link is not valid");
        (await SignInStatusAsync(factory, "bob@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.OK);
        (await SignInStatusAsync(factory, "ann@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AShortOrMismatchedPassword_IsRefused_AndTheLinkStillWorks()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await AskForALinkAsync(factory, "ann@example.com");
        var link = factory.LinkTo("ann@example.com", Subject).PathAndQuery;

        (await SetPasswordAsync(factory, link, "short")).ShouldContain("Use at least 10 characters");
        (await SetPasswordAsync(factory, link, NewPassword, confirm: "something else entirely")).ShouldContain("The two passwords differ.");
        (await SignInStatusAsync(factory, "ann@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.OK);

        (await SetPasswordAsync(factory, link, NewPassword)).ShouldContain("data-testid=\"password-reset\"");
    }

    [Fact]
    public async Task ALockedAccount_SignsInRightAfterTheReset()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "1000" });
        _ = await factory.RegisterAsync("ann@example.com");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            _ = await SignInStatusAsync(factory, "ann@example.com", "a guess");
        }

        (await SignInStatusAsync(factory, "ann@example.com", Tests.Accounts.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        _ = await AskForALinkAsync(factory, "ann@example.com");
        _ = await SetPasswordAsync(factory, factory.LinkTo("ann@example.com", Subject).PathAndQuery, NewPassword);

        (await SignInStatusAsync(factory, "ann@example.com", NewPassword)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheSignInPage_LinksToIt()
    {
        await using var factory = WebFactory.With();

        var html = await factory.CreateClient().GetStringAsync("/account/login", Cancel);

        html.ShouldContain("href=\"/account/forgot-password\"");
    }

    private static async Task<string> AskForALinkAsync(WebFactory factory, string email)
    {
        var response = await factory.CreateClient().PostFormAsync("/account/forgot-password", "/account/forgot-password",
            [new("_handler", "forgot-password"), new("Input.Email", email)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task<string> SetPasswordAsync(WebFactory factory, string pathAndQuery, string password, string? confirm = null)
    {
        var response = await factory.CreateClient().PostFormAsync(pathAndQuery, pathAndQuery,
            [new("_handler", "reset-password"), new("Input.Password", password), new("Input.ConfirmPassword", confirm ?? password)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task<HttpStatusCode> SignInStatusAsync(WebFactory factory, string email, string password) =>
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email, password }, Cancel)).StatusCode;

    [GeneratedRegex("""data-testid="reset-link-sent"[\s\S]*?<div class="mud-alert-message">([\s\S]*?)</div>""")]
    private static partial Regex Sent();
}
