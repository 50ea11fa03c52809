using System.Net;
using System.Net.Http.Json;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Operations;

/// <summary>
/// A state change sent with the sign-in cookie from another origin is refused: another site, or another port of this
/// one (a form on localhost:5081 posting to the app on localhost), cannot act as the signed-in person.
/// </summary>
public sealed class SameOriginWritesTests(ManySignIns app) : IClassFixture<ManySignIns>
{
    private readonly WebFactory factory = app.Factory;

    private static readonly object Invitation = new { email = "athlete@example.com" };

    [Theory]
    [InlineData("http://localhost:5081")]
    [InlineData("https://localhost")]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    public async Task CookieWrite_FromAnotherOrigin_Is403_AndChangesNothing(string origin)
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Add("Origin", origin);

        var response = await coach.SendAsync(request, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await (await coach.GetAsync("/api/v1/coach/invitations", Cancel)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task CookieWrite_FromAnotherSiteByFetchMetadata_Is403()
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Add("Sec-Fetch-Site", "same-site");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CookieWrite_WithAForeignReferer_Is403()
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Referrer = new Uri("http://localhost:5081/invite.html");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CookieWrite_FromThisSitesOwnForm_AsChromiumSendsItUnderNoReferrer_IsAccepted()
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Add("Origin", "null");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CookieWrite_WhoseHeadersDisagree_Is403()
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Add("Origin", "http://localhost:5081");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Referer", "http://localhost/coach")]
    [InlineData(null, null)]
    public async Task CookieWrite_FromThisOrigin_OrFromAProgram_IsAccepted(string? header, string? value)
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        if (header is not null)
        {
            request.Headers.Add(header, value);
        }

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task BearerWrite_FromAnotherOrigin_IsAccepted_NoOtherOriginCanAttachAToken()
    {
        var coach = await factory.RegisterAsync($"{Guid.NewGuid():N}@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/coach/invitations") { Content = JsonContent.Create(Invitation) };
        request.Headers.Add("Origin", "http://localhost:5081");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task SignOutForm_FromAnotherOrigin_Is403_AndTheCookieStillWorks()
    {
        var coach = await SignedInCoachAsync();

        var response = await coach.PostFormAsync("/settings", "/account/logout", [new("returnUrl", "/")], request => request.Headers.Add("Origin", "http://localhost:5081"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coach.GetAsync("/api/v1/account/manage/info", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Read_FromAnotherOrigin_IsAnswered()
    {
        var coach = await SignedInCoachAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/coach/invitations");
        request.Headers.Add("Origin", "http://localhost:5081");

        (await coach.SendAsync(request, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpClient> SignedInCoachAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        _ = await factory.RegisterAsync(email);
        return await factory.SignInWithCookieAsync(email);
    }
}
