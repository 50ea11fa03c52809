using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using RunLift.Data;
using RunLift.Testing;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Progress;

/// <summary>The progress and dashboard pages as the server first renders them (prerendering), before any script runs.</summary>
public sealed class ProgressPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/progress")]
    [InlineData("/dashboard")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        await using var factory = WebFactory.With();

        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        response.Headers.Location!.OriginalString.ShouldContain(Uri.EscapeDataString(path));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_SignedIn_ShowTheAthletesOwnNumbers(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        _ = await factory.RegisterAsync("ann@example.com");
        _ = await factory.RegisterAsync("bob@example.com");
        await ProgressApiTests.SeedAnnAsync(factory, await factory.AccountIdAsync("ann@example.com"));
        var ann = await CookieClientAsync(factory, "ann@example.com");
        var bob = await CookieClientAsync(factory, "bob@example.com");

        var progress = WebUtility.HtmlDecode(await ann.GetStringAsync("/progress", Cancel));
        var dashboard = WebUtility.HtmlDecode(await ann.GetStringAsync("/dashboard", Cancel));
        var bobsProgress = WebUtility.HtmlDecode(await bob.GetStringAsync("/progress", Cancel));

        progress.ShouldContain("Estimated 1RM of your main lifts");
        progress.ShouldContain("Back Squat: 116.7 kg in the week of 2 Mar 2026");
        progress.ShouldContain("Deadlift: 2.20 × bodyweight");
        dashboard.ShouldContain("Week of Mon 16 Mar 2026");
        bobsProgress.ShouldContain("No training in this range yet");
        bobsProgress.ShouldNotContain("Back Squat");
    }

    private static async Task<HttpClient> CookieClientAsync(WebFactory factory, string email)
    {
        var signIn = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/login?useCookies=true", new { email, password = RunLift.Web.Tests.Accounts.Password }, Cancel);
        signIn.EnsureSuccessStatusCode();
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("RunLift.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
