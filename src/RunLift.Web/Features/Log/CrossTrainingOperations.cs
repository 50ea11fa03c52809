using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>
/// What the log does with an athlete's cross-training (rides, swims, hikes, as imports read them): lists and deletes it.
/// It counts in the week's load, never in the audit's rules, so a deletion recomputes no snapshot.
/// </summary>
internal sealed class CrossTrainingOperations(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<Paged<CrossTrainingView>> ListAsync(string accountId, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CrossTraining.AsNoTracking().Where(c => c.AccountId == accountId).Between(from, to)
            .OrderByDescending(c => c.Date).ThenByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .PageAsync(page, c => new CrossTrainingView(c.Id, c.Date, c.Sport, c.Name, c.DurationSeconds, c.DistanceMeters, c.AverageHeartRate, c.Source, c.ImportId), cancellation);
    }

    /// <summary>Deletes the athlete's activity <paramref name="id"/>; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.CrossTraining.Where(c => c.Id == id && c.AccountId == accountId).ExecuteDeleteAsync(cancellation) > 0;
    }
}
