using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Auditing;
using RunLift.Data.Log;
using RunLift.Time;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>A set as entered: loads in kilograms, whatever unit the athlete shows.</summary>
internal sealed record SetInput(
    string? Exercise,
    SetKind? Kind,
    int? Reps,
    double? LoadKg,
    double? Rpe,
    int? DurationSeconds,
    int? RestSeconds,
    bool PerSide = false,
    bool ToFailure = false,
    bool Bodyweight = false);

/// <summary>A session as entered.</summary>
internal sealed record SessionInput(
    DateOnly? Date,
    string? Name,
    int? DurationMinutes,
    double? SessionRpe,
    long? PlanId,
    string? Notes,
    IReadOnlyList<SetInput>? Sets);

/// <summary>A stored set; <c>exerciseId</c> is the catalog id the name resolved to (null when it did not).</summary>
internal sealed record SetView(
    int Position, string Exercise, string? ExerciseId, SetKind Kind, int? Reps, double? LoadKg, bool Bodyweight, double? Rpe,
    int? DurationSeconds, int? RestSeconds, bool PerSide, bool ToFailure);

/// <summary>A stored session with its sets.</summary>
internal sealed record SessionView(
    long Id, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, long? PlanId, string? Notes,
    LogSource Source, long? ImportId, IReadOnlyList<SetView> Sets);

/// <summary>A session in a list: how many sets and working sets it has.</summary>
internal sealed record SessionSummary(
    long Id, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, long? PlanId, LogSource Source, int Sets, int WorkingSets);

/// <summary><c>/api/v1/sessions</c>: the signed-in athlete's strength sessions.</summary>
internal static class SessionsApi
{
    public const int MaxSets = 300;

    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapGet("", List).WithName("ListSessions").WithSummary("List my sessions, newest first, a page at a time").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:long}", Get).WithName("GetSession").WithSummary("Get one of my sessions with its sets").ProducesETag();
        group.MapPost("", Create).WithName("CreateSession").WithSummary("Log a session");
        group.MapPut("/{id:long}", Update).WithName("UpdateSession").WithSummary("Replace a session and its sets").AcceptsIfMatch();
        group.MapDelete("/{id:long}", Delete).WithName("DeleteSession").WithSummary("Delete a session");
        return api;
    }

    /// <param name="http">The request: whose log.</param>
    /// <param name="db">The database.</param>
    /// <param name="from">Sessions on or after this day.</param>
    /// <param name="to">Sessions on or before this day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Sessions per page (1–200, default 50).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<Paged<SessionSummary>>, ProblemHttpResult>> List(
        HttpContext http, AppDbContext db, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellation)
    {
        if (PageRequest.TryRead(page, pageSize, out var requested) is { } problem)
        {
            return problem;
        }

        var accountId = http.User.AccountId();
        var query = db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId);
        if (from is { } start)
        {
            query = query.Where(s => s.Date >= start);
        }

        if (to is { } end)
        {
            query = query.Where(s => s.Date <= end);
        }

        return TypedResults.Ok(await query
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .PageAsync(requested, s => new SessionSummary(
                s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Source,
                s.Sets.Count, s.Sets.Count(set => set.Kind != SetKind.Warmup)), cancellation));
    }

    private static async Task<Results<Ok<SessionView>, NotFound>> Get(HttpContext http, AppDbContext db, long id, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        var view = await FindAsync(db, accountId, id, cancellation);
        await ETags.SetAsync(http, db.Sessions.Where(s => s.Id == id && s.AccountId == accountId), cancellation);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<SessionView>, ValidationProblem>> Create(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, SessionInput input, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        if (await ErrorsAsync(db, accountId, input, cancellation) is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        var id = (await SaveAsync(db, catalog, time, accountId, null, input, cancellation))!.Value;
        return TypedResults.Created($"/api/v1/sessions/{id}", (await FindAsync(db, accountId, id, cancellation))!);
    }

    private static async Task<Results<Ok<SessionView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, long id, SessionInput input, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        if (!await db.Sessions.AnyAsync(s => s.Id == id && s.AccountId == accountId, cancellation))
        {
            return TypedResults.NotFound();
        }

        if (await ErrorsAsync(db, accountId, input, cancellation) is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        try
        {
            if (await SaveAsync(db, catalog, time, accountId, id, input, cancellation, ETags.Expected(http.Request)) is null)
            {
                return TypedResults.NotFound();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return ETags.Changed("session");
        }

        await ETags.SetAsync(http, db.Sessions.Where(s => s.Id == id && s.AccountId == accountId), cancellation);
        return TypedResults.Ok((await FindAsync(db, accountId, id, cancellation))!);
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The session is not valid");

    /// <summary>
    /// Stores a valid session (new when <paramref name="id"/> is null, else replacing that one and its sets) and
    /// recomputes the audit snapshots, in one transaction; null when the athlete has no session <paramref name="id"/>.
    /// A change made with <paramref name="expectedVersion"/> throws <see cref="DbUpdateConcurrencyException"/> when the
    /// session has moved on from that version. Used by the API and the Log page.
    /// </summary>
    internal static async Task<long?> SaveAsync(
        AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, long? id, SessionInput input, CancellationToken cancellation,
        int? expectedVersion = null)
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

        Apply(session, input, catalog);
        dates.Add(session.Date);
        await db.SaveChangesAsync(cancellation);
        await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, dates, cancellation);
        await transaction.CommitAsync(cancellation);
        return session.Id;
    }

    private static async Task<Results<NoContent, NotFound>> Delete(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, long id, CancellationToken cancellation) =>
        await DeleteAsync(db, catalog, time, http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Deletes the athlete's session <paramref name="id"/> and recomputes the snapshots; false when there is none.</summary>
    internal static async Task<bool> DeleteAsync(AppDbContext db, ExerciseCatalog catalog, TimeProvider time, string accountId, long id, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var date = await db.Sessions.Where(s => s.Id == id && s.AccountId == accountId).Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(cancellation);
        if (date is null)
        {
            return false;
        }

        await db.Sessions.Where(s => s.Id == id && s.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [date.Value], cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    internal static Task<SessionView?> FindAsync(AppDbContext db, string accountId, long id, CancellationToken cancellation) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.Id == id && s.AccountId == accountId)
            .Select(s => new SessionView(
                s.Id, s.Date, s.Name, s.DurationMinutes, s.SessionRpe, s.PlanId, s.Notes, s.Source, s.ImportId,
                s.Sets.OrderBy(set => set.Position).Select(set => new SetView(
                    set.Position, set.ExerciseName, set.ExerciseId, set.Kind, set.Reps, set.LoadKg, set.Bodyweight, set.Rpe,
                    set.DurationSeconds, set.RestSeconds, set.PerSide, set.ToFailure)).ToList()))
            .FirstOrDefaultAsync(cancellation);

    private static void Apply(LoggedSession session, SessionInput input, ExerciseCatalog catalog)
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
    internal static async Task<Dictionary<string, string[]>> ErrorsAsync(AppDbContext db, string accountId, SessionInput input, CancellationToken cancellation)
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
