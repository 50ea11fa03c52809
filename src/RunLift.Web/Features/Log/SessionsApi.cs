using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Data.Log;
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

/// <summary>A stored session with its sets, and the athlete's check-in after it (<see cref="CheckInView"/>).</summary>
internal sealed record SessionView(
    long Id, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, long? PlanId, string? Notes,
    LogSource Source, long? ImportId, IReadOnlyList<SetView> Sets)
{
    /// <summary>Pain in or after the session, 0–10, when the athlete said.</summary>
    public int? Pain { get; init; }

    /// <summary>Where it hurt, when the athlete said.</summary>
    public InjurySite? PainSite { get; init; }

    /// <summary>When the athlete last checked in (UTC); null when they have not.</summary>
    public DateTime? CheckedInAt { get; init; }
}

/// <summary>A session in a list: how many sets and working sets it has, and the athlete's check-in after it.</summary>
internal sealed record SessionSummary(
    long Id, DateOnly Date, string Name, int? DurationMinutes, double? SessionRpe, long? PlanId, LogSource Source, int Sets, int WorkingSets)
{
    /// <summary>Pain in or after the session, 0–10, when the athlete said.</summary>
    public int? Pain { get; init; }

    /// <summary>Where it hurt, when the athlete said.</summary>
    public InjurySite? PainSite { get; init; }

    /// <summary>When the athlete last checked in (UTC); null when they have not.</summary>
    public DateTime? CheckedInAt { get; init; }
}

/// <summary><c>/api/v1/sessions</c>: the signed-in athlete's strength sessions, as <see cref="SessionOperations"/> keeps them.</summary>
internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapGet("", List).WithName("ListSessions").WithSummary("List my sessions, newest first, a page at a time").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/months", Months)
            .WithName("ListSessionMonths")
            .WithSummary("List the months of my log that hold training, newest first, with their sessions and runs")
            .WithDescription(
                "Each month (`month`, YYYY-MM) with at least one strength session or run dated in it, and how many of each " +
                "(`sessions`, `runs`): what a client needs to page through the whole log a month at a time, fetching a " +
                "month's sessions with `GET /api/v1/sessions?from=&to=`. `from` and `to` (YYYY-MM, both included, years " +
                "1900–2200, `from` not after `to`) narrow it; without them the whole log, at most one entry per month.")
            .ProducesValidationProblem();
        group.MapGet("/{id:long}", Get).WithName("GetSession").WithSummary("Get one of my sessions with its sets").ProducesETag();
        group.MapPost("", Create).WithName("CreateSession").WithSummary("Log a session");
        group.MapPut("/{id:long}", Update).WithName("UpdateSession").WithSummary("Replace a session and its sets").AcceptsIfMatch();
        group.MapDelete("/{id:long}", Delete).WithName("DeleteSession").WithSummary("Delete a session");
        return api;
    }

    /// <param name="http">The request: whose log.</param>
    /// <param name="sessions">The athlete's sessions.</param>
    /// <param name="from">Sessions on or after this day.</param>
    /// <param name="to">Sessions on or before this day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Sessions per page (1–200, default 50).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<Paged<SessionSummary>>, ProblemHttpResult>> List(
        HttpContext http, SessionOperations sessions, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellation) =>
        PageRequest.TryRead(page, pageSize, out var requested) is { } problem ? problem
            : from > to ? Problems.BadRequest($"to ({to:yyyy-MM-dd}) must be on or after from ({from:yyyy-MM-dd}).")
            : TypedResults.Ok(await sessions.ListAsync(http.User.AccountId(), from, to, requested, cancellation));

    /// <param name="http">The request: whose log.</param>
    /// <param name="log">The athlete's log.</param>
    /// <param name="from">The first month, YYYY-MM (default: the log's first).</param>
    /// <param name="to">The last month, YYYY-MM (default: the log's last).</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<List<LogMonthCount>>, ValidationProblem>> Months(
        HttpContext http, LogOperations log, string? from, string? to, CancellationToken cancellation) =>
        LogMonth.TryReadRange(from, to, out var errors) is var (first, last)
            ? TypedResults.Ok(await log.MonthsAsync(http.User.AccountId(), first, last, cancellation))
            : TypedResults.ValidationProblem(errors, title: "The months are not valid");

    private static async Task<Results<Ok<SessionView>, NotFound>> Get(HttpContext http, SessionOperations sessions, long id, CancellationToken cancellation) =>
        ChangeResults.Found(http.Response, await sessions.FindAsync(http.User.AccountId(), id, cancellation));

    private static async Task<Results<Created<SessionView>, ValidationProblem>> Create(
        HttpContext http, SessionOperations sessions, SessionInput input, CancellationToken cancellation) =>
        ChangeResults.Created(await sessions.CreateAsync(http.User.AccountId(), input, cancellation), made => $"/api/v1/sessions/{made.Id}", "The session is not valid");

    private static async Task<Results<Ok<SessionView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        HttpContext http, SessionOperations sessions, long id, SessionInput input, CancellationToken cancellation) =>
        ChangeResults.Updated(http.Response, await sessions.UpdateAsync(http.User.AccountId(), id, input, ETags.Expected(http.Request), cancellation), "session", "The session is not valid");

    private static async Task<Results<NoContent, NotFound>> Delete(HttpContext http, SessionOperations sessions, long id, CancellationToken cancellation) =>
        await sessions.DeleteAsync(http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();
}
