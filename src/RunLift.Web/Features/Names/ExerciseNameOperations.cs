using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Names;

namespace RunLift.Web.Features.Names;

/// <summary>
/// The athlete's own readings of their exercise names, kept, listed and forgotten for the import's name picker and
/// <c>/api/v1/exercise-names</c> alike; a change applies to the logged sets of that name and their weeks' audits.
/// </summary>
internal sealed class ExerciseNameOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>The athlete's readings, by name.</summary>
    public async Task<List<ExerciseNameChoice>> ListAsync(string accountId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ExerciseNames.ListAsync(db, accountId, cancellation);
    }

    /// <summary>Whether the athlete may keep a reading of <paramref name="name"/>: one they keep already, or one more under the limit.</summary>
    public async Task<bool> HasRoomForAsync(string accountId, string name, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ExerciseNames.HasRoomForAsync(db, accountId, name, cancellation);
    }

    /// <summary>Reads <paramref name="name"/> as <paramref name="exercise"/> from now on.</summary>
    public async Task<ExerciseNameChoice> ChooseAsync(string accountId, string name, Exercise exercise, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ExerciseNames.ChooseAsync(db, catalog, time, accountId, name, exercise, cancellation);
    }

    /// <summary>Forgets the reading of <paramref name="name"/>: its sets are read by the catalog again. False when there was none.</summary>
    public async Task<bool> ForgetAsync(string accountId, string name, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await ExerciseNames.ForgetAsync(db, catalog, time, accountId, name, cancellation);
    }
}
