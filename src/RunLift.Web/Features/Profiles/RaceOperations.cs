using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Profiles;
using RunLift.Web.Features.Plans;

namespace RunLift.Web.Features.Profiles;

/// <summary>
/// What the app does with an athlete's races: lists them and changes them, re-auditing the log with each change (the
/// audit judges lifting around races) and re-planning the plans that are not over from today on (a new race changes
/// them). Used by the races API and the races editor alike.
/// </summary>
internal sealed class RaceOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time, SavedPlanOperations plans)
{
    /// <summary>The athlete's races by date.</summary>
    public async Task<List<RaceEntry>> ListAsync(string account, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Races.AsNoTracking()
            .Where(r => r.AccountId == account)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .ToListAsync(cancellation);
    }

    /// <summary>Adds a valid race, re-audits the log and re-plans from today on.</summary>
    public async Task<RaceEntry> AddAsync(string account, RaceInput input, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var race = new RaceEntry { AccountId = account };
        input.ApplyTo(race);
        db.Races.Add(race);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        await plans.ReplanFromTodayAsync(account, cancellation);
        return race;
    }

    /// <summary>Changes the athlete's race <paramref name="id"/> to a valid <paramref name="input"/> and re-audits the log; null when there is none.</summary>
    public async Task<RaceEntry?> UpdateAsync(string account, long id, RaceInput input, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var race = await db.Races.FirstOrDefaultAsync(r => r.Id == id && r.AccountId == account, cancellation);
        if (race is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        input.ApplyTo(race);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
        await transaction.CommitAsync(cancellation);
        await plans.ReplanFromTodayAsync(account, cancellation);
        return race;
    }

    /// <summary>Deletes the athlete's race <paramref name="id"/> and re-audits the log; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string account, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var deleted = await db.Races.Where(r => r.Id == id && r.AccountId == account).ExecuteDeleteAsync(cancellation);
        if (deleted > 0)
        {
            await AuditSnapshots.RecomputeAllAsync(db, catalog, time, account, cancellation);
            await transaction.CommitAsync(cancellation);
            await plans.ReplanFromTodayAsync(account, cancellation);
        }

        return deleted > 0;
    }
}
