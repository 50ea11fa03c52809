using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Formats.Zip;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>
/// What the log does with files: imports one (or previews what it would add) within <c>Limits:Import</c>, idempotently
/// and atomically (<see cref="LogImport"/>), and lists the imports made. The API and the log page import alike.
/// </summary>
internal sealed class ImportOperations(
    IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time, IOptionsMonitor<ReadLimitSettings> limits)
{
    public async Task<ImportOutcome> ImportAsync(
        string accountId, ImportFile file, bool preview, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var reading = limits.Get(ReadLimitSettings.Import);
        var options = new ImportOptions { Preview = preview, Progress = progress, Reading = reading.Reading, Limits = reading.Archives };
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await LogImport.ImportAsync(db, catalog, time, accountId, file, options, cancellation);
    }

    public async Task<List<ImportView>> ListAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Imports.AsNoTracking().Where(i => i.AccountId == accountId)
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Select(i => new ImportView(i.Id, i.FileName, i.Format, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped, i.CrossTrainingAdded))
            .ToListAsync(cancellation);
    }

    /// <summary>The athlete's import <paramref name="id"/>; null when they have none.</summary>
    public async Task<ImportView?> FindAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Imports.AsNoTracking().Where(i => i.Id == id && i.AccountId == accountId)
            .Select(i => new ImportView(i.Id, i.FileName, i.Format, i.ImportedAt, i.SessionsAdded, i.SetsAdded, i.RunsAdded, i.Skipped, i.CrossTrainingAdded))
            .FirstOrDefaultAsync(cancellation);
    }
}
