using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Formats.Calendar;
using RunLift.Following;
using RunLift.Formats.Plans;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// A strength session as the calendar feed shows it: which plan and planned day it is (what its UID is made of, so that
/// it keeps its UID wherever it goes), and the day and time it is on now.
/// </summary>
/// <param name="PlanId">The saved plan it belongs to.</param>
/// <param name="OriginalDate">The day the plan first put it on.</param>
/// <param name="Name">"Strength A".</param>
/// <param name="Date">The day it is on now.</param>
/// <param name="Time">When in the day; null when the plan does not say (a whole-day event).</param>
/// <param name="EstimatedDuration">Its estimated length.</param>
/// <param name="Exercises">Its exercises in the plans' short form, one a line.</param>
internal sealed record FeedSession(
    long PlanId, DateOnly OriginalDate, string Name, DateOnly Date, TimeOfDay? Time, TimeSpan EstimatedDuration, IReadOnlyList<string> Exercises);

/// <summary>A feed's new secret, shown this once, and when it was made (UTC).</summary>
internal sealed record NewFeedSecret(string Secret, DateTime CreatedAt);

/// <summary>A saved plan as the feed reads it: its id and its stored document.</summary>
internal sealed record FeedPlan(long Id, PlanJsonDocument Plan);

/// <summary>
/// The athlete's private calendar feed: makes, replaces and revokes the secret of its URL, and writes the calendar that
/// URL serves (their planned strength sessions and key runs, on their clock). The calendar is worked out from the saved
/// plans each time it is asked for, never stored, so a calendar app that fetches it again sees every change to the plans.
/// </summary>
internal sealed class CalendarFeedOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time, ExerciseCatalog catalog)
{
    /// <summary>How far back the feed goes from the athlete's today: enough for the recent weeks, not the whole history.</summary>
    public const int WeeksBack = 8;

    /// <summary>The most events one feed holds (the earliest ones from <see cref="WeeksBack"/> on), whatever the plans hold.</summary>
    public const int MaxEvents = 1000;

    /// <summary>The most saved plans one feed reads (those that start latest), so that a request's work is bounded.</summary>
    public const int MaxPlans = 20;

    /// <summary>What a calendar app shows the feed as, and how often it is asked to fetch it again.</summary>
    public static readonly CalendarFeedHeader Header = new("RunLift training", TimeSpan.FromHours(1));

    /// <summary>
    /// A new secret for the athlete's feed, replacing the one before, which stops working at once (only its hash was
    /// kept, and that is overwritten). The secret is returned once and never stored.
    /// </summary>
    public async Task<NewFeedSecret> CreateAsync(string accountId, CancellationToken cancellation)
    {
        var secret = FeedSecret.New();
        var hash = FeedSecret.HashOf(secret)!;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (await ReplaceAsync(db, accountId, hash, now, cancellation) > 0)
        {
            return new NewFeedSecret(secret, now);
        }

        db.CalendarFeeds.Add(new CalendarFeed { AccountId = accountId, SecretSha256 = hash, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another request made the athlete's first link meanwhile: this one replaces it, as any newer link does.
            db.ChangeTracker.Clear();
            await ReplaceAsync(db, accountId, hash, now, cancellation);
        }

        return new NewFeedSecret(secret, now);
    }

    /// <summary>When the athlete's current feed link was made (UTC); null when they have none.</summary>
    public async Task<DateTime?> CreatedAtAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CalendarFeeds.AsNoTracking().Where(f => f.AccountId == accountId).Select(f => (DateTime?)f.CreatedAt).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>Revokes the athlete's feed: its URL stops working at once. False when they had none.</summary>
    public async Task<bool> RevokeAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CalendarFeeds.Where(f => f.AccountId == accountId).ExecuteDeleteAsync(cancellation) > 0;
    }

    /// <summary>
    /// The calendar (iCalendar text) of the feed whose secret is <paramref name="secret"/>, found by the secret's hash;
    /// null for a secret that is not a current one (unknown, replaced or revoked: the caller cannot tell which). It
    /// holds the planned sessions and key runs from <see cref="WeeksBack"/> weeks before the athlete's today to the
    /// plans' ends, timed in their profile's zone (UTC without one).
    /// </summary>
    public async Task<string?> CalendarAsync(string? secret, CancellationToken cancellation)
    {
        if (FeedSecret.HashOf(secret) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var accountId = await db.CalendarFeeds.AsNoTracking().Where(f => f.SecretSha256 == hash).Select(f => f.AccountId).FirstOrDefaultAsync(cancellation);
        if (accountId is null)
        {
            return null;
        }

        var zone = await ProfileTimeZone.OfAsync(db, accountId, cancellation);
        var today = AthleteClock.Today(time, zone);
        var from = today.AddDays(-7 * WeeksBack);
        var stored = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId && p.End >= from)
            .OrderByDescending(p => p.Start).ThenByDescending(p => p.Id)
            .Take(MaxPlans)
            .Select(p => new { p.Id, p.PlanJson })
            .ToListAsync(cancellation);
        var plans = stored.Select(p => Read(p.Id, p.PlanJson)).OfType<FeedPlan>().OrderBy(p => p.Id).ToList();

        // Missed sessions move within their week as the calendar shows them: the feed puts them on their new day.
        var moved = new Dictionary<(long, DateOnly, string), FollowedSession>();
        if (plans.Count > 0)
        {
            var followed = await PlanFollowing.FollowAsync(db, catalog, accountId, from, plans.Max(p => p.Plan.Sessions.Count == 0 ? from : p.Plan.Sessions.Max(x => x.Date)), today, cancellation);
            foreach (var session in followed.Plans.SelectMany(p => p.Sessions).Where(s => s.Moved))
            {
                moved[(session.Planned.PlanId, session.Planned.Date, session.Planned.Name)] = session;
            }
        }

        var entries = Sessions(plans, from, moved).Select(Entry).Concat(KeyRuns(plans, from))
            .OrderBy(e => e.Date).ThenBy(e => e.Time ?? TimeOnly.MinValue)
            .Take(MaxEvents);
        return PlanCalendarWriter.ToIcs(entries, time.GetUtcNow(), zone, Header);
    }

    /// <summary>
    /// The strength sessions the feed shows, dated on or after <paramref name="from"/>: the one place that decides which
    /// sessions and on which day: the day its plan put it on, or the day a missed session moved to (<paramref name="moved"/>,
    /// by plan, original day and name), at the time of day it had.
    /// </summary>
    internal static List<FeedSession> Sessions(IReadOnlyList<FeedPlan> plans, DateOnly from, IReadOnlyDictionary<(long, DateOnly, string), FollowedSession> moved) =>
    [
        .. plans.SelectMany(p =>
        {
            var units = PlanJsonValues.Units(p.Plan);
            return p.Plan.Sessions
                .Where(s => s.Date >= from)
                .Select(s => (Stored: s, Moved: moved.GetValueOrDefault((p.Id, s.Date, s.Name))))
                .Select(x => new FeedSession(
                    p.Id, x.Stored.Date, x.Stored.Name, x.Moved?.Date ?? x.Stored.Date, PlanJsonValues.Time(x.Stored.Time), TimeSpan.FromMinutes(x.Stored.EstimatedMinutes),
                    [.. x.Stored.Exercises.Select(e => PlanJsonValues.Exercise(e, units))]));
        }),
    ];

    /// <summary>
    /// The plans' key runs (<see cref="Run.IsKey"/>: quality runs, long runs, races) on or after <paramref name="from"/>,
    /// each once however many plans hold it (the running week is the athlete's, not a plan's). A run with a time and a
    /// length is timed; otherwise it takes its day (a race, whose length the plan does not know).
    /// </summary>
    private static IEnumerable<CalendarEntry> KeyRuns(IReadOnlyList<FeedPlan> plans, DateOnly from) =>
        plans
            .SelectMany(p => p.Plan.Runs.Select(PlanJsonValues.Run).OfType<Run>()
                .Where(r => r.IsKey && r.Date >= from)
                .Select(r => (Plan: p, Run: r)))
            .DistinctBy(r => (r.Run.Date, r.Run.Kind, r.Run.Time))
            .Select(r => RunEntry(r.Plan, r.Run));

    private static CalendarEntry Entry(FeedSession session) => new()
    {
        Key = string.Create(CultureInfo.InvariantCulture, $"plan-{session.PlanId}-{session.OriginalDate:yyyyMMdd}-{PlanCalendarWriter.Slug(session.Name)}"),
        Date = session.Date,
        Time = session.Time?.Time,
        Duration = session.EstimatedDuration,
        Summary = session.Name,
        Lines = session.Exercises,
        Category = PlanCalendarWriter.StrengthCategory,
    };

    private static CalendarEntry RunEntry(FeedPlan plan, Run run)
    {
        var date = run.Date!.Value;
        var race = run.Kind == RunKind.Race ? plan.Plan.Races.FirstOrDefault(r => r.Date == date) : null;
        var timed = run.Time is not null && run.Duration is not null;
        return new CalendarEntry
        {
            Key = string.Create(CultureInfo.InvariantCulture, $"plan-{plan.Id}-{date:yyyyMMdd}-run-{run.Kind.Name()}"),
            Date = date,
            Time = timed ? run.Time!.Value.Time : null,
            Duration = run.Duration ?? TimeSpan.Zero,
            Summary = race is not null ? $"Race: {race.Name ?? race.Distance}" : Title(run),
            Lines = [race is not null ? $"{race.Distance}, {race.Priority} race" : PlanText.Run(run)],
            Category = PlanCalendarWriter.RunningCategory,
        };
    }

    /// <summary>A run's title without its time, which the event carries: <c>Intervals 1h10min</c>, <c>Long run 2h</c>.</summary>
    private static string Title(Run run)
    {
        var text = PlanText.Run(run with { Time = null });
        text = run.Kind == RunKind.Long ? "long run" + text[RunKind.Long.Name().Length..] : text;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A stored plan's document; null for one that does not read (it is left out rather than failing the feed).</summary>
    private static FeedPlan? Read(long id, string json)
    {
        try
        {
            return new FeedPlan(id, PlanJsonReader.Read(json));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task<int> ReplaceAsync(AppDbContext db, string accountId, string hash, DateTime now, CancellationToken cancellation) =>
        db.CalendarFeeds.Where(f => f.AccountId == accountId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.SecretSha256, hash).SetProperty(f => f.CreatedAt, now), cancellation);
}
