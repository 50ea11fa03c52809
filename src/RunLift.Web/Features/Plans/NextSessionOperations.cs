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
/// <c>GET /api/v1/saved-plans/{id}/next</c> and the log page alike. Only the sets of the session's own lifts are read: the
/// last <see cref="NextSessionPrescriber.SessionsRead"/> sessions of each, and those of the last six weeks, so that
/// years of log cost no more than a few weeks.
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
        var json = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.AccountId == account).Select(p => p.PlanJson).FirstOrDefaultAsync(cancellation);
        if (json is null || await PlanFollowing.FollowPlanAsync(db, catalog, account, planId, today, cancellation) is not { Plans: [var followed] })
        {
            return new NextLookup.NoPlan();
        }

        if (followed.Next is not { } next)
        {
            return new NextLookup.NoneLeft(planId, today);
        }

        var written = PlanJsonSessions.Of(PlanJsonReader.Read(json));
        var lifts = written.Where(s => s.Name == next.Planned.Name && s.Date == next.Planned.Date)
            .SelectMany(s => s.Exercises).Select(e => e.Id).Distinct().ToList();
        var log = await LogAsync(db, account, lifts, today, cancellation);
        var session = new NextSessionPrescriber(catalog).Prescribe(followed, written, log)!;
        return new NextLookup.Found(planId, session, log.Units);
    }

    /// <summary>What the prescriber reads of the log: the lifts' recent sessions, the latest painful check-in at the rehab site, the unit.</summary>
    private static async Task<PrescriptionLog> LogAsync(AppDbContext db, string account, List<string> lifts, DateOnly today, CancellationToken cancellation)
    {
        var profile = await db.Profiles.AsNoTracking().Where(p => p.AccountId == account)
            .Select(p => new { p.Units, p.Rehab, p.Injury }).FirstOrDefaultAsync(cancellation);
        var units = profile?.Units ?? MassUnit.Kilograms;
        var site = profile is { Rehab: true } ? profile.Injury : null;
        var sessions = db.Sessions.AsNoTracking().Where(s => s.AccountId == account && s.Date <= today);

        // Every session of the last six weeks with these lifts (the current estimated max), and each lift's last three.
        var since = today.AddDays(-NextSessionPrescriber.EstimateDays);
        var ids = await sessions.Where(s => s.Date > since && s.Sets.Any(x => x.Kind != SetKind.Warmup && lifts.Contains(x.ExerciseId!)))
            .Select(s => s.Id).ToListAsync(cancellation);
        foreach (var lift in lifts)
        {
            ids.AddRange(await sessions.Where(s => s.Sets.Any(x => x.Kind != SetKind.Warmup && x.ExerciseId == lift))
                .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Take(NextSessionPrescriber.SessionsRead)
                .Select(s => s.Id).ToListAsync(cancellation));
        }

        var read = ids.Distinct().ToList();
        var days = await db.Sessions.AsNoTracking().Where(s => read.Contains(s.Id)).Select(s => new { s.Id, s.Date }).ToListAsync(cancellation);
        var sets = await db.Sets.AsNoTracking().Where(x => read.Contains(x.SessionId) && lifts.Contains(x.ExerciseId!))
            .OrderBy(x => x.SessionId).ThenBy(x => x.Position).ToListAsync(cancellation);
        var bySession = sets.ToLookup(x => x.SessionId);
        var history = days.Select(d => new LiftLog(d.Id, d.Date, bySession[d.Id].GroupBy(x => x.ExerciseId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TrainingSet>)[.. g.Select(TrainingLog.ToDomain)]))).ToList();

        var pain = site is { } rehab
            ? await sessions.Where(s => s.Pain >= NextSessionPrescriber.PainThatHolds && s.PainSite == rehab)
                .OrderByDescending(s => s.Date).Take(1).Select(s => new PainReport(s.Date, s.Pain!.Value, rehab)).ToListAsync(cancellation)
            : [];
        return new PrescriptionLog(history, pain, units, site);
    }
}
