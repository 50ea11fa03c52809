using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RunLift.Web.Features.Accounts;

namespace RunLift.Web.Tests.Operations;

/// <summary>
/// Where a person goes after signing in or out is only ever a path of this site; odd addresses (line breaks, tabs,
/// backslashes, other hosts, non-ASCII, very long) fall back to the default page, never a 500 or another site.
/// </summary>
public sealed class ReturnUrlTests(ManySignIns app) : IClassFixture<ManySignIns>
{
    private readonly WebFactory factory = app.Factory;

    public static TheoryData<string> OddAddresses =>
    [
        "/\r\nSet-Cookie: stolen=1",
        "/\t/evil.example",
        "/\\evil.example",
        "/%5C%5Cevil.example".Replace("%5C", "\\", StringComparison.Ordinal),
        "//evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/café",
        "/ spaced",
        "~/settings",
        "/" + new string('a', 3000),
    ];

    [Theory]
    [MemberData(nameof(OddAddresses))]
    [InlineData("/\0")]
    [InlineData("/\u202Eevil")]
    [InlineData("")]
    [InlineData(null)]
    public void LocalOr_OddAddress_IsTheFallback(string? returnUrl) =>
        ReturnUrls.LocalOr(returnUrl, "/dashboard").ShouldBe("/dashboard");

    [Theory]
    [InlineData("/log")]
    [InlineData("/plan?week=2026-W49")]
    [InlineData("/progress?range=all#top")]
    [InlineData("/coach/athletes/3f2a%20b")]
    public void LocalOr_PathOfThisSite_IsKept(string returnUrl) =>
        ReturnUrls.LocalOr(returnUrl, "/dashboard").ShouldBe(returnUrl);

    [Theory]
    [MemberData(nameof(OddAddresses))]
    public async Task SignOut_WithAnOddReturnUrl_RedirectsHome(string returnUrl)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        _ = await factory.RegisterAsync(email);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await browser.PostAsync(
            "/api/v1/account/login?useCookies=true",
            System.Net.Http.Json.JsonContent.Create(new { email, password = Accounts.Password }),
            Http.Cancel)).EnsureSuccessStatusCode();

        var response = await browser.PostFormAsync("/settings", "/account/logout", [new("returnUrl", returnUrl)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Theory]
    [MemberData(nameof(OddAddresses))]
    public async Task SigningIn_WithAnOddReturnUrl_GoesToTheDashboard(string returnUrl)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        _ = await factory.RegisterAsync(email);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl);

        var response = await browser.PostFormAsync(
            page,
            page,
            [new("_handler", "sign-in"), new("Input.Email", email), new("Input.Password", Accounts.Password)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        location.Authority.ShouldBe("localhost");
        location.PathAndQuery.ShouldBe("/dashboard");
    }

    [Theory]
    [MemberData(nameof(OddAddresses))]
    public async Task SignInPage_WithAnOddReturnUrl_AnswersThePage(string returnUrl)
    {
        var response = await factory.CreateClient().GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl), Http.Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
