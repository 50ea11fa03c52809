using System.Net;
using System.Net.Http.Json;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

/// <summary>
/// Every cookie and bearer token issued before a password change, a sign-out or an account's deletion stops working
/// at once: the account's security stamp is checked on each request, for tokens as for cookies.
/// </summary>
public sealed class RevocationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BearerToken_IssuedBeforeAPasswordChange_Is401(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var stolen = await factory.RegisterAsync("ann@example.com");
        var owner = await factory.SignInAsync("ann@example.com");
        (await stolen.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await owner.PostAsJsonAsync(
            "/api/v1/account/manage/info", new { oldPassword = Tests.Accounts.Password, newPassword = "a brand new passphrase" }, Cancel);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await stolen.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await stolen.PostAsJsonAsync("/api/v1/account/manage/2fa", new { password = "a brand new passphrase" }, Cancel)).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email = "ann@example.com", password = "a brand new passphrase" }, Cancel);
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RefreshToken_IssuedBeforeAPasswordChange_GetsNoNewToken()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login", new { email = "ann@example.com", password = Tests.Accounts.Password }, Cancel)).JsonAsync();
        var refreshToken = login.GetProperty("refreshToken").GetString();
        var owner = await factory.SignInAsync("ann@example.com");

        (await owner.PostAsJsonAsync("/api/v1/account/manage/info", new { oldPassword = Tests.Accounts.Password, newPassword = "a brand new passphrase" }, Cancel))
            .EnsureSuccessStatusCode();

        (await factory.CreateClient().PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cookie_CopiedBeforeSignOut_Is401Afterwards(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        _ = await factory.RegisterAsync("ann@example.com");
        var browser = factory.CreateClient();
        var signIn = await browser.PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email = "ann@example.com", password = Tests.Accounts.Password }, Cancel);
        var copied = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("RunLift.Auth=", StringComparison.Ordinal)).Split(';')[0];
        (await WithCookie(factory, copied).GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Signing out with the pages' form, as the person does.
        var signedOut = await browser.PostFormAsync("/settings", "/account/logout", [new("returnUrl", "/")]);
        signedOut.IsSuccessStatusCode.ShouldBeTrue();

        (await WithCookie(factory, copied).GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithCookie(factory, copied).GetAsync("/dashboard", Cancel)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task ApiSignOut_RevokesEveryTokenAndCookieOfTheAccount()
    {
        await using var factory = WebFactory.With();
        var phone = await factory.RegisterAsync("ann@example.com");
        var laptop = await factory.SignInAsync("ann@example.com");
        var browser = await factory.SignInWithCookieAsync("ann@example.com");
        var bob = await factory.RegisterAsync("bob@example.com");

        (await phone.PostAsync("/api/v1/account/logout", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await phone.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await laptop.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await bob.GetAsync("/api/v1/profile", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.SignInAsync("ann@example.com")).ShouldNotBeNull();
    }

    [Fact]
    public async Task ApiSignOut_Anonymous_Is401()
    {
        await using var factory = WebFactory.With();

        (await factory.CreateClient().PostAsync("/api/v1/account/logout", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writes_ByADeletedAccountsToken_Are401NotA500(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var ann = await factory.RegisterAsync("ann@example.com");
        var kept = await factory.SignInAsync("ann@example.com");
        var deleted = await ann.SendAsync(
            new HttpRequestMessage(HttpMethod.Delete, "/api/v1/account") { Content = JsonContent.Create(new { password = Tests.Accounts.Password }) }, Cancel);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var session = new { date = "2025-03-04", name = "Strength A", sets = new[] { new { exercise = "Back Squat", reps = 5, load = 100.0 } } };
        (await kept.PostAsJsonAsync("/api/v1/sessions", session, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await kept.PutAsJsonAsync("/api/v1/profile", new { name = "Ghost" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await kept.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "bob@example.com" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static HttpClient WithCookie(WebFactory factory, string cookie)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
