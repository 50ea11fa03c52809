using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Profiles;
using RunLift.Time;
using RunLift.Training;

namespace RunLift.Web.Features.Progress;

/// <summary>
/// Reads an athlete's progress (<see cref="ProgressReport"/>) for the progress page and its API. Everything is
/// aggregated in SQL (grouped by week, exercise or session) so that ten years of logs cost a few thousand small rows;
/// those are folded here with the catalog. The formulas are the domain's, applied when the sessions were written
/// (LogMeasures) or here to what the queries return (TrainingLoad, FitnessFatigue): the queries only sum and compare
/// what is stored.
/// </summary>
internal sealed partial class ProgressOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time, ExerciseCatalog catalog)
{
    /// <summary>
    /// The report for the <paramref name="weeks"/> ISO weeks that end with the athlete's this week (in their profile's
    /// zone), or for the whole log when <paramref name="weeks"/> is null.
    /// </summary>
    public async Task<ProgressReport> ReadAsync(string accountId, int? weeks, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
        var to = IsoWeek.MondayOf(today);
        var from = weeks is { } count ? IsoWeek.Of(to).Plus(-(count - 1)).Monday : await FirstWeekAsync(db, accountId, to, cancellation);
        return await LoadAsync(db, accountId, today, from, catalog, cancellation);
    }

    /// <summary>
    /// The report for the whole log from where its training is dense (<see cref="DenseStart"/>), as the progress page's
    /// "all" range draws it, with the stray weeks before that left out.
    /// </summary>
    public async Task<DenseProgress> ReadDenseAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
        var to = IsoWeek.MondayOf(today);
        var start = DenseStart.Of(await TrainedWeeksAsync(db, accountId, to, cancellation), to);
        return new DenseProgress(await LoadAsync(db, accountId, today, start.Start, catalog, cancellation), start);
    }

    /// <summary>The unit the athlete reads masses in: their profile's, kilograms without one.</summary>
    public async Task<MassUnit> UnitsAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Profiles.Where(p => p.AccountId == accountId).Select(p => (MassUnit?)p.Units).FirstOrDefaultAsync(cancellation) ?? MassUnit.Kilograms;
    }

    /// <summary>The report for the ISO weeks from the one that starts on <paramref name="from"/> to <paramref name="today"/>'s.</summary>
    private static async Task<ProgressReport> LoadAsync(
        AppDbContext db, string accountId, DateOnly today, DateOnly from, ExerciseCatalog catalog, CancellationToken cancellation)
    {
        var to = IsoWeek.MondayOf(today);

        var sessions = db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId && s.WeekStart >= from && s.WeekStart <= to);
        var sessionRows = await sessions
            .Select(s => new { s.Id, s.WeekStart, s.DurationMinutes, s.SessionRpe, s.EstimatedSeconds, s.MeanWorkingRpe, s.VolumeKg })
            .ToListAsync(cancellation);

        // One pass over the sets, grouped by session and exercise (a few thousand rows for ten years): working sets, and
        // the best of the 1RM estimates stored with each set when it was written (OneRepMax.EstimateOf).
        var perExercise = await sessions
            .SelectMany(s => s.Sets, (s, set) => new { SessionId = s.Id, Set = set })
            .GroupBy(x => new { x.SessionId, x.Set.ExerciseId })
            .Select(g => new
            {
                g.Key.SessionId,
                g.Key.ExerciseId,
                Sets = g.Count(x => x.Set.Kind != SetKind.Warmup),
                Best = g.Max(x => x.Set.EstimatedOneRepMaxKg),
            })
            .ToListAsync(cancellation);

        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.WeekStart >= from && r.WeekStart <= to)
            .GroupBy(r => r.WeekStart)
            .Select(g => new { WeekStart = g.Key, Count = g.Count(), Seconds = g.Sum(r => r.DurationSeconds) })
            .ToListAsync(cancellation);

        var crossTraining = await db.CrossTraining.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.WeekStart >= from && c.WeekStart <= to)
            .GroupBy(c => c.WeekStart)
            .Select(g => new { WeekStart = g.Key, Count = g.Count(), Seconds = g.Sum(c => c.DurationSeconds) })
            .ToListAsync(cancellation);

        var audits = await db.AuditSnapshots.AsNoTracking()
            .Where(a => a.AccountId == accountId && a.WeekStart >= from && a.WeekStart <= to)
            .Select(a => new { a.WeekStart, a.Errors, a.Warnings, a.Infos, a.RuleIds })
            .ToListAsync(cancellation);

        var profile = await db.Profiles.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new { p.BodyweightKg, p.MaxHeartRate })
            .FirstOrDefaultAsync(cancellation);
        var bodyweightKg = profile?.BodyweightKg;
        var loads = await DailyLoadsAsync(db, accountId, from, IsoWeek.SundayOf(to), profile?.MaxHeartRate, cancellation);

        var weekCount = (to.DayNumber - from.DayNumber) / 7 + 1;
        var builders = new WeekBuilder[weekCount];
        for (var i = 0; i < weekCount; i++)
        {
            builders[i] = new WeekBuilder(from.AddDays(7 * i));
        }

        WeekBuilder Week(DateOnly monday) => builders[(monday.DayNumber - from.DayNumber) / 7];

        var mainLifts = ProgressReport.MainLifts(catalog);
        var sessionWeeks = sessionRows.ToDictionary(s => s.Id, s => s.WeekStart);
        var best = new Dictionary<(string ExerciseId, DateOnly WeekStart), double>();
        foreach (var row in perExercise)
        {
            // A session logged between the two queries waits for the next look.
            if (!sessionWeeks.TryGetValue(row.SessionId, out var monday))
            {
                continue;
            }

            var exercise = row.ExerciseId is null ? null : catalog.FindById(row.ExerciseId);
            if (row.Sets > 0)
            {
                var pattern = exercise is null ? ProgressReport.OtherPattern : ProgressReport.PatternName(exercise.Pattern);
                var sets = Week(monday).SetsByPattern;
                sets[pattern] = sets.GetValueOrDefault(pattern) + row.Sets;
            }

            if (row.Best is { } estimate && exercise is not null && mainLifts.Contains(exercise.Id)
                && (!best.TryGetValue((exercise.Id, monday), out var before) || estimate > before))
            {
                best[(exercise.Id, monday)] = estimate;
            }
        }

        foreach (var session in sessionRows)
        {
            var week = Week(session.WeekStart);
            week.Sessions++;
            week.VolumeKg += session.VolumeKg ?? 0;
            var load = SessionLoadOf(session.SessionRpe, session.MeanWorkingRpe, session.DurationMinutes, session.EstimatedSeconds);
            week.StrengthMinutes += load.Minutes;
            if (load.RpeMinutes is { } rpeMinutes)
            {
                week.RpeMinutes += rpeMinutes;
            }
            else
            {
                week.SessionsWithoutRpe++;
            }
        }

        var lifts = best
            .GroupBy(b => b.Key.ExerciseId)
            .Select(g => (Exercise: catalog.FindById(g.Key)!, Points: g
                .Select(b => new LiftPoint(b.Key.WeekStart, Round(b.Value), bodyweightKg is > 0 ? Math.Round(b.Value / bodyweightKg.Value, 2) : null))
                .OrderBy(p => p.WeekStart)
                .ToList()));

        foreach (var row in runs)
        {
            var week = Week(row.WeekStart);
            week.Runs = row.Count;
            week.RunningSeconds = row.Seconds;
        }

        foreach (var row in crossTraining)
        {
            var week = Week(row.WeekStart);
            week.CrossTraining = row.Count;
            week.CrossTrainingSeconds = row.Seconds;
        }

        foreach (var row in audits)
        {
            Week(row.WeekStart).Audit = new WeekAudit(row.Errors, row.Warnings, row.Infos,
                row.RuleIds.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var series = lifts
            .OrderByDescending(l => l.Points.Count)
            .ThenBy(l => l.Exercise.Name, StringComparer.Ordinal)
            .Select(l => new LiftSeries(l.Exercise.Id, l.Exercise.Name, ProgressReport.PatternName(l.Exercise.Pattern), l.Points))
            .ToList();

        foreach (var week in builders)
        {
            (week.RunningLoad, week.StrengthLoad) = loads.Week(week.WeekStart);
        }

        return new ProgressReport(from, to, bodyweightKg, series, [.. builders.Select(b => b.Build())], loads.Days(from, today));
    }

    private static async Task<DateOnly> FirstWeekAsync(AppDbContext db, string accountId, DateOnly to, CancellationToken cancellation)
    {
        var firstSession = await db.Sessions.Where(s => s.AccountId == accountId).MinAsync(s => (DateOnly?)s.WeekStart, cancellation);
        var firstRun = await db.Runs.Where(r => r.AccountId == accountId).MinAsync(r => (DateOnly?)r.WeekStart, cancellation);
        var firstAudit = await db.AuditSnapshots.Where(a => a.AccountId == accountId).MinAsync(a => (DateOnly?)a.WeekStart, cancellation);
        var firstCrossTraining = await db.CrossTraining.Where(c => c.AccountId == accountId).MinAsync(c => (DateOnly?)c.WeekStart, cancellation);
        var first = new[] { firstSession, firstRun, firstAudit, firstCrossTraining }.Where(d => d <= to).Min();
        return first ?? to;
    }

    /// <summary>The Mondays of the weeks up to <paramref name="to"/> with a session, a run or cross-training, in order: a few hundred for ten years.</summary>
    private static async Task<List<DateOnly>> TrainedWeeksAsync(AppDbContext db, string accountId, DateOnly to, CancellationToken cancellation)
    {
        var sessions = await db.Sessions.Where(s => s.AccountId == accountId && s.WeekStart <= to).Select(s => s.WeekStart).Distinct().ToListAsync(cancellation);
        var runs = await db.Runs.Where(r => r.AccountId == accountId && r.WeekStart <= to).Select(r => r.WeekStart).Distinct().ToListAsync(cancellation);
        var crossTraining = await db.CrossTraining.Where(c => c.AccountId == accountId && c.WeekStart <= to).Select(c => c.WeekStart).Distinct().ToListAsync(cancellation);
        return [.. sessions.Union(runs).Union(crossTraining).Order()];
    }

    private static double Round(double kg) => Math.Round(kg, 1);

    private sealed class WeekBuilder(DateOnly weekStart)
    {
        public DateOnly WeekStart => weekStart;

        public Dictionary<string, int> SetsByPattern { get; } = new(StringComparer.Ordinal);

        public int Sessions { get; set; }

        public int SessionsWithoutRpe { get; set; }

        public double StrengthMinutes { get; set; }

        public double RpeMinutes { get; set; }

        public double VolumeKg { get; set; }

        public int Runs { get; set; }

        public int RunningSeconds { get; set; }

        public int CrossTraining { get; set; }

        public int CrossTrainingSeconds { get; set; }

        public WeekAudit? Audit { get; set; }

        public double RunningLoad { get; set; }

        public double StrengthLoad { get; set; }

        public ProgressWeek Build() => new(
            weekStart,
            SetsByPattern.Values.Sum(),
            SetsByPattern.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Sessions,
            Math.Round(StrengthMinutes),
            Math.Round(RpeMinutes),
            SessionsWithoutRpe,
            Math.Round(VolumeKg),
            Runs,
            RunningSeconds,
            Audit)
        {
            CrossTraining = CrossTraining,
            CrossTrainingSeconds = CrossTrainingSeconds,
            RunningLoad = RunningLoad,
            StrengthLoad = StrengthLoad,
        };
    }
}
