using Microsoft.EntityFrameworkCore;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Data.Log;
using RunLift.Data.Names;
using RunLift.Data.Profiles;
using RunLift.Formats.Reports;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Data.Auditing;

/// <summary>
/// Keeps the <see cref="AuditSnapshot"/> rows in step with the log.
/// </summary>
/// <remarks>
/// <para>
/// <b>Definition.</b> An athlete has a snapshot for every ISO week (Monday to Sunday) in which they logged at least
/// one session or run. The snapshot of week W is the auditor's report on the log as it stood at the end of W's
/// Sunday: every session and run dated on or before that Sunday, judged with the auditor's defaults
/// (<see cref="AuditOptions.DefaultWeeks"/> most recent weeks with training, every rule on, default thresholds), with
/// the athlete's current profile (experience, bodyweight, maxes, running week) and races. A week in which nothing was
/// logged has no snapshot: its judgement is that of the latest snapshot before it, since the log did not change.
/// So the latest snapshot is "the audit status now".
/// </para>
/// <para>
/// <b>Cost.</b> A change to week C can only change the snapshots of weeks W ≥ C whose judgement reads C: those
/// whose judged window (the last eight weeks with training up to W) starts no more than <see cref="LookbackWeeks"/>
/// before C (the auditor looks back twelve weeks for estimated maxes and four for the load trend). Only those are
/// recomputed, each from just the weeks it reads, so an edit costs a few audits of a few months of log.
/// </para>
/// <para>
/// A change of profile (maxes, experience, running week, races) changes every snapshot: call
/// <see cref="RecomputeAllAsync"/>.
/// </para>
/// </remarks>
public static class AuditSnapshots
{
    /// <summary>How far before the first judged week the auditor reads (estimated maxes: 12 weeks).</summary>
    public const int LookbackWeeks = 12;

    private static readonly AuditOptions Options = new() { Weeks = AuditOptions.DefaultWeeks };

    /// <summary>
    /// Deletes the one row of the athlete's log that <paramref name="row"/> selects (a session, a run) and recomputes
    /// the snapshot of its week, in one transaction; false when there is no such row.
    /// </summary>
    public static async Task<bool> DeleteAndRecomputeAsync<T>(
        AppDbContext db, IQueryable<T> row, ExerciseCatalog catalog, TimeProvider time, string accountId, CancellationToken cancellation)
        where T : class, IDated
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var date = await row.Select(r => (DateOnly?)r.Date).FirstOrDefaultAsync(cancellation);
        if (date is null)
        {
            return false;
        }

        await row.ExecuteDeleteAsync(cancellation);
        await RecomputeAsync(db, catalog, time, accountId, [date.Value], cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>
    /// Recomputes the snapshots a change to entries on <paramref name="changedDates"/> can affect, and removes those
    /// of weeks left with nothing logged. Saves; the caller's transaction (if any) makes it one with the change.
    /// </summary>
    public static async Task RecomputeAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId,
        IEnumerable<DateOnly> changedDates, CancellationToken cancellation)
    {
        var changed = changedDates.Select(IsoWeek.MondayOf).Distinct().Order().ToList();
        if (changed.Count > 0)
        {
            await RecomputeWeeksAsync(db, catalog, time, accountId, changed, cancellation);
        }
    }

    /// <summary>Recomputes every snapshot of the athlete (after a change of profile or races).</summary>
    public static Task RecomputeAllAsync(AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, CancellationToken cancellation) =>
        RecomputeWeeksAsync(db, catalog, time, accountId, [DateOnly.MinValue], cancellation, everyWeek: true);

    private static async Task RecomputeWeeksAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId,
        List<DateOnly> changed, CancellationToken cancellation, bool everyWeek = false)
    {
        await LockAthleteAsync(db, accountId, cancellation);
        var first = changed[0];
        var sessionWeeks = await db.Sessions.Where(s => s.AccountId == accountId).Select(s => s.WeekStart).Distinct().ToListAsync(cancellation);
        var runWeeks = await db.Runs.Where(r => r.AccountId == accountId).Select(r => r.WeekStart).Distinct().ToListAsync(cancellation);

        // A week with training, as the auditor counts it: a session with at least one set that is not a warm-up.
        var trainingWeeks = await db.Sessions
            .Where(s => s.AccountId == accountId && s.Sets.Any(set => set.Kind != SetKind.Warmup))
            .Select(s => s.WeekStart).Distinct().OrderBy(w => w).ToListAsync(cancellation);
        var logWeeks = sessionWeeks.Union(runWeeks).Where(w => w >= first).Order().ToList();

        await db.AuditSnapshots
            .Where(s => s.AccountId == accountId && s.WeekStart >= first && !logWeeks.Contains(s.WeekStart))
            .ExecuteDeleteAsync(cancellation);

        DateOnly ReadsFrom(DateOnly week)
        {
            var upTo = UpperBound(trainingWeeks, week);
            return upTo <= AuditOptions.DefaultWeeks ? DateOnly.MinValue : IsoWeek.WeeksBefore(trainingWeeks[upTo - AuditOptions.DefaultWeeks], LookbackWeeks);
        }

        var affected = logWeeks
            .Select(week => (Week: week, From: ReadsFrom(week)))
            .Where(w => everyWeek || (UpperBound(changed, w.Week) is var n && n > 0 && changed[n - 1] >= w.From))
            .ToList();
        if (affected.Count == 0)
        {
            return;
        }

        var from = affected.Min(w => w.From);
        var to = affected[^1].Week.AddDays(6);
        var (sessions, runs) = await TrainingLog.LoadEntriesAsync(db, accountId, from == DateOnly.MinValue ? null : from, to, cancellation);

        // The first session of the log fixes the auditor's week numbering (a new lifter's first weeks are judged
        // gently), so it goes into every audit even when it is far older than what the week reads.
        var firstDate = await db.Sessions.Where(s => s.AccountId == accountId).OrderBy(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(cancellation);
        List<TrainingSession> anchor = [];
        if (firstDate is { } day && day < from)
        {
            (anchor, _) = await TrainingLog.LoadEntriesAsync(db, accountId, day, day, cancellation);
        }
        else if (firstDate is { } loaded)
        {
            anchor = [.. sessions.TakeWhile(s => s.Date == loaded)];
        }

        var document = await TrainingLog.DocumentAsync(db, accountId, [], [], cancellation);
        var sessionDates = sessions.Select(s => s.Date!.Value).ToList();
        var runDates = runs.Select(r => r.Date!.Value).ToList();
        var (firstAffected, lastAffected) = (affected[0].Week, affected[^1].Week);
        var existing = await db.AuditSnapshots
            .Where(s => s.AccountId == accountId && s.WeekStart >= firstAffected && s.WeekStart <= lastAffected)
            .ToDictionaryAsync(s => s.WeekStart, cancellation);
        var auditor = new Auditor(catalog);
        var options = Options with
        {
            Names = await ExerciseNames.MappingAsync(db, catalog, accountId, cancellation),
            Today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation),
        };
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (week, reads) in affected)
        {
            var end = week.AddDays(6);
            var (s0, s1) = (LowerBound(sessionDates, reads), UpperBound(sessionDates, end));
            var (r0, r1) = (LowerBound(runDates, reads), UpperBound(runDates, end));
            var report = auditor.Audit(
                document with
                {
                    Sessions = reads > firstDate ? [.. anchor, .. sessions[s0..s1]] : sessions[s0..s1],
                    Runs = runs[r0..r1],
                },
                options);
            if (!existing.TryGetValue(week, out var snapshot))
            {
                snapshot = new AuditSnapshot { AccountId = accountId, WeekStart = week };
                db.AuditSnapshots.Add(snapshot);
            }

            snapshot.Errors = report.Summary.Errors;
            snapshot.Warnings = report.Summary.Warnings;
            snapshot.Infos = report.Summary.Infos;
            snapshot.RuleIds = string.Join(' ', report.Findings.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal));
            snapshot.ReportJson = JsonReport.ToJson(report);
            snapshot.ComputedAt = now;
        }

        await db.SaveChangesAsync(cancellation);
    }

    /// <summary>
    /// Makes the transactions that recompute one athlete's snapshots do it one after the other, each reading what the
    /// one before committed. PostgreSQL would let two run at once (two sessions saved together, two devices), both then
    /// inserting the same week's row: one failed on the key and the other left a snapshot that missed a session.
    /// SQLite's write transactions already run one at a time. The lock ends with the caller's transaction.
    /// </summary>
    private static async Task LockAthleteAsync(AppDbContext db, string accountId, CancellationToken cancellation)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit snapshots are recomputed inside the transaction of the change they follow.");
        }

        var athlete = BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(accountId)));
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SnapshotLockSpace}, {athlete})", cancellation);
    }

    /// <summary>The first key of the two-key advisory locks on athletes' snapshots ("RLAS").</summary>
    private const int SnapshotLockSpace = 0x524C4153;

    /// <summary>The audit of the whole log up to the end of <paramref name="week"/>, as its snapshot defines it (for tests and checks).</summary>
    public static async Task<AuditReport> AuditWeekAsync(AppDbContext db, ExerciseCatalog catalog, string accountId, DateOnly week, CancellationToken cancellation)
    {
        var document = await TrainingLog.LoadAsync(db, accountId, to: IsoWeek.MondayOf(week).AddDays(6), cancellation: cancellation);
        return new Auditor(catalog).Audit(document, Options with { Names = await ExerciseNames.MappingAsync(db, catalog, accountId, cancellation) });
    }

    /// <summary>How many of the sorted <paramref name="dates"/> are on or before <paramref name="date"/>.</summary>
    private static int UpperBound(List<DateOnly> dates, DateOnly date)
    {
        var (low, high) = (0, dates.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = dates[mid] <= date ? (mid + 1, high) : (low, mid);
        }

        return low;
    }

    /// <summary>How many of the sorted <paramref name="dates"/> are before <paramref name="date"/>.</summary>
    private static int LowerBound(List<DateOnly> dates, DateOnly date)
    {
        var (low, high) = (0, dates.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = dates[mid] < date ? (mid + 1, high) : (low, mid);
        }

        return low;
    }
}
