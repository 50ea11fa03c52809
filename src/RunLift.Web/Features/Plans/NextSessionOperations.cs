using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Following;
using RunLift.Formats.Plans;
using RunLift.Training;

namespace RunLift.Web.Features.Plans;

/// <summary>What looking for a plan's next session came to.</summary>
internal abstract record NextLookup
{
    /// <summary>The athlete has no such plan (or no plan at all).</summary>
    public sealed record NoPlan : NextLookup;

    /// <summary>The plan has no session left on or after the athlete's <paramref name="Today"/> that the log has not matched.</summary>
    public sealed record NoneLeft(long PlanId, DateOnly Today) : NextLookup;

    /// <summary>The next session of plan <paramref name="PlanId"/>, prescribed from the log, and the unit the athlete loads in.</summary>
    public sealed record Found(long PlanId, NextSession Session, MassUnit Units) : NextLookup;
}

/// <summary>
/// The next session of an athlete's saved plan, prescribed from their log (<see cref="NextSessionPrescriber"/>), for
/// <c>GET /api/v1/saved-plans/{id}/next</c> and the log page alike. Only the working sets of the session's own lifts are
/// read, those of the last six weeks and, for a lift with fewer than <see cref="NextSessionPrescriber.SessionsRead"/>
/// sessions in them, of the year before: years of log cost no more than one.
/// </summary>
internal sealed class NextSessionOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The next session of the athlete's plan <paramref name="planId"/>, on or after their today.</summary>
    public async Task<NextLookup> NextAsync(string account, long planId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        return await NextAsync(db, account, planId, today, cancellation);
    }

    /// <summary>
    /// The next session of the athlete's current plan: the latest started of those under way today, else the first to
    /// start after it. <see cref="NextLookup.NoPlan"/> when they have neither.
    /// </summary>
    public async Task<NextLookup> NextOfCurrentPlanAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, account, cancellation);
        var mine = db.Plans.AsNoTracking().Where(p => p.AccountId == account);
        var current = await mine.Where(p => p.Start <= today && p.End >= today).OrderByDescending(p => p.Start).ThenByDescending(p => p.Id)
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellation)
            ?? await mine.Where(p => p.Start > today).OrderBy(p => p.Start).ThenBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellation);
        return current is { } id ? await NextAsync(db, account, id, today, cancellation) : new NextLookup.NoPlan();
    }

    private async Task<NextLookup> NextAsync(AppDbContext db, string account, long planId, DateOnly today, CancellationToken cancellation)
    {
        var saved = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.AccountId == account, cancellation);
        if (saved is null)
        {
            return new NextLookup.NoPlan();
        }

        var followed = (await PlanFollowing.FollowPlanAsync(db, catalog, saved, today, cancellation)).Plans[0];
        if (followed.Next is not { } next)
        {
            return new NextLookup.NoneLeft(planId, today);
        }

        var written = PlanJsonSessions.Of(PlanJsonReader.Read(saved.PlanJson));
        var lifts = written.Where(s => s.Name == next.Planned.Name && s.Date == next.Planned.Date)
            .SelectMany(s => s.Exercises).Select(e => e.Id).Distinct().ToList();
        var log = await LogAsync(db, account, lifts, today, cancellation);
        var session = new NextSessionPrescriber(catalog).Prescribe(followed, written, log)!;
        return new NextLookup.Found(planId, session, log.Units);
    }

    /// <summary>
    /// What the prescriber reads of the log: the lifts' working sets of the last six weeks, and for a lift with fewer
    /// sessions in them, of the year before (at most a year of sessions, by the athlete's index on their dates, then each
    /// session's sets by its key); the latest check-in with pain that holds at the rehab site; the unit.
    /// </summary>
    private static async Task<PrescriptionLog> LogAsync(AppDbContext db, string account, List<string> lifts, DateOnly today, CancellationToken cancellation)
    {
        var profile = await db.Profiles.AsNoTracking().Where(p => p.AccountId == account)
            .Select(p => new { p.Units, p.Rehab, p.Injury }).FirstOrDefaultAsync(cancellation);
        var units = profile?.Units ?? MassUnit.Kilograms;
        var site = profile is { Rehab: true } ? profile.Injury : null;

        var since = today.AddDays(-NextSessionPrescriber.EstimateDays);
        var rows = await SetsAsync(db, account, lifts, since, today, cancellation);
        var fewer = lifts.Where(lift => rows.Where(r => r.Set.ExerciseId == lift).Select(r => r.SessionId).Distinct().Count() < NextSessionPrescriber.SessionsRead).ToList();
        if (fewer.Count > 0)
        {
            var earlier = await SetsAsync(db, account, fewer, today.AddDays(-NextSessionPrescriber.HistoryDays), since, cancellation);
            rows.AddRange(earlier.GroupBy(r => r.Set.ExerciseId!).SelectMany(lift => lift.GroupBy(r => r.SessionId)
                .OrderByDescending(session => session.First().Date).Take(NextSessionPrescriber.SessionsRead).SelectMany(session => session)));
        }

        var history = rows.GroupBy(r => (r.SessionId, r.Date)).Select(session => new LiftLog(session.Key.SessionId, session.Key.Date,
            session.GroupBy(r => r.Set.ExerciseId!).ToDictionary(g => g.Key, g => (IReadOnlyList<TrainingSet>)[.. g.Select(r => TrainingLog.ToDomain(r.Set))]))).ToList();
        var pain = site is { } rehab
            ? await db.Sessions.AsNoTracking()
                .Where(s => s.AccountId == account && s.Date <= today && s.Pain >= NextSessionPrescriber.PainThatHolds && s.PainSite == rehab)
                .OrderByDescending(s => s.Date).Take(1).Select(s => new PainReport(s.Date, s.Pain!.Value, rehab)).ToListAsync(cancellation)
            : [];
        return new PrescriptionLog(history, pain, units, site);
    }

    /// <summary>The working sets of <paramref name="lifts"/> in the athlete's sessions after <paramref name="after"/> up to <paramref name="through"/>, in order.</summary>
    private static async Task<List<(long SessionId, DateOnly Date, LoggedSet Set)>> SetsAsync(
        AppDbContext db, string account, List<string> lifts, DateOnly after, DateOnly through, CancellationToken cancellation)
    {
        var rows = await (
                from s in db.Sessions.AsNoTracking()
                where s.AccountId == account && s.Date > after && s.Date <= through
                join x in db.Sets.AsNoTracking() on s.Id equals x.SessionId
                where x.Kind != SetKind.Warmup && lifts.Contains(x.ExerciseId!)
                orderby s.Date, s.Id, x.Position
                select new { s.Id, s.Date, Set = x })
            .ToListAsync(cancellation);
        return [.. rows.Select(r => (r.Id, r.Date, r.Set))];
    }
}
