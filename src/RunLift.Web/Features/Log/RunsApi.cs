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

/// <summary>A run as entered.</summary>
internal sealed record RunInput(DateOnly? Date, RunKind? Kind, int? DurationSeconds, double? DistanceMeters, int? AverageHeartRate);

/// <summary>A stored run.</summary>
internal sealed record RunView(
    long Id, DateOnly Date, RunKind Kind, int DurationSeconds, double? DistanceMeters, int? AverageHeartRate, LogSource Source, long? ImportId,
    string? KindBasis);

/// <summary><c>/api/v1/runs</c>: the signed-in athlete's runs.</summary>
internal static class RunsApi
{
    /// <summary>"easy, recovery, ..., race-pace or race": the kinds a run can be, for the message that asks for one.</summary>
    private static readonly string KindChoices =
        $"{string.Join(", ", RunKinds.OfRuns.SkipLast(1).Select(k => k.Name()))} or {RunKinds.OfRuns[^1].Name()}";

    public static RouteGroupBuilder MapRuns(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/runs").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapGet("", List).WithName("ListRuns").WithSummary("List my runs, newest first, a page at a time").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:long}", Get).WithName("GetRun").WithSummary("Get one of my runs").ProducesETag();
        group.MapPost("", Create).WithName("CreateRun").WithSummary("Log a run");
        group.MapPut("/{id:long}", Update).WithName("UpdateRun").WithSummary("Replace a run").AcceptsIfMatch();
        group.MapDelete("/{id:long}", Delete).WithName("DeleteRun").WithSummary("Delete a run");
        return api;
    }

    /// <param name="http">The request: whose log.</param>
    /// <param name="db">The database.</param>
    /// <param name="from">Runs on or after this day.</param>
    /// <param name="to">Runs on or before this day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Runs per page (1–200, default 50).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<Paged<RunView>>, ProblemHttpResult>> List(
        HttpContext http, AppDbContext db, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellation)
    {
        if (PageRequest.TryRead(page, pageSize, out var requested) is { } problem)
        {
            return problem;
        }

        var accountId = http.User.AccountId();
        var query = db.Runs.AsNoTracking().Where(r => r.AccountId == accountId);
        if (from is { } start)
        {
            query = query.Where(r => r.Date >= start);
        }

        if (to is { } end)
        {
            query = query.Where(r => r.Date <= end);
        }

        return TypedResults.Ok(await query
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .PageAsync(requested, r => new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis), cancellation));
    }

    private static async Task<Results<Ok<RunView>, NotFound>> Get(HttpContext http, AppDbContext db, long id, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        var view = await FindAsync(db, accountId, id, cancellation);
        await ETags.SetAsync(http, db.Runs.Where(r => r.Id == id && r.AccountId == accountId), cancellation);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<RunView>, ValidationProblem>> Create(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, RunInput input, CancellationToken cancellation)
    {
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        var accountId = http.User.AccountId();
        var run = new LoggedRun { AccountId = accountId, Source = LogSource.Manual };
        Apply(run, input);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            db.Runs.Add(run);
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [run.Date], cancellation);
            await transaction.CommitAsync(cancellation);
        }

        return TypedResults.Created($"/api/v1/runs/{run.Id}", (await FindAsync(db, accountId, run.Id, cancellation))!);
    }

    private static async Task<Results<Ok<RunView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, long id, RunInput input, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        if (!await db.Runs.AnyAsync(r => r.Id == id && r.AccountId == accountId, cancellation))
        {
            return TypedResults.NotFound();
        }

        if (Validate(input) is { } problem)
        {
            return problem;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            var row = db.Runs.Where(r => r.Id == id && r.AccountId == accountId);
            switch (await Versions.ClaimAsync(row, ETags.Expected(http.Request), cancellation))
            {
                case VersionClaim.Missing:
                    return TypedResults.NotFound();
                case VersionClaim.Changed:
                    return ETags.Changed("run");
            }

            var run = await row.FirstAsync(cancellation);
            var before = run.Date;
            Apply(run, input);
            await db.SaveChangesAsync(cancellation);
            await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [before, run.Date], cancellation);
            await transaction.CommitAsync(cancellation);
        }

        await ETags.SetAsync(http, db.Runs.Where(r => r.Id == id && r.AccountId == accountId), cancellation);
        return TypedResults.Ok((await FindAsync(db, accountId, id, cancellation))!);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(
        HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, long id, CancellationToken cancellation)
    {
        var accountId = http.User.AccountId();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var date = await db.Runs.Where(r => r.Id == id && r.AccountId == accountId).Select(r => (DateOnly?)r.Date).FirstOrDefaultAsync(cancellation);
        if (date is null)
        {
            return TypedResults.NotFound();
        }

        await db.Runs.Where(r => r.Id == id && r.AccountId == accountId).ExecuteDeleteAsync(cancellation);
        await AuditSnapshots.RecomputeAsync(db, catalog, time, accountId, [date.Value], cancellation);
        await transaction.CommitAsync(cancellation);
        return TypedResults.NoContent();
    }

    private static Task<RunView?> FindAsync(AppDbContext db, string accountId, long id, CancellationToken cancellation) =>
        db.Runs.AsNoTracking()
            .Where(r => r.Id == id && r.AccountId == accountId)
            .Select(r => new RunView(r.Id, r.Date, r.Kind, r.DurationSeconds, r.DistanceMeters, r.AverageHeartRate, r.Source, r.ImportId, r.KindBasis))
            .FirstOrDefaultAsync(cancellation);

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

    private static ValidationProblem? Validate(RunInput input)
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

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The run is not valid");
    }
}
