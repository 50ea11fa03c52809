using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary><c>PUT /api/v1/sessions/{id}/check-in</c>: the athlete says how a session went, as <see cref="CheckInOperations"/> keeps it.</summary>
internal static class CheckInsApi
{
    public static RouteGroupBuilder MapCheckIns(this RouteGroupBuilder api)
    {
        api.MapPut("/sessions/{id:long}/check-in", CheckIn)
            .RequireAuthorization()
            .WithTags(ApiTags.Log)
            .WithName("CheckInSession")
            .WithSummary("Say how one of my sessions went: session RPE, pain and where, a note")
            .WithDescription(
                "Replaces the session's check-in as a whole (a field left out is cleared): `sessionRpe` 1–10 in halves, " +
                "`pain` 0–10, `painSite` an injury site (`knee`, `lower-back`...) only with a pain above 0, `note` (the " +
                "session's notes) up to 4000 characters. The session's version goes up, so its ETag changes; its week's " +
                "audit is redone, since session RPE is the week's strength load.")
            .AcceptsIfMatch();
        return api;
    }

    private static async Task<Results<Ok<CheckInView>, NotFound, ValidationProblem, ProblemHttpResult>> CheckIn(
        HttpContext http, CheckInOperations checkIns, long id, CheckInInput input, CancellationToken cancellation) =>
        ChangeResults.Updated(
            http.Response,
            await checkIns.CheckInAsync(http.User.AccountId(), id, input, ETags.Expected(http.Request), cancellation),
            "session",
            "The check-in is not valid");
}
