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
/// What the log does with an athlete's strength sessions, for the API and the log page alike: lists and finds them,
/// checks a session as entered, and stores or deletes it with the audit snapshots of its weeks in one transaction.
/// </summary>
internal sealed class SessionOperations(IDbContextFactory<AppDbContext> contexts, ExerciseCatalog catalog, TimeProvider time)
{
    private const int MaxSets = 300;

    public async Task<Paged<SessionSummary>> ListAsync(string accountId, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId).Between(from, to)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .PageAsync(page, s => new SessionSummary(
                s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Source,
                s.Sets.Count, s.Sets.Count(set => set.Kind != SetKind.Warmup))
            {
                Pain = s.Pain,
                PainSite = s.PainSite,
                CheckedInAt = s.CheckedInAt,
            }, cancellation);
    }

    /// <summary>The athlete's session <paramref name="id"/> with its sets and version; null when they have none.</summary>
    public async Task<Versioned<SessionView>?> FindAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await FindAsync(db, accountId, id, cancellation);
    }

    /// <summary>Logs a new session when it is valid.</summary>
    public async Task<Change<SessionView>> CreateAsync(string accountId, SessionInput input, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (await ErrorsAsync(db, accountId, input, cancellation) is { Count: > 0 } errors)
        {
            return new Change<SessionView>.Invalid(errors);
        }

        var id = (await SaveAsync(db, accountId, null, input, null, cancellation))!.Value;
        return Made(await FindAsync(db, accountId, id, cancellation));
    }

    /// <summary>
    /// Replaces the athlete's session <paramref name="id"/> and its sets when the input is valid and, with
    /// <paramref name="expectedVersion"/>, the session is still at that version.
    /// </summary>
    public async Task<Change<SessionView>> UpdateAsync(string accountId, long id, SessionInput input, int? expectedVersion, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (!await db.Sessions.AnyAsync(s => s.Id == id && s.AccountId == accountId, cancellation))
        {
            return new Change<SessionView>.Missing();
        }

        if (await ErrorsAsync(db, accountId, input, cancellation) is { Count: > 0 } errors)
        {
            return new Change<SessionView>.Invalid(errors);
        }

        try
        {
            if (await SaveAsync(db, accountId, id, input, expectedVersion, cancellation) is null)
            {
                return new Change<SessionView>.Missing();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Change<SessionView>.Overtaken();
        }

        return Made(await FindAsync(db, accountId, id, cancellation));
    }

    /// <summary>Deletes the athlete's session <paramref name="id"/> and recomputes the snapshots; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string accountId, long id, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return await AuditSnapshots.DeleteAndRecomputeAsync(db, db.Sessions.Where(s => s.Id == id && s.AccountId == accountId), catalog, time, accountId, cancellation);
    }

    private static Change<SessionView> Made(Versioned<SessionView>? saved) => new Change<SessionView>.Made(saved!.Value, saved.Version);

    private static async Task<Versioned<SessionView>?> FindAsync(AppDbContext db, string accountId, long id, CancellationToken cancellation)
    {
        var found = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == id && s.AccountId == accountId)
            .Select(s => new
            {
                s.Version,
                View = new SessionView(
                    s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Notes, s.Source, s.ImportId,
                    s.Sets.OrderBy(set => set.Position).Select(set => new SetView(
                        set.Position, set.ExerciseName, set.ExerciseId, set.Kind, set.Reps, set.LoadKg, set.Bodyweight, set.Rpe,
                        set.DurationSeconds, set.RestSeconds, set.PerSide, set.ToFailure)).ToList())
                {
                    Pain = s.Pain,
                    PainSite = s.PainSite,
                    CheckedInAt = s.CheckedInAt,
                },
            })
            .FirstOrDefaultAsync(cancellation);
        return found is null ? null : new Versioned<SessionView>(found.View, found.Version);
    }

    /// <summary>
    /// Stores a valid session (new when <paramref name="id"/> is null, else replacing that one and its sets) and
    /// recomputes the audit snapshots, in one transaction; null when the athlete has no session <paramref name="id"/>.
    /// A change made with <paramref name="expectedVersion"/> throws <see cref="DbUpdateConcurrencyException"/> when the
    /// session has moved on from that version.
    /// </summary>
    private async Task<long?> SaveAsync(AppDbContext db, string accountId, long? id, SessionInput input, int? expectedVersion, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        LoggedSession? session;
        var dates = new List<DateOnly>();
        if (id is null)
        {
            session = new LoggedSession { AccountId = accountId, Source = input.PlanId is null ? LogSource.Manual : LogSource.Plan };
            db.Sessions.Add(session);
        }
        else
        {
            switch (await Versions.ClaimAsync(db.Sessions.Where(s => s.Id == id && s.AccountId == accountId), expectedVersion, cancellation))
            {
                case VersionClaim.Missing:
                    return null;
                case VersionClaim.Changed:
                    throw new DbUpdateConcurrencyException($"Session {id} is no longer at version {expectedVersion}.");
            }

            session = await db.Sessions.Include(s => s.Sets).FirstOrDefaultAsync(s => s.Id == id && s.AccountId == accountId, cancellation);
            if (session is null)
            {
                return null;
            }

            dates.Add(session.Date);
            db.Sets.RemoveRange(session.Sets);
            session.Sets = [];
            if (session.Source is LogSource.Manual or LogSource.Plan)
            {
                session.Source = input.PlanId is null ? LogSource.Manual : LogSource.Plan;
            }
        }

        Apply(session, input);
        dates.Add(session.Date);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, dates, cancellation);
        await transaction.CommitAsync(cancellation);
        return session.Id;
    }

    private void Apply(LoggedSession session, SessionInput input)
    {
        var date = input.Date!.Value;
        session.Date = date;
        session.WeekStart = IsoWeek.MondayOf(date);
        session.Name = input.Name?.Trim() ?? "";
        session.DurationMinutes = input.DurationMinutes;
        session.SessionRpe = input.SessionRpe;
        session.PlanId = input.PlanId;
        session.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        var position = 0;
        foreach (var set in input.Sets ?? [])
        {
            var name = set.Exercise!.Trim();
            var resolution = catalog.Resolve(name);
            session.Sets.Add(new LoggedSet
            {
                Position = position++,
                ExerciseName = name,
                ExerciseId = resolution.IsKnown ? resolution.Exercise.Id : null,
                Kind = set.Kind ?? SetKind.Working,
                Reps = set.Reps,
                LoadKg = set.LoadKg,
                Bodyweight = set.Bodyweight,
                Rpe = set.Rpe,
                DurationSeconds = set.DurationSeconds,
                RestSeconds = set.RestSeconds,
                PerSide = set.PerSide,
                ToFailure = set.ToFailure,
            });
        }

        LogMeasures.Measure(session);
    }

    /// <summary>Every problem with the input, by field (<c>sets[2].reps</c>); none when it can be stored.</summary>
    private static async Task<Dictionary<string, string[]>> ErrorsAsync(AppDbContext db, string accountId, SessionInput input, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool bad, string field, string message)
        {
            if (bad)
            {
                errors[field] = [message];
            }
        }

        Check(input.Date is null, "date", "is required (YYYY-MM-DD).");
        Check(input.Date is { Year: < 1900 or > 2200 }, "date", "must be a real training day (years 1900–2200).");
        Check(input.Name is { Length: > 200 }, "name", "must be at most 200 characters.");
        Check(input.DurationMinutes is < 1 or > 600, "durationMinutes", "must be between 1 and 600 minutes.");
        Check(input.SessionRpe is { } rpe && !Rpe.IsValid(rpe), "sessionRpe", "must be between 1 and 10.");
        Check(input.Notes is { Length: > 4000 }, "notes", "must be at most 4000 characters.");
        var sets = input.Sets ?? [];
        Check(sets.Count > MaxSets, "sets", $"must be at most {MaxSets} sets.");
        for (var i = 0; i < Math.Min(sets.Count, MaxSets); i++)
        {
            var set = sets[i];
            var field = $"sets[{i}]";
            if (set is null)
            {
                errors[field] = ["must be a set."];
                continue;
            }

            Check(string.IsNullOrWhiteSpace(set.Exercise), field + ".exercise", "must name the exercise.");
            Check(set.Exercise is { Length: > 200 }, field + ".exercise", "must be at most 200 characters.");
            Check(set.Reps is < 0 or > 100, field + ".reps", "must be between 0 and 100.");
            Check(set.LoadKg is { } kg && (!double.IsFinite(kg) || kg < 0 || kg > 1000), field + ".loadKg", "must be between 0 and 1000 kg.");
            Check(set.Rpe is { } setRpe && !Rpe.IsValid(setRpe), field + ".rpe", "must be between 1 and 10.");
            Check(set.DurationSeconds is < 0 or > 86_400, field + ".durationSeconds", "must be between 0 and 86400 seconds.");
            Check(set.RestSeconds is < 0 or > 3600, field + ".restSeconds", "must be between 0 and 3600 seconds.");
            Check(set.Reps is null && set.DurationSeconds is null, field, "needs reps or a duration.");
        }

        // Another athlete's plan is as unknown as one that does not exist.
        if (input.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId && p.AccountId == accountId, cancellation))
        {
            errors["planId"] = ["is not one of your saved plans."];
        }

        return errors;
    }
}
