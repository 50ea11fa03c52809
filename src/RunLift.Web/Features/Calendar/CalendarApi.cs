using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Calendar;

/// <summary>
/// Planned vs done over HTTP: <c>GET /api/v1/calendar</c>, the coach's <c>GET /api/v1/coach/athletes/{athleteId}/calendar</c>
/// and <c>GET /api/v1/saved-plans/{id}/compliance</c>.
/// </summary>
internal static class CalendarApi
{
    private const string RangeDescription =
        "Every day from `from` to `to` (YYYY-MM-DD, both or neither; at most 400 days; by default the four weeks either side " +
        "of the athlete's this week), with its status (`done`, `partial`, `missed`, `planned`, `moved`, `unplanned`, `rest`), " +
        "the share of its due planned working sets done, its planned sessions (moved ones on their new day with `movedFrom`, " +
        "and on the plan's day with outcome `moved` and `movedTo`; `dropped` when no later day of the week kept the 24 h and " +
        "48 h rules), the strength sessions and the runs logged on it. `today` is the athlete's date in their profile's time zone.";

    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar", Mine)
            .WithTags(ApiTags.Plans)
            .RequireAuthorization()
            .WithName("GetCalendar")
            .WithSummary("Get the training calendar: planned vs done, day by day")
            .WithDescription(RangeDescription)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/coach/athletes/{athleteId}/calendar", Athletes)
            .WithTags(ApiTags.Coaching)
            .RequireAuthorization()
            .WithName("GetCoachedAthleteCalendar")
            .WithSummary("Get a coached athlete's training calendar (read-only)")
            .WithDescription(RangeDescription + " Only for a coach the athlete accepted; 404 otherwise.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/saved-plans/{id:long}/compliance", Compliance)
            .WithTags(ApiTags.Plans)
            .RequireAuthorization()
            .WithName("GetSavedPlanCompliance")
            .WithSummary("Get a saved plan's compliance, overall and week by week")
            .WithDescription(
                "Compliance = matched ÷ planned working sets over the plan's sessions dated on or before the athlete's today " +
                "(future sessions do not count; null before the first). Each ISO week counts its sessions and how many are " +
                "done (≥ 80 %), partial (50–79 %) and missed (< 50 %, nothing logged, or dropped).");
        return api;
    }

    /// <param name="from">The first day (YYYY-MM-DD).</param>
    /// <param name="to">The last day (YYYY-MM-DD).</param>
    /// <param name="user">The signed-in athlete.</param>
    /// <param name="calendar">Follows the plans.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<CalendarView>, ProblemHttpResult>> Mine(
        string? from, string? to, ClaimsPrincipal user, CalendarOperations calendar, CancellationToken cancellation)
    {
        var (first, last, problem) = Range(from, to);
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        return TypedResults.Ok(await calendar.ReadAsync(user.AccountId(), first, last, cancellation));
    }

    /// <param name="athleteId">The coached athlete.</param>
    /// <param name="from">The first day (YYYY-MM-DD).</param>
    /// <param name="to">The last day (YYYY-MM-DD).</param>
    /// <param name="user">The signed-in coach.</param>
    /// <param name="calendar">Follows the plans.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<CalendarView>, NotFound, ProblemHttpResult>> Athletes(
        string athleteId, string? from, string? to, ClaimsPrincipal user, CalendarOperations calendar, CancellationToken cancellation)
    {
        var (first, last, problem) = Range(from, to);
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        return await calendar.ReadForCoachAsync(user.AccountId(), athleteId, first, last, cancellation) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.NotFound();
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="user">The signed-in athlete.</param>
    /// <param name="calendar">Follows the plan.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<PlanCompliance>, NotFound>> Compliance(long id, ClaimsPrincipal user, CalendarOperations calendar, CancellationToken cancellation) =>
        await calendar.ComplianceAsync(user.AccountId(), id, cancellation) is { } compliance ? TypedResults.Ok(compliance) : TypedResults.NotFound();

    private static (DateOnly? From, DateOnly? To, string? Problem) Range(string? from, string? to)
    {
        if (!TryDate(from, out var first))
        {
            return (null, null, $"from must be a date as YYYY-MM-DD, not '{Shown(from)}'.");
        }

        if (!TryDate(to, out var last))
        {
            return (null, null, $"to must be a date as YYYY-MM-DD, not '{Shown(to)}'.");
        }

        return (first, last, CalendarOperations.RangeProblem(first, last));
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static string Shown(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;
}
