using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Following;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary>The next session of a saved plan, as <c>GET /api/v1/saved-plans/{id}/next</c> answers it.</summary>
/// <param name="Date">Its day now (a missed session moved within its week is on its new day).</param>
/// <param name="Name">Its name.</param>
/// <param name="Exercises">Its exercises, in order.</param>
internal sealed record NextSessionView(DateOnly Date, string Name, IReadOnlyList<NextExerciseView> Exercises)
{
    public static NextSessionView From(NextSession session) => new(session.Date, session.Name, [.. session.Exercises.Select(NextExerciseView.From)]);
}

/// <summary>An exercise of the next session, and how the log changed its load (null when it did not).</summary>
internal sealed record NextExerciseView(string Name, string Id, IReadOnlyList<NextSetView> Sets, AdjustmentView? Adjustment)
{
    public static NextExerciseView From(NextExercise exercise) => new(
        exercise.Name,
        exercise.Id,
        [.. exercise.Sets.Select(NextSetView.From)],
        exercise.Adjustment is { } adjustment ? new AdjustmentView(adjustment.Reason, Kilograms(adjustment.From), Kilograms(adjustment.To)!.Value) : null);

    internal static double? Kilograms(Load? load) => load is { } mass ? Math.Round(mass.Kilograms, 3) : null;
}

/// <summary>A set of the next session: reps (null for a timed set, whose length is <c>durationSeconds</c>), its load, and its rest.</summary>
internal sealed record NextSetView(int? Reps, NextLoadView Load, bool Warmup, double? DurationSeconds, double? RestSeconds)
{
    public static NextSetView From(TrainingSet set) => new(
        set.Reps,
        new NextLoadView(NextExerciseView.Kilograms(set.Load), set.PercentOneRepMax, set.Rpe?.Value),
        set.Kind == SetKind.Warmup,
        set.Duration?.TotalSeconds,
        set.Rest?.TotalSeconds);
}

/// <summary>A set's load in kilograms, the %1RM it stands for and the RPE it should feel like, each when the plan says.</summary>
internal sealed record NextLoadView(double? Kg, double? Percent1RM, double? Rpe);

/// <summary>Why the prescribed load differs from the plan's: <c>fromKg</c> is the plan's (null for a lift it loads by RPE), <c>toKg</c> the prescribed one.</summary>
internal sealed record AdjustmentView(string Reason, double? FromKg, double ToKg);

/// <summary><c>GET /api/v1/saved-plans/{id}/next</c>: the next session of the athlete's plan, its loads prescribed from their log.</summary>
internal static class NextSessionApi
{
    public static RouteGroupBuilder MapNextSession(this RouteGroupBuilder api)
    {
        api.MapGet("/saved-plans/{id:long}/next", Next)
            .RequireAuthorization()
            .WithTags(ApiTags.Plans)
            .WithName("GetSavedPlanNextSession")
            .WithSummary("The plan's next session, its loads prescribed from the log")
            .WithDescription(
                "The first session dated on or after the athlete's today (in their profile's time zone) that no logged session " +
                "matches yet. Each lift's load follows its last logged sessions: every target rep at or below the target RPE adds " +
                "2.5 kg (upper body) or 5 kg (lower body), 5 or 10 lb in pounds; reps missed or an RPE over the target keep the load; " +
                "reps missed twice in a row take 10 % off; a new %1RM is loaded from the estimated max; a lift loaded by RPE only " +
                "takes its load from its last set through the RTS table; a deload keeps its planned reduction; pain of 4 or more at " +
                "the rehab site holds the lifts that load it. `adjustment` says why, with the plan's load (`fromKg`) and the " +
                "prescribed one (`toKg`); null where the log has nothing on the lift. 404 for another athlete's plan, and for a " +
                "plan with no session left.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="http">The request.</param>
    /// <param name="next">The next sessions.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<NextSessionView>, ProblemHttpResult>> Next(long id, HttpContext http, NextSessionOperations next, CancellationToken cancellation) =>
        await next.NextAsync(http.User.AccountId(), id, cancellation) switch
        {
            NextLookup.Found found => TypedResults.Ok(NextSessionView.From(found.Session)),
            NextLookup.NoneLeft none => Problems.NotFound(Invariant($"Saved plan {none.PlanId} has no session left on or after your today, {none.Today:yyyy-MM-dd}: each one is logged or past.")),
            NextLookup.NoPlan => Problems.NotFound($"You have no saved plan {id}."),
            _ => throw new UnreachableException(),
        };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
