using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Data.Log;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>A stored cross-training activity: a ride, a swim, a hike, with the sport in the words of the app that recorded it.</summary>
internal sealed record CrossTrainingView(
    long Id, DateOnly Date, string Sport, string? Name, int DurationSeconds, double? DistanceMeters, int? AverageHeartRate, LogSource Source, long? ImportId);

/// <summary>
/// <c>/api/v1/cross-training</c>: the signed-in athlete's training that is neither running nor lifting, as imports read it
/// (Strava's other sports, FIT, TCX and GPX activities of other sports). Listed and deleted; it counts in the week's
/// load (the progress report), never in the audit's rules on running and lifting, so a deletion changes no audit.
/// </summary>
internal static class CrossTrainingApi
{
    public static RouteGroupBuilder MapCrossTraining(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cross-training").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapGet("", List).WithName("ListCrossTraining").WithSummary("List my cross-training (rides, swims, hikes), newest first, a page at a time")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapDelete("/{id:long}", Delete).WithName("DeleteCrossTraining").WithSummary("Delete a cross-training activity");
        return api;
    }

    /// <param name="http">The request: whose log.</param>
    /// <param name="activities">The athlete's cross-training.</param>
    /// <param name="from">Activities on or after this day.</param>
    /// <param name="to">Activities on or before this day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Activities per page (1–200, default 50).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<Paged<CrossTrainingView>>, ProblemHttpResult>> List(
        HttpContext http, CrossTrainingOperations activities, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellation) =>
        PageRequest.TryRead(page, pageSize, out var requested) is { } problem
            ? problem
            : TypedResults.Ok(await activities.ListAsync(http.User.AccountId(), from, to, requested, cancellation));

    private static async Task<Results<NoContent, NotFound>> Delete(HttpContext http, CrossTrainingOperations activities, long id, CancellationToken cancellation) =>
        await activities.DeleteAsync(http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}
