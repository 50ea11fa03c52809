using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using RunLift.Data;
using RunLift.Testing;
using RunLift.Web.Tests.Features.Settings;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Coaching;

/// <summary>The coach and settings pages over HTTP (their first, server-rendered response); journeys are in Browser/.</summary>
public sealed class CoachPageTests
{
    [Theory]
    [InlineData("/coach")]
    [InlineData("/coach/athletes/someone")]
    [InlineData("/settings")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AthletePage_ShowsAnAthleteWhoAccepted_AndNobodyElse(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider);
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Annika");
        var bobId = await factory.SeedAsync("bob@example.com", "Bobby");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "bob@example.com" }, Cancel)).EnsureSuccessStatusCode();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();
        var browser = await CookieClientAsync(factory, "coach@example.com");

        var list = await browser.GetStringAsync("/coach", Cancel);
        var annPage = await browser.GetStringAsync($"/coach/athletes/{annId}", Cancel);
        var bobPage = await browser.GetStringAsync($"/coach/athletes/{bobId}", Cancel);

        list.ShouldContain("ann@example.com");
        list.ShouldContain("Open");
        list.ShouldContain("data-verdict=\"needs-work\"");
        list.ShouldContain("2 errors");
        list.ShouldContain("1 warning<");
        annPage.ShouldContain("data-verdict=\"needs-work\"");
        annPage.ShouldContain("Annika strength A");
        annPage.ShouldContain("Annika does too many curls.");
        bobPage.ShouldContain("athlete-not-found");
        bobPage.ShouldNotContain("Bobby");
    }

    [Fact]
    public async Task AthletePage_ShowsTheInjury_AndSaysWhenRehabIsOff()
    {
        await using var factory = WebFactory.With();
        var coach = await factory.RegisterAsync("coach@example.com");
        var ann = await factory.RegisterConfirmedAsync("ann@example.com");
        var annId = await factory.SeedAsync("ann@example.com", "Annika");
        var link = (await (await coach.PostAsJsonAsync("/api/v1/coach/invitations", new { email = "ann@example.com" }, Cancel)).JsonAsync()).GetProperty("linkId").GetInt64();
        (await ann.PostAsync($"/api/v1/coaches/{link}/accept", null, Cancel)).EnsureSuccessStatusCode();
        var browser = await CookieClientAsync(factory, "coach@example.com");

        var none = await browser.GetStringAsync($"/coach/athletes/{annId}", Cancel);
        (await ann.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithInjury(rehab: true, "lower-back"), Cancel)).EnsureSuccessStatusCode();
        var inRehab = await browser.GetStringAsync($"/coach/athletes/{annId}", Cancel);
        (await ann.PutAsJsonAsync("/api/v1/profile", Profiles.ProfileApiTests.WithInjury(rehab: false, "lower-back"), Cancel)).EnsureSuccessStatusCode();
        var rehabOff = await browser.GetStringAsync($"/coach/athletes/{annId}", Cancel);

        none.ShouldNotContain("data-testid=\"injury\"");
        inRehab.ShouldContain("coming back from an injury");
        inRehab.ShouldContain("<th scope=\"row\">Injury</th><td>Lower back</td>");
        rehabOff.ShouldNotContain("coming back from an injury");
        rehabOff.ShouldContain("<th scope=\"row\">Injury</th><td>Lower back (rehab off: the plan ignores it)</td>");
    }

    [Fact]
    public async Task SettingsPage_SignedIn_OffersExportsAndFormsWithAntiforgery()
    {
        await using var factory = WebFactory.With();
        _ = await factory.RegisterAsync("ann@example.com");
        var browser = await CookieClientAsync(factory, "ann@example.com");

        var html = await browser.GetStringAsync("/settings", Cancel);

        html.ShouldContain("/api/v1/export?format=json");
        html.ShouldContain("/api/v1/export?format=csv");
        html.ShouldContain("cannot be undone");
        html.ShouldContain("__RequestVerificationToken");
        html.ShouldContain("ann@example.com");
    }

    /// <summary>A client signed in with the cookie, as a browser is.</summary>
    private static async Task<HttpClient> CookieClientAsync(WebFactory factory, string email)
    {
        var client = factory.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email, password = Tests.Accounts.Password }, Cancel);
        signIn.EnsureSuccessStatusCode();
        return client;
    }
}
