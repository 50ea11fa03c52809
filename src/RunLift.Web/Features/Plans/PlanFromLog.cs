using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Planning.History;
using RunLift.Training;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary>A run of the running week the log shows.</summary>
internal sealed record HabitualRunView(string Day, RunKind Kind, int? Minutes, string? Time, int Weeks);

/// <summary>A main lift's best estimated 1RM in the log, with the set it came from.</summary>
internal sealed record EstimatedLiftView(string Exercise, string ExerciseId, double OneRepMaxKg, int Reps, double LoadKg, DateOnly Date);

/// <summary>What the log says a plan needs, for the athlete to confirm or edit.</summary>
internal sealed record PlanFromLogView(
    DateOnly Through, int WeeksWithRunning, IReadOnlyList<HabitualRunView> RunningWeek, IReadOnlyList<EstimatedLiftView> Maxes, IReadOnlyList<string> NotInferred);

/// <summary>
/// "Use my log" over HTTP: the running week of the athlete's last 8 weeks of logged runs and the maxes of their last 12
/// weeks of logged sets (<see cref="PlanFromLogOperations"/>), for <c>GET /api/v1/plan-request/from-log</c>.
/// </summary>
internal static class PlanFromLog
{
    public static RouteGroupBuilder MapPlanFromLog(this RouteGroupBuilder api)
    {
        api.MapGet("/plan-request/from-log", Get)
            .RequireAuthorization()
            .WithTags(ApiTags.Plans)
            .WithName("GetPlanRequestFromLog")
            .WithSummary("Infer my running week and maxes from my log, to check before planning");
        return api;
    }

    public static PlanFromLogView View(TrainingHistory history) => new(
        history.Through,
        history.WeeksWithRunning,
        [.. history.RunningWeek.Select(r => new HabitualRunView(
            r.Day.ToString().ToLowerInvariant(), r.Kind, r.Duration is { } d ? (int)d.TotalMinutes : null, r.Time?.Time.ToString("HH:mm"), r.Weeks))],
        [.. history.Maxes.Select(m => new EstimatedLiftView(
            m.Exercise.Name, m.Exercise.Id, Math.Round(m.OneRepMax.Kilograms * 2) / 2, m.Reps, m.Load.Kilograms, m.Date))],
        history.NotInferred);

    private static async Task<Ok<PlanFromLogView>> Get(HttpContext http, PlanFromLogOperations fromLog, CancellationToken cancellation) =>
        TypedResults.Ok(View(await fromLog.InferAsync(http.User.AccountId(), cancellation)));
}
