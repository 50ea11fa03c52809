using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Progress;

namespace RunLift.Web.Features.Progress;

/// <summary>The daily training load of the progress report: running and lifting, from the first day of the log.</summary>
internal sealed partial class ProgressOperations
{
    /// <summary>
    /// The athlete's daily loads up to <paramref name="last"/>, held from their first day of training (or from
    /// <paramref name="from"/>, when that comes first) so that fitness and fatigue are warmed up on the whole log. Runs
    /// are summed in SQL per day, kind and heart rate (a run's effort depends on those alone: the domain's formula
    /// then weighs each sum); sessions are read as one small row each, the four numbers their load is made of, as the
    /// weekly figures read them. Ten years are a few thousand rows.
    /// </summary>
    private static async Task<DailyLoads> DailyLoadsAsync(
        AppDbContext db, string accountId, DateOnly from, DateOnly last, int? maxHeartRate, CancellationToken cancellation)
    {
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.AccountId == accountId && r.Date <= last)
            .GroupBy(r => new { r.Date, r.Kind, r.AverageHeartRate })
            .Select(g => new { g.Key.Date, g.Key.Kind, g.Key.AverageHeartRate, Seconds = g.Sum(r => r.DurationSeconds) })
            .ToListAsync(cancellation);

        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId && s.Date <= last)
            .Select(s => new { s.Date, s.SessionRpe, s.MeanWorkingRpe, s.DurationMinutes, s.EstimatedSeconds })
            .ToListAsync(cancellation);

        var first = runs.Select(r => r.Date).Concat(sessions.Select(s => s.Date)).Append(from).Min();
        var loads = new DailyLoads(first, last);
        foreach (var run in runs)
        {
            loads.AddRunning(run.Date, TrainingLoad.OfRun(run.Kind, TimeSpan.FromSeconds(run.Seconds), run.AverageHeartRate, maxHeartRate));
        }

        foreach (var session in sessions)
        {
            if (SessionLoadOf(session.SessionRpe, session.MeanWorkingRpe, session.DurationMinutes, session.EstimatedSeconds).RpeMinutes is { } load)
            {
                loads.AddStrength(session.Date, load);
            }
        }

        return loads;
    }

    /// <summary>A stored session's minutes and load (<see cref="TrainingLoad.OfSession"/>), from the columns that hold them.</summary>
    private static SessionLoad SessionLoadOf(double? sessionRpe, double? meanWorkingRpe, int? durationMinutes, int? estimatedSeconds) =>
        TrainingLoad.OfSession(
            sessionRpe,
            meanWorkingRpe,
            durationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            estimatedSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
}
