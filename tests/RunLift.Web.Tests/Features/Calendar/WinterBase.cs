using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using RunLift.Formats.Plans;
using RunLift.Web.Tests.Features.Profiles;
using static RunLift.Web.Tests.Http;

namespace RunLift.Web.Tests.Features.Calendar;

/// <summary>
/// An athlete who saved an eight-week plan on Monday 2 November 2026 (the profile of <see cref="ProfileApiTests"/>:
/// intervals on Tuesday morning, tempo on Thursday, the long run on Sunday; two sessions a week, which the planner puts
/// on Tuesday and Thursday evenings), three weeks before the clock is moved on to Monday 23 November.
/// </summary>
internal sealed class WinterBase
{
    public static readonly DateOnly Start = new(2026, 11, 2);
    public static readonly DateOnly ThreeWeeksLater = Start.AddDays(21);

    private WinterBase(long id, PlanJsonDocument plan)
    {
        Id = id;
        Plan = plan;
    }

    /// <summary>The saved plan.</summary>
    public long Id { get; }

    /// <summary>The plan as saved.</summary>
    public PlanJsonDocument Plan { get; }

    /// <summary>The plan's sessions in the week of <paramref name="monday"/>.</summary>
    public IReadOnlyList<PlanJsonSession> Week(DateOnly monday) => [.. Plan.Sessions.Where(s => s.Date >= monday && s.Date < monday.AddDays(7)).OrderBy(s => s.Date)];

    /// <summary>Registers <paramref name="email"/>, saves their profile and the plan on <see cref="Start"/>'s morning.</summary>
    public static async Task<(HttpClient Client, WinterBase Plan)> SaveAsync(WebFactory factory, FakeTimeProvider clock, string email)
    {
        clock.SetUtcNow(new DateTimeOffset(Start.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        var client = await factory.RegisterAsync(email);
        (await client.PutAsJsonAsync("/api/v1/profile", ProfileApiTests.Profile, Cancel)).EnsureSuccessStatusCode();
        var saved = await client.PostAsJsonAsync("/api/v1/saved-plans", new { name = "Winter base", start = "2026-11-02", weeks = 8 }, Cancel);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Cancel));
        var id = (await saved.JsonAsync()).GetProperty("id").GetInt64();
        var json = await (await client.GetAsync($"/api/v1/saved-plans/{id}", Cancel)).Content.ReadAsStringAsync(Cancel);
        return (client, new WinterBase(id, PlanJsonReader.Read(json)));
    }

    /// <summary>The planned working sets of <paramref name="session"/>.</summary>
    public static int WorkingSets(PlanJsonSession session) => session.Exercises.Sum(e => e.Sets.Count(s => !s.Warmup));

    /// <summary>Logs <paramref name="session"/> on its day with <paramref name="sets"/> of its working sets, exercise by exercise in order.</summary>
    public static async Task LogAsync(HttpClient client, PlanJsonSession session, int sets)
    {
        var logged = new List<object>();
        foreach (var exercise in session.Exercises)
        {
            foreach (var set in exercise.Sets.Where(s => !s.Warmup).Take(sets - logged.Count))
            {
                logged.Add(new { exercise = exercise.Name, kind = "working", reps = set.Reps, durationSeconds = set.Reps is null ? set.DurationSeconds ?? 30 : (double?)null });
            }
        }

        await LogAsync(client, session.Date, session.Name, [.. logged]);
    }

    /// <summary>Logs a session of <paramref name="sets"/> on <paramref name="date"/>.</summary>
    public static async Task<long> LogAsync(HttpClient client, DateOnly date, string name, params object[] sets)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { date = Day(date), name, sets }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
