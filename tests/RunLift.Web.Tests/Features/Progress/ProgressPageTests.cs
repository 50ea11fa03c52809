using System.Net;
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
        var ann = await factory.CookieHeaderClientAsync("ann@example.com");
        var bob = await factory.CookieHeaderClientAsync("bob@example.com");

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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrainingLoad_IsOnTheProgressPage_AndALoadSpikeOnTheDashboardLinksToIt(DatabaseProvider provider)
    {
        await using var factory = await WebFactory.OnAsync(provider, time: new FakeTimeProvider(Now));
        _ = await factory.RegisterAsync("cat@example.com");
        var catId = await factory.AccountIdAsync("cat@example.com");
        await ProgressLoadApiTests.SeedCatAsync(factory, catId);
        const string Spike = """
            { "summary": { "errors": 0, "warnings": 1, "infos": 0 },
              "findings": [ { "id": "RL503", "name": "strength-load-spike", "severity": "warning", "message": "Strength load jumped." } ] }
            """;
        await factory.SeedAsync(ProgressApiTests.Snapshot(catId, "2026-03-09", 0, 1, 0, "RL503", Spike));
        var cat = await factory.CookieHeaderClientAsync("cat@example.com");

        var progress = WebUtility.HtmlDecode(await cat.GetStringAsync("/progress", Cancel));
        var dashboard = WebUtility.HtmlDecode(await cat.GetStringAsync("/dashboard", Cancel));

        // This week's loads, today's averages (ProgressLoadApiTests: 61.9, 144.0, −82.1), and the twelve weeks' split:
        // running 90 + 180 + 270 + 270 + 270, lifting 280 + 120 + 225.
        progress.ShouldContain("id=\"load\"");
        progress.ShouldContain("Training load");
        progress.ShouldContain("This week: running 270, lifting 225; form −82 (fitness 62, fatigue 144).");
        progress.ShouldContain("Over this range: running 1080, lifting 625 (37 % of the load).");
        dashboard.ShouldContain("Strength load jumped.");
        dashboard.ShouldContain("href=\"/progress#load\"");
        dashboard.ShouldContain("See your training load");
    }

    [Fact]
    public void TheLinkedRule_IsTheStrengthLoadSpike() =>
        RunLift.Auditing.Auditor.RuleCatalog.Single(r => r.Rule.Id == RunLift.Web.Features.Progress.TrainingLoadLink.StrengthLoadSpike).Rule.Name.ShouldBe("strength-load-spike");
}
