using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Formats.Plans;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner three weeks into a plan (a week done, a week partly done, a week missed, this week's sessions so far done)
/// opens the calendar on a phone and on a desktop: statuses in words and colours, today marked, a missed session moved
/// or dropped, months changed with the keyboard; and the dashboard's line about this week leads there.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class CalendarJourneyTests(BrowserFixture browser)
{
    // The app's clock is the system's: the athlete (whose browser is in UTC) is in UTC.
    private static DateOnly Today => AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);

    private static DateOnly ThisMonday => IsoWeek.MondayOf(Today);

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task TheCalendar_ShowsPlannedVsDone_AndTheDashboardLeadsToIt(int width, int height, string device)
    {
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Casey Calendar");
        await SeedAsync(page.APIRequest);

        await GoToAsync(page, "/dashboard");
        var line = page.GetByTestId("dashboard-compliance");
        await Assertions.Expect(line).ToContainTextAsync(new Regex(@"This week: (no session planned|\d+ of \d+ done)"));
        await Assertions.Expect(line).ToContainTextAsync("Three weeks in:");
        await line.GetByRole(AriaRole.Link, new() { Name = "See planned vs done on the calendar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/calendar$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();

        await Assertions.Expect(page).ToHaveTitleAsync("Calendar · RunLift");
        var month = page.GetByTestId("calendar-month");
        await Assertions.Expect(month).ToHaveTextAsync(Today.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        var today = page.Locator("[data-testid=calendar-day][aria-current=date]");
        await Assertions.Expect(today).ToHaveAttributeAsync("data-date", Day(Today));
        await Assertions.Expect(today.GetByTestId("calendar-today-mark")).ToBeVisibleAsync();
        foreach (var word in new[] { "done", "partial", "missed", "planned", "moved", "unplanned", "rest" })
        {
            await Assertions.Expect(page.GetByTestId("calendar-legend")).ToContainTextAsync($"{word}:");
        }

        // The month holding the missed week: its sessions moved to a later day of the week, or dropped.
        var missedWeek = ThisMonday.AddDays(-7);
        await page.GetByRole(AriaRole.Button, new() { Name = "Today" }).FocusAsync();
        if (missedWeek.Month != Today.Month)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(month).ToHaveTextAsync(missedWeek.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }

        var plannedDay = page.Locator($"[data-testid=calendar-day][data-date='{Day(missedWeek.AddDays(1))}']");
        await Assertions.Expect(plannedDay).ToHaveAttributeAsync("data-status", new Regex("^(moved|missed)$"));
        await Assertions.Expect(plannedDay.GetByTestId("calendar-planned")).ToContainTextAsync(new Regex("(moved to|dropped: no later day)"));
        await NoHorizontalScrollAsync(page);
        await plannedDay.EvaluateAsync("day => day.scrollIntoView({ block: 'center' })");
        await session.ScreenshotAsync($"calendar-{device}.png");

        // The week before, partly done, with its Monday's easy run (in the month before, when the grid does not reach it).
        var partWeek = missedWeek.AddDays(-7);
        if (await page.Locator($"[data-testid=calendar-day][data-date='{Day(partWeek)}']").CountAsync() == 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Previous month" }).ClickAsync();
            await Assertions.Expect(month).ToHaveTextAsync(partWeek.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator($"[data-testid=calendar-day][data-date='{Day(partWeek.AddDays(1))}']")).ToHaveAttributeAsync("data-status", "partial");
        await Assertions.Expect(page.Locator($"[data-testid=calendar-day][data-date='{Day(partWeek)}'] [data-testid=calendar-run]")).ToContainTextAsync("easy run · 40 min");

        // Next month and back to today's, from the keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Next month" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Today" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(month).ToHaveTextAsync(Today.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(today).ToHaveCountAsync(1);

        session.Errors.ShouldBeEmpty();
    }

    private static async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private static async Task NoHorizontalScrollAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page scrolls sideways");

    /// <summary>
    /// Through the API with the page's cookie: a profile, an eight-week plan that started three weeks before this week, its
    /// first week done, its second 60 % done, its third not at all, this week's sessions before today done; an easy run
    /// every Monday and the long run every Sunday.
    /// </summary>
    private static async Task SeedAsync(IAPIRequestContext api)
    {
        await SendAsync(api.PutAsync("/api/v1/profile", Json(new
        {
            experience = "intermediate",
            bodyweightKg = 70,
            units = "kg",
            rehab = false,
            maxSessionMinutes = 50,
            sessionsPerWeek = 2,
            equipment = new[] { "barbell", "rack", "bench", "dumbbells" },
            maxes = Array.Empty<object>(),
            runningWeek = new object[]
            {
                new { day = "monday", kind = "easy", minutes = 40, time = "am" },
                new { day = "tuesday", kind = "intervals", minutes = 60, time = "am" },
                new { day = "thursday", kind = "tempo", minutes = 50, time = "am" },
                new { day = "sunday", kind = "long", minutes = 110, time = "am" },
            },
        })));
        var start = ThisMonday.AddDays(-21);
        var saved = await SendAsync(api.PostAsync("/api/v1/saved-plans", Json(new { name = "Three weeks in", start = Day(start), weeks = 8 })));
        var id = (await saved.JsonAsync())!.Value.GetProperty("id").GetInt64();
        var plan = PlanJsonReader.Read(await (await SendAsync(api.GetAsync($"/api/v1/saved-plans/{id}"))).TextAsync());

        foreach (var planned in plan.Sessions.Where(s => s.Date < Today))
        {
            var sets = planned.Exercises.SelectMany(e => e.Sets.Where(s => !s.Warmup).Select(s => (e.Name, Set: s))).ToList();
            var week = (planned.Date.DayNumber - start.DayNumber) / 7;
            var done = week switch
            {
                1 => (int)Math.Ceiling(sets.Count * 0.6),
                2 => 0,
                _ => sets.Count,
            };
            if (done > 0)
            {
                await SendAsync(api.PostAsync("/api/v1/sessions", Json(new
                {
                    date = Day(planned.Date),
                    name = planned.Name,
                    sets = sets.Take(done).Select(s => new { exercise = s.Name, kind = "working", reps = s.Set.Reps, durationSeconds = s.Set.Reps is null ? 30 : (int?)null }).ToArray(),
                })));
            }
        }

        for (var monday = start; monday <= ThisMonday; monday = monday.AddDays(7))
        {
            await RunAsync(api, monday, "easy", 40);
            await RunAsync(api, monday.AddDays(6), "long", 100);
        }
    }

    private static async Task RunAsync(IAPIRequestContext api, DateOnly date, string kind, int minutes)
    {
        if (date <= Today)
        {
            await SendAsync(api.PostAsync("/api/v1/runs", Json(new { date = Day(date), kind, durationSeconds = minutes * 60 })));
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task<IAPIResponse> SendAsync(Task<IAPIResponse> request)
    {
        var response = await request;
        response.Ok.ShouldBeTrue($"{response.Url}: {response.Status} {await response.TextAsync()}");
        return response;
    }
}
