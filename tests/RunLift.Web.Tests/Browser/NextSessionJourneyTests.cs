using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RunLift.Time;
using RunLift.Web.Tests.Features.Plans;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// A runner two weeks into a plan, every session so far logged, opens the log: it opens on the plan's next session,
/// its loads prescribed from those sessions with the reasons beside each lift, its warm-ups and rests; they tick a set
/// (the rest timer starts) and save it, and it is logged with the plan.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed partial class NextSessionJourneyTests(BrowserFixture browser)
{
    // The athlete's today: the browser (in UTC) reports its zone as they register, and the app dates in it.
    private static DateOnly Today => AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);

    [Theory]
    [InlineData(390, 844, "next-session-phone.png")]
    [InlineData(1280, 800, "next-session-desktop.png")]
    public async Task TheLog_OpensOnTheNextSession_WithItsReasons_ThenLogsIt(int width, int height, string screenshot)
    {
        await using var session = await browser.OpenAsync("/account/register", width, height, interactive: false);
        var page = session.Page;
        await session.RegisterAsync("Nia Next");
        var plan = await SavePlanAsync(page.APIRequest);
        var next = await LogTheSessionsBeforeTodayAsync(page.APIRequest, plan);

        await page.GotoAsync("/log");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var earlier = session.Errors.Count;

        await Assertions.Expect(page.GetByTestId("next-session")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#session-name")).ToHaveValueAsync(next.GetProperty("name").GetString()!);
        await Assertions.Expect(page.Locator("#session-date")).ToHaveValueAsync(next.GetProperty("date").GetString()!);
        var reason = page.GetByTestId("adjustment-reason").First;
        await Assertions.Expect(reason).ToContainTextAsync(Reason());
        await Assertions.Expect(page.Locator("[data-testid=set-row][data-kind=warmup]").First).ToBeVisibleAsync();
        await reason.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await session.ScreenshotAsync(screenshot);

        // The prescribed sets are the endpoint's, in the athlete's unit; ticking one starts its planned rest.
        var first = next.GetProperty("exercises")[0].GetProperty("sets")[0];
        await Assertions.Expect(page.Locator("#set-reps-0")).ToHaveValueAsync(first.GetProperty("reps").ToString());
        await page.Locator("[data-testid=set-done-0] input, input[data-testid=set-done-0]").First.CheckAsync();
        await Assertions.Expect(page.GetByTestId("rest-timer")).ToBeVisibleAsync();
        var rows = page.GetByTestId("session-row").Filter(new() { HasText = next.GetProperty("name").GetString()! });
        var before = await rows.CountAsync();
        await page.GetByTestId("save-session").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);

        var logged = await page.APIRequest.GetAsync($"/api/v1/sessions?from={next.GetProperty("date").GetString()}&to={next.GetProperty("date").GetString()}");
        var items = JsonDocument.Parse(await logged.TextAsync()).RootElement.GetProperty("items");
        items.EnumerateArray().ShouldContain(s => s.GetProperty("planId").GetInt64() == plan);
        session.Errors.Skip(earlier).ShouldBeEmpty();
    }

    /// <summary>Saves the API tests' plan, moved to start on the Monday two weeks before this one, with its 10k seven weeks on.</summary>
    private static async Task<long> SavePlanAsync(IAPIRequestContext api)
    {
        var start = IsoWeek.MondayOf(Today).AddDays(-14);
        var request = NextSessionApiTests.Request
            .Replace("2026-11-02", Date(start), StringComparison.Ordinal)
            .Replace("2026-12-20", Date(start.AddDays(48)), StringComparison.Ordinal);
        var saved = await api.PostAsync("/api/v1/saved-plans?name=Autumn%2010k", new() { Data = request, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/yaml" } });
        saved.Ok.ShouldBeTrue($"{saved.Status} {await saved.TextAsync()}");
        return JsonDocument.Parse(await saved.TextAsync()).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>
    /// Logs every session of the plan before today as written, at RPE 7 (the plan asks for 8): the plan's loads, and 40 kg
    /// for a loaded lift it leaves to the RPE. Returns the next session, as the endpoint prescribes it.
    /// </summary>
    private static async Task<JsonElement> LogTheSessionsBeforeTodayAsync(IAPIRequestContext api, long plan)
    {
        var written = JsonDocument.Parse(await (await api.GetAsync($"/api/v1/saved-plans/{plan}")).TextAsync()).RootElement;
        foreach (var planned in written.GetProperty("sessions").EnumerateArray().Where(s => DateOnly.Parse(s.GetProperty("date").GetString()!, CultureInfo.InvariantCulture) < Today))
        {
            var sets = planned.GetProperty("exercises").EnumerateArray().SelectMany(exercise =>
            {
                var loaded = exercise.GetProperty("sets").EnumerateArray().Any(s => s.TryGetProperty("warmup", out _));
                return exercise.GetProperty("sets").EnumerateArray().Where(s => !s.TryGetProperty("warmup", out _)).Select(s => new
                {
                    exercise = exercise.GetProperty("name").GetString(),
                    reps = s.GetProperty("reps").ValueKind == JsonValueKind.Number ? s.GetProperty("reps").GetInt32() : (int?)null,
                    durationSeconds = s.TryGetProperty("durationSeconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number ? seconds.GetInt32() : (int?)null,
                    loadKg = s.GetProperty("load").TryGetProperty("kg", out var kg) ? kg.GetDouble() : loaded ? 40 : (double?)null,
                    rpe = s.GetProperty("load").TryGetProperty("rpe", out _) ? 7 : (double?)null,
                });
            }).ToList();
            var logged = await api.PostAsync("/api/v1/sessions", new() { DataObject = new { date = planned.GetProperty("date").GetString(), name = planned.GetProperty("name").GetString(), planId = plan, sets } });
            logged.Ok.ShouldBeTrue($"{logged.Status} {await logged.TextAsync()}");
        }

        var next = await api.GetAsync($"/api/v1/saved-plans/{plan}/next");
        next.Ok.ShouldBeTrue($"{next.Status} {await next.TextAsync()}");
        return JsonDocument.Parse(await next.TextAsync()).RootElement.Clone();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Every lift was logged at RPE 7: its reason says so, whether it adds the increment or comes from the last set.
    [GeneratedRegex("RPE 7")]
    private static partial Regex Reason();
}
