using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner who lifts opens /progress#load and lands on the training-load chart: running and lifting bars, the
/// fitness, fatigue and form lines, and a summary that says what the API says (the screenshots, on a phone and a desktop).
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class TrainingLoadJourneyTests(BrowserFixture browser)
{
    // The athlete's today: the browser (in UTC) reports its zone as they register, and the app dates in it.
    private static DateOnly Today => AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task ProgressLoadAnchor_LandsOnTheChart_WithItsLinesAndSummary(int width, int height, string device)
    {
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Lee Load");
        await SeedAsync(page.APIRequest);

        await page.GotoAsync("/progress#load");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        var chart = page.GetByTestId("chart-training-load");
        await Assertions.Expect(chart.Locator(".mud-chart-legend-item")).ToHaveTextAsync(["Running", "Lifting", "Fitness (6 weeks)", "Fatigue (1 week)", "Form"]);
        await Assertions.Expect(chart.GetByRole(AriaRole.Heading, new() { Name = "Training load" })).ToBeInViewportAsync();

        // The summary is this week's sums and today's form as the API reports them.
        var progress = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/progress?weeks=12")).TextAsync()).RootElement;
        var week = progress.GetProperty("weeks")[progress.GetProperty("weeks").GetArrayLength() - 1];
        var today = progress.GetProperty("days")[progress.GetProperty("days").GetArrayLength() - 1];
        today.GetProperty("date").GetString().ShouldBe(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var form = Math.Round(today.GetProperty("form").GetDouble());
        await Assertions.Expect(chart).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture,
            $"This week: running {week.GetProperty("runningLoad").GetDouble():0}, lifting {week.GetProperty("strengthLoad").GetDouble():0}; form {(form < 0 ? "−" : "")}{Math.Abs(form):0}"));
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");
        await session.ScreenshotAsync($"progress-load-{device}.png");

        session.Errors.ShouldBeEmpty();
    }

    /// <summary>
    /// Ten weeks through the API with the page's sign-in cookie: a maximum heart rate of 190, two strength sessions a
    /// week (one with a recorded length, one without), intervals and a long run with a heart rate, an easy run without,
    /// building for three weeks and easing the fourth.
    /// </summary>
    private static async Task SeedAsync(IAPIRequestContext api)
    {
        await SendAsync(api.PutAsync("/api/v1/profile", Json(new
        {
            experience = "intermediate",
            bodyweightKg = 70,
            units = "kg",
            rehab = false,
            maxHeartRate = 190,
            maxSessionMinutes = 60,
            sessionsPerWeek = 2,
            equipment = new[] { "barbell", "rack", "bench", "dumbbells" },
            maxes = Array.Empty<object>(),
            runningWeek = Array.Empty<object>(),
        })));

        const int Weeks = 10;
        var thisMonday = IsoWeek.MondayOf(Today);
        for (var week = 0; week < Weeks; week++)
        {
            var monday = thisMonday.AddDays(-7 * (Weeks - 1 - week));
            var easier = week % 4 == 3 ? 0.7 : 1.0;
            var more = 1 + 0.05 * week;
            await SessionAsync(api, monday, "Strength A", (int)(50 * easier), 7.5, 5);
            await SessionAsync(api, monday.AddDays(3), "Strength B", null, 7, (int)(4 * easier));
            await RunAsync(api, monday.AddDays(1), "intervals", (int)(55 * more * easier), 165);
            await RunAsync(api, monday.AddDays(3), "easy", 40, null);
            await RunAsync(api, monday.AddDays(6), "long", (int)(75 * more * easier), 142);
        }
    }

    private static async Task SessionAsync(IAPIRequestContext api, DateOnly date, string name, int? minutes, double rpe, int sets)
    {
        if (date > Today)
        {
            return;
        }

        await SendAsync(api.PostAsync("/api/v1/sessions", Json(new
        {
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            name,
            durationMinutes = minutes,
            sessionRpe = rpe,
            sets = Enumerable.Range(0, sets)
                .Select(_ => new { exercise = "Back Squat", reps = 5, loadKg = 100.0, rpe = 8.0, restSeconds = 180 })
                .Concat(Enumerable.Range(0, sets).Select(_ => new { exercise = "Romanian Deadlift", reps = 6, loadKg = 90.0, rpe = 7.5, restSeconds = 150 }))
                .ToArray(),
        })));
    }

    private static async Task RunAsync(IAPIRequestContext api, DateOnly date, string kind, int minutes, int? heartRate)
    {
        if (date > Today)
        {
            return;
        }

        await SendAsync(api.PostAsync("/api/v1/runs", Json(new
        {
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kind,
            durationSeconds = minutes * 60,
            averageHeartRate = heartRate,
        })));
    }

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task SendAsync(Task<IAPIResponse> request)
    {
        var response = await request;
        response.Ok.ShouldBeTrue($"{response.Url}: {response.Status} {await response.TextAsync()}");
    }
}
