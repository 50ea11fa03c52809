using System.Net;
using Microsoft.Extensions.Time.Testing;
using RunLift.Catalog;
using RunLift.Web.Features.Log;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Log;

public sealed class LogPageTests
{
    [Fact]
    public async Task LogPage_Anonymous_RedirectsToSignIn()
    {
        await using var factory = WebFactory.With();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/log", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    [Fact]
    public void RestCountdown_CountsOnTheClock_PausesAndFinishes()
    {
        var time = new FakeTimeProvider();
        var rest = new RestCountdown(time);
        rest.Start(TimeSpan.FromMinutes(3), "Back Squat");

        time.Advance(TimeSpan.FromSeconds(60));
        rest.Remaining.ShouldBe(TimeSpan.FromSeconds(120));
        rest.Pause();
        time.Advance(TimeSpan.FromMinutes(10));
        rest.Remaining.ShouldBe(TimeSpan.FromSeconds(120));
        rest.IsRunning.ShouldBeFalse();
        rest.Resume();
        time.Advance(TimeSpan.FromSeconds(119));
        rest.IsFinished.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(2));
        rest.IsFinished.ShouldBeTrue();
        rest.Remaining.ShouldBe(TimeSpan.Zero);
        rest.Skip();
        rest.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Back Squat", 180)]
    [InlineData("Romanian Deadlift", 180)]
    [InlineData("Box Jump", 120)]
    [InlineData("Biceps Curl", 60)]
    [InlineData("Something Nobody Has Heard Of", 120)]
    public void DefaultRest_IsFullRecoveryForHeavyLifts(string exercise, int seconds) =>
        RestCountdown.DefaultRest(ExerciseCatalog.Default, exercise).ShouldBe(TimeSpan.FromSeconds(seconds));
}
