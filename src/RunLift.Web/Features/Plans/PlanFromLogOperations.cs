using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Data.Names;
using RunLift.Data.Profiles;
using RunLift.Planning.History;
using RunLift.Time;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// "Use my log": reads what the athlete's log says a plan needs (<see cref="HistoryInference"/>), for the plan page's
/// form and <c>GET /api/v1/plan-request/from-log</c> alike.
/// </summary>
internal sealed class PlanFromLogOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>What the athlete's log says, counting back from its last day on or before their today.</summary>
    public async Task<TrainingHistory> InferAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var today = await ProfileTimeZone.TodayAsync(db, time, accountId, cancellation);
        var lastSession = await db.Sessions.Where(s => s.AccountId == accountId && s.Date <= today).MaxAsync(s => (DateOnly?)s.Date, cancellation);
        var lastRun = await db.Runs.Where(r => r.AccountId == accountId && r.Date <= today).MaxAsync(r => (DateOnly?)r.Date, cancellation);
        var through = new[] { lastSession, lastRun }.Max() ?? today;
        var log = await TrainingLog.LoadAsync(db, accountId, IsoWeek.WeeksBefore(through, HistoryInference.MaxWeeks), through, cancellation);
        return HistoryInference.Infer(log, catalog, through, await ExerciseNames.MappingAsync(db, catalog, accountId, cancellation));
    }
}
