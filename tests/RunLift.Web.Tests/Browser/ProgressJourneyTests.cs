using System.Globalization;
using Microsoft.Playwright;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner logs a squat session with the rest timer, and finds its estimated 1RM on the progress page and the
/// session on the dashboard; and the two pages with months of training behind them (the screenshots).
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class ProgressJourneyTests(BrowserFixture browser)
{
    // The app's today: the date of its TimeProvider's local time zone, as the log, dashboard and progress pages take it.
    // The athlete's today: the browser (in UTC) reports its zone as they register, and the app dates in it.
    private static DateOnly Today => AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);

    [Fact]
    public async Task LogASquatSession_WithTheRestTimer_ThenTheOneRepMaxChartAndTheDashboardShowIt()
    {
        await using var session = await browser.OpenAsync("/account/register", interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Sam Squat");
        await GoToAsync(page, "/log");

        // The session is today's (the editor's default date), so that the dashboard's week holds it.
        await page.GetByTestId("log-new-session").ClickAsync();
        await Assertions.Expect(page.Locator("#session-date")).ToHaveValueAsync(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#session-name").FillAsync("Squat day");
        await page.Locator("#set-exercise-0").FillAsync("Back Squat");
        await page.Keyboard.PressAsync("Escape");

        // 3 × 5 @ 100 kg, RPE 8, with a 2 s rest after each set (entered first, so that it is bound before the tick).
        await page.Locator("#set-rest-0").FillAsync("2");
        await page.Locator("#set-reps-0").FillAsync("5");
        await page.Locator("#set-load-0").FillAsync("100");
        await page.Locator("#set-rpe-0").FillAsync("8");
        for (var set = 0; set < 3; set++)
        {
            if (set > 0)
            {
                // A new set repeats the last one's exercise, reps, load and rest.
                await page.GetByTestId("add-set").ClickAsync();
                await Assertions.Expect(page.Locator($"#set-load-{set}")).ToHaveValueAsync("100");
                await page.Locator($"#set-rpe-{set}").FillAsync("8");
            }

            await Assertions.Expect(page.Locator($"#set-rest-{set}")).ToHaveValueAsync("2");
            await Assertions.Expect(page.Locator($"#set-rpe-{set}")).ToHaveValueAsync("8");
            await page.Locator($"[data-testid=set-done-{set}] input, input[data-testid=set-done-{set}]").First.CheckAsync();
            await Assertions.Expect(page.GetByTestId("rest-timer")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("rest-finished")).ToContainTextAsync("Back Squat");
            await page.GetByTestId("rest-dismiss").ClickAsync();
            await Assertions.Expect(page.GetByTestId("rest-timer")).ToBeHiddenAsync();
        }

        await page.GetByTestId("save-session").ClickAsync();
        await Assertions.Expect(page.GetByTestId("session-row").Filter(new() { HasText = "Squat day" })).ToContainTextAsync("3 working sets");

        // Epley: 100 × (1 + 5/30) = 116.7 kg, in the week of today's Monday.
        await GoToAsync(page, "/progress");
        var monday = IsoWeek.MondayOf(Today).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var chart = page.GetByTestId("chart-1rm");
        await Assertions.Expect(chart).ToContainTextAsync($"Back Squat: 116.7 kg in the week of {monday}");
        await ChartsDrawnAsync(page);
        await Assertions.Expect(chart.Locator(".mud-chart-legend-item")).ToHaveTextAsync(["Back Squat"]);
        await Assertions.Expect(page.GetByTestId("chart-sets")).ToContainTextAsync("squat 3");
        await page.GetByTestId("show-table").ClickAsync();
        var week = page.GetByTestId("progress-week").Filter(new() { HasText = monday });
        await Assertions.Expect(week).ToHaveCountAsync(1);
        await Assertions.Expect(week).ToContainTextAsync("Back Squat 116.7 kg");

        await GoToAsync(page, "/dashboard");
        var done = page.GetByTestId("dashboard-session-done");
        await Assertions.Expect(done).ToHaveCountAsync(1);
        await Assertions.Expect(done).ToContainTextAsync("Squat day");
        await Assertions.Expect(done).ToContainTextAsync("3 working sets");
        await Assertions.Expect(page.GetByTestId("dashboard-audit")).Not.ToContainTextAsync("No audit yet");

        session.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task ProgressAndDashboard_WithMonthsOfTraining(int width, int height, string device)
    {
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Riley Runner");
        await SeedAsync(page.APIRequest);

        await GoToAsync(page, "/dashboard");
        await Assertions.Expect(page.GetByTestId("dashboard-session-done").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-race")).ToContainTextAsync("half marathon");
        await NoHorizontalScrollAsync(page);
        await session.ScreenshotAsync($"dashboard-{device}.png");

        await GoToAsync(page, "/progress");
        var chart = page.GetByTestId("chart-1rm");
        await Assertions.Expect(chart).ToContainTextAsync("Back Squat: ");
        await Assertions.Expect(page.GetByTestId("chart-relative")).ToContainTextAsync("× bodyweight");
        await ChartsDrawnAsync(page);
        await NoHorizontalScrollAsync(page);
        await session.ScreenshotAsync($"progress-{device}.png");

        session.Errors.ShouldBeEmpty();
    }

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    /// <summary>The charts fit their boxes (MatchBoundsToSize): they draw once the browser has measured them.</summary>
    private static async Task ChartsDrawnAsync(IPage page)
    {
        foreach (var chart in new[] { "chart-1rm", "chart-sets", "chart-load", "chart-training-load", "chart-findings" })
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator(".mud-chart-legend-item").First).ToBeVisibleAsync();
        }
    }

    private static async Task NoHorizontalScrollAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");

    /// <summary>
    /// Twenty weeks of a runner's training through the API, with the page's sign-in cookie: a profile, a half
    /// marathon ahead, two strength sessions a week (heavier by the week, a lighter week every fourth, a week off)
    /// and three runs.
    /// </summary>
    private static async Task SeedAsync(IAPIRequestContext api)
    {
        await SendAsync(api.PutAsync("/api/v1/profile", Json(new
        {
            experience = "intermediate",
            bodyweightKg = 68,
            units = "kg",
            rehab = false,
            maxSessionMinutes = 50,
            sessionsPerWeek = 2,
            equipment = new[] { "barbell", "rack", "bench", "dumbbells" },
            maxes = Array.Empty<object>(),
            runningWeek = new object[]
            {
                new { day = "tuesday", kind = "intervals", minutes = 60, time = "am" },
                new { day = "thursday", kind = "easy", minutes = 45, time = "pm" },
                new { day = "sunday", kind = "long", minutes = 110, time = "am" },
            },
        })));
        await SendAsync(api.PostAsync("/api/v1/races", Json(new
        {
            date = Today.AddDays(38).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            name = "City Half",
            distanceMeters = 21097.5,
            priority = "A",
        })));

        const int Weeks = 20;
        var thisMonday = IsoWeek.MondayOf(Today);
        for (var week = 0; week < Weeks; week++)
        {
            if (week == 9)
            {
                continue; // a week away
            }

            var monday = thisMonday.AddDays(-7 * (Weeks - 1 - week));
            var light = week % 4 == 2;
            double Kg(double start, double perWeek) => Math.Round((start + perWeek * week) * (light ? 0.85 : 1) / 2.5) * 2.5;

            await SessionAsync(api, monday, "Strength A", 45, light ? 6 : 7.5,
                Sets("Back Squat", 3, 5, Kg(70, 1.5), light ? 6 : 8),
                Sets("Bench Press", 3, 5, Kg(45, 0.75), 7.5),
                Sets("Romanian Deadlift", 3, 6, Kg(65, 1.5), 7.5));
            await SessionAsync(api, monday.AddDays(3), "Strength B", 40, light ? 6 : 7,
                Sets("Dumbbell Row", 3, 8, Kg(22, 0.4), 7),
                Sets("Overhead Press", 3, 5, Kg(30, 0.5), 8),
                Sets("Bulgarian Split Squat", 2, 8, Kg(12, 0.5), 7.5, perSide: true),
                Sets("Standing Calf Raise", 3, 12, Kg(40, 1), 8));
            await RunAsync(api, monday.AddDays(1), "intervals", 55 + week % 3 * 5, 11_000);
            await RunAsync(api, monday.AddDays(3), "easy", 45, 8_500);
            await RunAsync(api, monday.AddDays(6), "long", 80 + week * 2, 14_000 + week * 400);
        }
    }

    private static async Task SessionAsync(IAPIRequestContext api, DateOnly date, string name, int minutes, double rpe, params object[][] sets)
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
            sets = sets.SelectMany(s => s).ToArray(),
        })));
    }

    private static object[] Sets(string exercise, int count, int reps, double loadKg, double rpe, bool perSide = false) =>
        [.. Enumerable.Range(0, count).Select(i => new { exercise, reps, loadKg, rpe = Math.Min(10, rpe + i * 0.5), restSeconds = 150, perSide })];

    private static async Task RunAsync(IAPIRequestContext api, DateOnly date, string kind, int minutes, int meters)
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
            distanceMeters = meters,
        })));
    }

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task SendAsync(Task<IAPIResponse> request)
    {
        var response = await request;
        response.Ok.ShouldBeTrue($"{response.Url}: {response.Status} {await response.TextAsync()}");
    }
}
