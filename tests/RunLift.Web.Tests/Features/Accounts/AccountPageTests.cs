using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Accounts;

public sealed class AccountPageTests
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task Page_Anonymous_ShowsAFormWithAnAntiforgeryToken(string path)
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient().GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("<form");
        html.ShouldContain("__RequestVerificationToken");
    }

    [Fact]
    public async Task SignInPage_RepeatedRequests_AreRateLimitedPerClient()
    {
        await using var factory = WebFactory.With(new Dictionary<string, string?>
        {
            ["RateLimiting:SignIn:PermitLimit"] = "2",
            ["RateLimiting:SignIn:WindowSeconds"] = "3600",
        });
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.GetAsync("/account/login", Cancel)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task SignOut_WithoutTheFormsAntiforgeryToken_IsRefused()
    {
        await using var factory = WebFactory.With();
        var client = await factory.RegisterAsync("dee@example.com");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("returnUrl", "/")]), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    public async Task SignInPage_ForeignReturnUrl_IsNotFollowed(string returnUrl)
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var html = await (await client.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", Cancel)).Content.ReadAsStringAsync(Cancel);

        // The register link carries the return address on; following it must still end on this site.
        html.ShouldNotContain("href=\"" + returnUrl);
    }
}
