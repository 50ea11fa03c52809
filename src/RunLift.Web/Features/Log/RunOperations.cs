using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Log;
using RunLift.Time;
using RunLift.Training;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>
/// What the log does with an athlete's runs: lists and finds them, checks a run as entered, and stores or deletes it
/// with the audit snapshots of its weeks in one transaction (a run changes the audit's running week).
/// </summary>
internal sealed class RunOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    /// <summary>"easy, recovery, ..., race-pace or race": the kinds a run can be, for the message that asks for one.</summary>
    private static readonly string KindChoices =
        $"{string.Join(", ", RunKinds.OfRuns.SkipLast(1).Select(k => k.Name()))} or {RunKinds.OfRuns[^1].Name()}";

    public async Task<Paged<RunView>> ListAsync(string accountId, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Runs.AsNoTracking().Where(r => r.AccountId == accountId).Between(from, to)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .PageAsync(page, r => new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis), cancellation);
    }

    /// <summary>The athlete's run <paramref name="id"/> with its version; null when they have none.</summary>
    public async Task<Versioned<RunView>?> FindAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await FindAsync(db, accountId, id, cancellation);
    }

    /// <summary>Logs a new run when it is valid.</summary>
    public async Task<Change<RunView>> CreateAsync(string accountId, RunInput input, CancellationToken cancellation)
    {
        if (Errors(input) is { Count: > 0 } errors)
        {
            return new Change<RunView>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var run = new LoggedRun { AccountId = accountId, Source = LogSource.Manual };
        Apply(run, input);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            db.Runs.Add(run);
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [run.Date], cancellation);
            await transaction.CommitAsync(cancellation);
        }

        return Made(await FindAsync(db, accountId, run.Id, cancellation));
    }

    /// <summary>Replaces the athlete's run <paramref name="id"/> when the input is valid and, with <paramref name="expectedVersion"/>, the run is still at that version.</summary>
    public async Task<Change<RunView>> UpdateAsync(string accountId, long id, RunInput input, int? expectedVersion, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (!await db.Runs.AnyAsync(r => r.Id == id && r.AccountId == accountId, cancellation))
        {
            return new Change<RunView>.Missing();
        }

        if (Errors(input) is { Count: > 0 } errors)
        {
            return new Change<RunView>.Invalid(errors);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            var row = db.Runs.Where(r => r.Id == id && r.AccountId == accountId);
            switch (await Versions.ClaimAsync(row, expectedVersion, cancellation))
            {
                case VersionClaim.Missing:
                    return new Change<RunView>.Missing();
                case VersionClaim.Changed:
                    return new Change<RunView>.Overtaken();
            }

            var run = await row.FirstAsync(cancellation);
            var before = run.Date;
            Apply(run, input);
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [before, run.Date], cancellation);
            await transaction.CommitAsync(cancellation);
        }

        return Made(await FindAsync(db, accountId, id, cancellation));
    }

    /// <summary>Deletes the athlete's run <paramref name="id"/> and recomputes the snapshots; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await AuditSnapshots.DeleteAndRecomputeAsync(db, db.Runs.Where(r => r.Id == id && r.AccountId == accountId), catalog, time, accountId, cancellation);
    }

    private static Change<RunView> Made(Versioned<RunView>? saved) => new Change<RunView>.Made(saved!.Value, saved.Version);

    private static async Task<Versioned<RunView>?> FindAsync(AppDbContext db, string accountId, long id, CancellationToken cancellation)
    {
        var found = await db.Runs.AsNoTracking()
            .Where(r => r.Id == id && r.AccountId == accountId)
            .Select(r => new
            {
                r.Version,
                View = new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis),
            })
            .FirstOrDefaultAsync(cancellation);
        return found is null ? null : new Versioned<RunView>(found.View, found.Version);
    }

    private static void Apply(LoggedRun run, RunInput input)
    {
        run.Date = input.Date!.Value;
        run.WeekStart = IsoWeek.MondayOf(run.Date);
        // A kind given by hand is the athlete's word; an edit that keeps the kind keeps how it was decided.
        if (run.KindBasis is null || run.Kind != input.Kind!.Value)
        {
            run.KindBasis = RunKindBasis.Typed.ToString();
        }

        run.Kind = input.Kind!.Value;
        run.DurationSeconds = input.DurationSeconds!.Value;
        run.DistanceMeters = input.DistanceMeters;
        run.AverageHeartRate = input.AverageHeartRate;
    }

    /// <summary>Every problem with the input, by field; none when it can be stored.</summary>
    private static Dictionary<string, string[]> Errors(RunInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Date is null)
        {
            errors["date"] = ["is required (YYYY-MM-DD)."];
        }
        else if (input.Date is { Year: < 1900 or > 2200 })
        {
            errors["date"] = ["must be a real training day (years 1900–2200)."];
        }

        if (input.Kind is null or RunKind.Rest)
        {
            errors["kind"] = [$"is required: {KindChoices}."];
        }

        if (input.DurationSeconds is null or < 1 or > 172_800)
        {
            errors["durationSeconds"] = ["is required, between 1 and 172800 seconds (48 h)."];
        }

        if (input.DistanceMeters is { } meters && (!double.IsFinite(meters) || meters < 0 || meters > 1_000_000))
        {
            errors["distanceMeters"] = ["must be between 0 and 1000000 metres."];
        }

        if (input.AverageHeartRate is < 25 or > 250)
        {
            errors["averageHeartRate"] = ["must be between 25 and 250 beats per minute."];
        }

        return errors;
    }
}
