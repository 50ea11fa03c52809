using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Coaching;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// Planned vs done over HTTP: the signed-in athlete's calendar (<c>/api/v1/calendar</c>), a saved plan's compliance
/// (<c>/api/v1/saved-plans/{id}/compliance</c>) and, for a coach the athlete accepted, the athlete's calendar
/// (<c>/api/v1/coach/athletes/{athleteId}/calendar</c>), as <see cref="CalendarOperations"/> reads them.
/// </summary>
internal static class CalendarApi
{
    private const string RangeDescription =
        "`from` and `to` (YYYY-MM-DD, both included) default to the Monday four weeks before the athlete's week and the " +
        "Sunday four weeks after it; at most 400 days. Each day has a `status` (done, partial, missed, planned, moved, " +
        "unplanned, rest) and a `compliance` (the share of its planned working sets done, 0–1, or null); its `planned` " +
        "sessions (with `outcome`, `compliance`, `movedFrom`, `movedTo`, `dropped`), the strength sessions `logged` on it " +
        "and its `runs`. `today` is the athlete's date in their profile's time zone.";

    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar", Get)
            .RequireAuthorization()
            .WithTags(ApiTags.Calendar)
            .WithName("GetCalendar")
            .WithSummary("Get my training calendar: each day's planned and logged sessions, runs, status and compliance")
            .WithDescription(RangeDescription)
            .ProducesValidationProblem();
        api.MapGet("/saved-plans/{id:long}/compliance", Compliance)
            .RequireAuthorization()
            .WithTags(ApiTags.Plans)
            .WithName("GetSavedPlanCompliance")
            .WithSummary("Get a saved plan's compliance: overall and week by week")
            .WithDescription(
                "Compliance is matched ÷ planned working sets of the sessions dated on or before the athlete's today (future " +
                "sessions do not count); `overall` and a week's `compliance` are null until one is due. Each week counts its " +
                "sessions `planned` (past and future), `done` (≥ 80 % of their working sets), `partial` (50–79 %) and `missed` " +
                "(dropped ones included). A plan that a later plan took over counts only its sessions before that plan's start.");
        api.MapGet("/coach/athletes/{athleteId}/calendar", CoachedAthlete)
            .RequireAuthorization()
            .WithTags(ApiTags.Coaching)
            .WithName("GetAthleteCalendar")
            .WithSummary("Read the training calendar of an athlete who accepted, as they see it")
            .WithDescription(RangeDescription + " 404 for anyone who has not accepted the caller as their coach.")
            .ProducesValidationProblem();
        return api;
    }

    /// <param name="from">The first day, YYYY-MM-DD (default: the Monday four weeks before this week).</param>
    /// <param name="to">The last day, YYYY-MM-DD (default: the Sunday four weeks after this week).</param>
    /// <param name="user">The signed-in athlete.</param>
    /// <param name="calendar">Follows their plans against their log.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<CalendarView>, ValidationProblem>> Get(
        string? from, string? to, ClaimsPrincipal user, CalendarOperations calendar, CancellationToken cancellation) =>
        await calendar.ReadAsync(user.AccountId(), from, to, cancellation) switch
        {
            CalendarRead.Read(var view) => TypedResults.Ok(view),
            CalendarRead.Invalid(var errors) => Invalid(errors),
            var read => throw Unexpected(read),
        };

    /// <param name="id">The saved plan.</param>
    /// <param name="user">The signed-in athlete.</param>
    /// <param name="calendar">Follows the plan against their log.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<PlanComplianceView>, NotFound>> Compliance(
        long id, ClaimsPrincipal user, CalendarOperations calendar, CancellationToken cancellation) =>
        await calendar.ComplianceAsync(user.AccountId(), id, cancellation) is { } compliance ? TypedResults.Ok(compliance) : TypedResults.NotFound();

    /// <param name="athleteId">The athlete.</param>
    /// <param name="from">The first day, YYYY-MM-DD (default: the Monday four weeks before the athlete's week).</param>
    /// <param name="to">The last day, YYYY-MM-DD (default: the Sunday four weeks after the athlete's week).</param>
    /// <param name="user">The signed-in coach.</param>
    /// <param name="athletes">What the coach may read.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<CalendarView>, ValidationProblem, NotFound>> CoachedAthlete(
        string athleteId, string? from, string? to, ClaimsPrincipal user, CoachedAthleteOperations athletes, CancellationToken cancellation) =>
        await athletes.ReadCalendarAsync(user.AccountId(), athleteId, from, to, cancellation) switch
        {
            null => TypedResults.NotFound(),
            CalendarRead.Read(var view) => TypedResults.Ok(view),
            CalendarRead.Invalid(var errors) => Invalid(errors),
            var read => throw Unexpected(read),
        };

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The calendar's days are not valid");

    private static InvalidOperationException Unexpected(CalendarRead read) => new($"A calendar read is the days or their problems, not {read}.");
}
