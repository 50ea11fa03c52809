using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

/// <summary>
/// Two-factor sign-in: turning it on needs the password as well as the session, and once on, both the API and the
/// pages ask for the authenticator's code (or a recovery code, once each) after the password.
/// </summary>
public sealed class TwoFactorTests
{
    private const string Email = "ann@example.com";

    [Fact]
    public async Task TurningItOn_WithoutThePassword_IsRefused_SoAStolenTokenCannotLockTheOwnerOut()
    {
        await using var factory = WebFactory.With();
        var stolen = await factory.RegisterAsync(Email);

        var noPassword = await stolen.PostAsJsonAsync("/api/v1/account/manage/2fa", new { }, Cancel);
        var wrongPassword = await stolen.PostAsJsonAsync("/api/v1/account/manage/2fa", new { password = "a guess" }, Cancel);
        var newEmail = await stolen.PostAsJsonAsync("/api/v1/account/manage/info", new { newEmail = "thief@example.com" }, Cancel);
        var newPassword = await stolen.PostAsJsonAsync("/api/v1/account/manage/info", new { newPassword = "the thief's password" }, Cancel);

        noPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noPassword.JsonAsync()).GetProperty("errors").GetProperty("password").EnumerateArray().ShouldNotBeEmpty();
        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        newEmail.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        newPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await stolen.GetAsync("/api/v1/account/manage/info", Cancel)).JsonAsync()).GetProperty("email").GetString().ShouldBe(Email);
        (await factory.SignInAsync(Email)).ShouldNotBeNull();
    }

    [Fact]
    public async Task CurrentPasswordGuesses_ThroughTheAccountApi_LockTheAccount()
    {
        await using var factory = WebFactory.With();
        var stolen = await factory.RegisterAsync(Email);

        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 6; guess++)
        {
            statuses.Add((await stolen.PostAsJsonAsync("/api/v1/account/manage/2fa", new { password = $"guess {guess}" }, Cancel)).StatusCode);
        }

        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        (await stolen.PostAsJsonAsync("/api/v1/account/manage/2fa", new { password = Tests.Accounts.Password }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Api_OnceOn_SignInNeedsTheCode_AndEarlierTokensStopWorking()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync(Email);

        var (key, recoveryCodes) = await TurnOnAsync(client);

        recoveryCodes.Count.ShouldBe(10);
        (await client.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var passwordOnly = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email = Email, password = Tests.Accounts.Password }, Cancel);
        passwordOnly.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await passwordOnly.JsonAsync()).GetProperty("detail").GetString().ShouldBe("RequiresTwoFactor");
        var withCode = await factory.CreateClient().PostAsJsonAsync(
            "/api/v1/account/login", new { email = Email, password = Tests.Accounts.Password, twoFactorCode = Totp.Now(key) }, Cancel);
        withCode.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_OnceOn_SignInAsksForTheCode_BeforeAnyCookieOpensTheAccount()
    {
        await using var factory = WebFactory.With();
        var (key, _) = await TurnOnAsync(await factory.RegisterAsync(Email));
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var password = await SignInFormAsync(browser, "/account/login?returnUrl=%2Fprogress");

        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var codePage = new Uri(new Uri("http://localhost/"), password.Headers.Location!).PathAndQuery;
        codePage.ShouldBe("/account/login/two-factor?rememberMe=false&returnUrl=%2Fprogress");
        (await browser.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var wrong = await browser.PostFormAsync(codePage, codePage, [new("_handler", "two-factor"), new("Input.Code", "000000")]);
        (await wrong.Content.ReadAsStringAsync(Cancel)).ShouldContain("That code is not right.");
        (await browser.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var right = await browser.PostFormAsync(codePage, codePage, [new("_handler", "two-factor"), new("Input.Code", Totp.Now(key))]);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost/"), right.Headers.Location!).PathAndQuery.ShouldBe("/progress");
        (await browser.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_RecoveryCode_SignsInOnce()
    {
        await using var factory = WebFactory.With();
        var (_, recoveryCodes) = await TurnOnAsync(await factory.RegisterAsync(Email));
        const string RecoveryPage = "/account/login/recovery?rememberMe=false";

        var first = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await SignInFormAsync(first, "/account/login")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var used = await first.PostFormAsync(RecoveryPage, RecoveryPage, [new("_handler", "recovery-code"), new("Input.Code", recoveryCodes[0])]);
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await SignInFormAsync(again, "/account/login")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reused = await again.PostFormAsync(RecoveryPage, RecoveryPage, [new("_handler", "recovery-code"), new("Input.Code", recoveryCodes[0])]);
        reused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CodePage_WithoutARightPasswordFirst_SendsBackToSignIn()
    {
        await using var factory = WebFactory.With();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await browser.GetAsync("/account/login/two-factor", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new Uri(new Uri("http://localhost/"), response.Headers.Location!).AbsolutePath.ShouldBe("/account/login");
    }

    /// <summary>Turns two-factor sign-in on through the API, as a script with the password would; the key and recovery codes.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(HttpClient client)
    {
        var setup = await client.PostAsJsonAsync("/api/v1/account/manage/2fa", new { password = Tests.Accounts.Password }, Cancel);
        setup.StatusCode.ShouldBe(HttpStatusCode.OK);
        var key = (await setup.JsonAsync()).GetProperty("sharedKey").GetString()!;
        var enabled = await client.PostAsJsonAsync(
            "/api/v1/account/manage/2fa",
            new { password = Tests.Accounts.Password, enable = true, twoFactorCode = Totp.Now(key), resetRecoveryCodes = true },
            Cancel);
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await enabled.JsonAsync();
        body.GetProperty("isTwoFactorEnabled").GetBoolean().ShouldBeTrue();
        return (key, [.. body.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!)]);
    }

    private static Task<HttpResponseMessage> SignInFormAsync(HttpClient browser, string page) =>
        browser.PostFormAsync(page, page, [new("_handler", "sign-in"), new("Input.Email", Email), new("Input.Password", Tests.Accounts.Password)]);
}
