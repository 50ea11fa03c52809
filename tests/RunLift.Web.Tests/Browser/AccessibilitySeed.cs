using System.Globalization;
using Microsoft.Playwright;
using RunLift.Time;

namespace RunLift.Web.Tests.Browser;

/// <summary>
/// Data for the accessibility tests' pages, through the API with a page's cookie, so that no page is checked empty:
/// a profile with a running week and a race, a saved plan, six weeks of strength sessions and runs; and a coach.
/// </summary>
internal static class AccessibilitySeed
{
    // The app's clock is the system's; the athlete's browser, and so their profile, is in UTC.
    private static DateOnly Today => AthleteClock.Today(TimeProvider.System, TimeZoneInfo.Utc);

    /// <summary>Fills the signed-in athlete's profile, plan and log.</summary>
    public static async Task AthleteAsync(IAPIRequestContext api)
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
            maxes = new[] { new { exercise = "Back Squat", oneRepMaxKg = 100 } },
            runningWeek = new object[]
            {
                new { day = "tuesday", kind = "intervals", minutes = 60, time = "am" },
                new { day = "thursday", kind = "easy", minutes = 40, time = "am" },
                new { day = "sunday", kind = "long", minutes = 100, time = "am" },
            },
        })));
        await SendAsync(api.PostAsync("/api/v1/races", Json(new { date = Day(Today.AddDays(120)), name = "Harbour Half", distanceMeters = 21_097.5, priority = "A" })));
        await SendAsync(api.PostAsync("/api/v1/saved-plans", Json(new { name = "Road to the Harbour Half", start = Day(IsoWeek.MondayOf(Today).AddDays(-14)), weeks = 12 })));

        for (var week = 6; week >= 0; week--)
        {
            var monday = IsoWeek.MondayOf(Today).AddDays(-7 * week);
            foreach (var (offset, name, load) in new[] { (0, "Strength A", 80 + (6 - week) * 2.5), (3, "Strength B", 60 + (6 - week) * 2.5) })
            {
                var date = monday.AddDays(offset);
                if (date <= Today)
                {
                    await SendAsync(api.PostAsync("/api/v1/sessions", Json(new
                    {
                        date = Day(date),
                        name,
                        sets = Enumerable.Range(0, 3).Select(_ => new { exercise = offset == 0 ? "Back Squat" : "Romanian Deadlift", kind = "working", reps = 5, loadKg = load, rpe = 8 })
                            .Append(new { exercise = "Pull-up", kind = "working", reps = 8, loadKg = 0.0, rpe = 8 }).ToArray(),
                    })));
                }
            }

            foreach (var (offset, kind, minutes) in new[] { (1, "intervals", 60), (3, "easy", 40), (6, "long", 100) })
            {
                var date = monday.AddDays(offset);
                if (date <= Today)
                {
                    await SendAsync(api.PostAsync("/api/v1/runs", Json(new { date = Day(date), kind, durationSeconds = minutes * 60, distanceMeters = minutes * 180 })));
                }
            }
        }
    }

    /// <summary>
    /// The coach invites the athlete (whose e-mail is confirmed), the athlete accepts: returns the athlete's id as the
    /// coach's pages name it.
    /// </summary>
    public static async Task<string> CoachingAsync(IAPIRequestContext coach, IAPIRequestContext athlete, string athleteEmail)
    {
        await SendAsync(coach.PostAsync("/api/v1/coach/invitations", Json(new { email = athleteEmail })));
        var invitations = (await (await SendAsync(athlete.GetAsync("/api/v1/coaches"))).JsonAsync())!.Value.GetProperty("invitations");
        var linkId = invitations[0].GetProperty("linkId").GetInt64();
        await SendAsync(athlete.PostAsync($"/api/v1/coaches/{linkId}/accept"));
        var athletes = (await (await SendAsync(coach.GetAsync("/api/v1/coach/athletes"))).JsonAsync())!.Value;
        return athletes[0].GetProperty("athleteId").GetString()!;
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
