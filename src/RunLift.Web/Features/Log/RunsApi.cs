using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Data.Log;
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

/// <summary><c>/api/v1/runs</c>: the signed-in athlete's runs, as <see cref="RunOperations"/> keeps them.</summary>
internal static class RunsApi
{
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
    /// <param name="runs">The athlete's runs.</param>
    /// <param name="from">Runs on or after this day.</param>
    /// <param name="to">Runs on or before this day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Runs per page (1–200, default 50).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<Paged<RunView>>, ProblemHttpResult>> List(
        HttpContext http, RunOperations runs, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellation) =>
        PageRequest.TryRead(page, pageSize, out var requested) is { } problem
            ? problem
            : TypedResults.Ok(await runs.ListAsync(http.User.AccountId(), from, to, requested, cancellation));

    private static async Task<Results<Ok<RunView>, NotFound>> Get(HttpContext http, RunOperations runs, long id, CancellationToken cancellation) =>
        ChangeResults.Found(http.Response, await runs.FindAsync(http.User.AccountId(), id, cancellation));

    private static async Task<Results<Created<RunView>, ValidationProblem>> Create(HttpContext http, RunOperations runs, RunInput input, CancellationToken cancellation) =>
        ChangeResults.Created(await runs.CreateAsync(http.User.AccountId(), input, cancellation), made => $"/api/v1/runs/{made.Id}", "The run is not valid");

    private static async Task<Results<Ok<RunView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        HttpContext http, RunOperations runs, long id, RunInput input, CancellationToken cancellation) =>
        ChangeResults.Updated(http.Response, await runs.UpdateAsync(http.User.AccountId(), id, input, ETags.Expected(http.Request), cancellation), "run", "The run is not valid");

    private static async Task<Results<NoContent, NotFound>> Delete(HttpContext http, RunOperations runs, long id, CancellationToken cancellation) =>
        await runs.DeleteAsync(http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}
