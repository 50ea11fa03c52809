using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data.Auditing;

namespace RunLift.Data.Names;

/// <summary>
/// An athlete's own readings of their exercise names: what the web app's mapping picker stores, and the mapping every
/// later import, audit and audit snapshot of theirs resolves names with.
/// </summary>
public static class ExerciseNames
{
    /// <summary>The longest name a reading is kept for (as long as a logged exercise name).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Readings an athlete may keep: far more names than anyone logs, few enough to load with every import.</summary>
    public const int MaxPerAthlete = 2_000;

    /// <summary>True when the athlete may keep a reading of <paramref name="name"/>: one they have already, or room for another.</summary>
    public static async Task<bool> HasRoomForAsync(AppDbContext db, string accountId, string name, CancellationToken cancellation)
    {
        var key = NameMapping.KeyOf(name);
        return await db.ExerciseNames.CountAsync(c => c.AccountId == accountId, cancellation) < MaxPerAthlete
            || await db.ExerciseNames.AnyAsync(c => c.AccountId == accountId && c.NameKey == key, cancellation);
    }

    /// <summary>The athlete's readings as the mapping the catalog resolves with; ids no longer in the catalog are left out.</summary>
    public static async Task<NameMapping> MappingAsync(AppDbContext db, ExerciseCatalog catalog, string accountId, CancellationToken cancellation)
    {
        var choices = await db.ExerciseNames.AsNoTracking()
            .Where(c => c.AccountId == accountId)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Name, c.ExerciseId })
            .ToListAsync(cancellation);
        return choices.Count == 0
            ? NameMapping.Empty
            : new NameMapping(choices
                .Select(c => (c.Name, Exercise: catalog.FindById(c.ExerciseId)))
                .Where(c => c.Exercise is not null)
                .Select(c => new KeyValuePair<string, Exercise>(c.Name, c.Exercise!)));
    }

    /// <summary>The athlete's readings, by name.</summary>
    public static Task<List<ExerciseNameChoice>> ListAsync(AppDbContext db, string accountId, CancellationToken cancellation) =>
        db.ExerciseNames.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.NameKey).ToListAsync(cancellation);

    /// <summary>
    /// Reads <paramref name="name"/> as <paramref name="exercise"/> from now on: the reading is stored (replacing one of
    /// the same name), the logged sets of that name take the entry, and the audit snapshots of their weeks follow.
    /// </summary>
    public static async Task<ExerciseNameChoice> ChooseAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string name, Exercise exercise, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var written = name.Trim();
        var key = NameMapping.KeyOf(written);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var choice = await db.ExerciseNames.FirstOrDefaultAsync(c => c.AccountId == accountId && c.NameKey == key, cancellation);
        if (choice is null)
        {
            choice = new ExerciseNameChoice { AccountId = accountId, Name = written, NameKey = key, ExerciseId = exercise.Id };
            db.ExerciseNames.Add(choice);
        }

        (choice.Name, choice.ExerciseId, choice.ChosenAt) = (written, exercise.Id, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellation);
        await ApplyAsync(db, catalog, time, accountId, written, exercise.Id, cancellation);
        await transaction.CommitAsync(cancellation);
        return choice;
    }

    /// <summary>Forgets the reading of <paramref name="name"/>: its sets are read by the catalog again. False when there was none.</summary>
    public static async Task<bool> ForgetAsync(AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string name, CancellationToken cancellation)
    {
        var key = NameMapping.KeyOf(name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var choice = await db.ExerciseNames.FirstOrDefaultAsync(c => c.AccountId == accountId && c.NameKey == key, cancellation);
        if (choice is null)
        {
            return false;
        }

        db.ExerciseNames.Remove(choice);
        await db.SaveChangesAsync(cancellation);
        await ApplyAsync(db, catalog, time, accountId, choice.Name, catalog.Resolve(choice.Name).CatalogId, cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>The sets logged under <paramref name="name"/> take <paramref name="exerciseId"/>, and the weeks they are in are audited again.</summary>
    private static async Task ApplyAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, string name, string? exerciseId, CancellationToken cancellation)
    {
        var sessions = db.Sessions.Where(s => s.AccountId == accountId && s.Sets.Any(set => set.ExerciseName == name));
        var dates = await sessions.Select(s => s.Date).Distinct().ToListAsync(cancellation);
        await db.Sets.Where(s => s.ExerciseName == name && sessions.Any(session => session.Id == s.SessionId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExerciseId, exerciseId), cancellation);
        await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, dates, cancellation);
    }
}
