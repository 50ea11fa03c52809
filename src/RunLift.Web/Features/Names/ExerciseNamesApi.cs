using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Catalog;
using RunLift.Data.Names;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Names;

/// <summary>A reading of one of the athlete's exercise names: the name as their app writes it and the catalog entry it is.</summary>
internal sealed record ExerciseNameView(string Name, string ExerciseId, string Exercise, DateTime ChosenAt);

/// <summary>A reading to keep.</summary>
internal sealed record ExerciseNameInput(string? Name, string? ExerciseId);

/// <summary>
/// <c>/api/v1/exercise-names</c>: the signed-in athlete's own readings of their exercise names, applied to their
/// imports, their log's sets and their audits from then on (the web app's mapping picker; the CLI's <c>--names FILE</c>).
/// </summary>
internal static class ExerciseNamesApi
{
    public static RouteGroupBuilder MapExerciseNames(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exercise-names").RequireAuthorization().WithTags(ApiTags.Log);
        group.MapGet("", List).WithName("ListExerciseNames").WithSummary("List my readings of exercise names");
        group.MapPut("", Choose).WithName("ChooseExerciseName").WithSummary("Read one of my exercise names as a catalog exercise from now on");
        group.MapDelete("", Forget).WithName("ForgetExerciseName").WithSummary("Forget my reading of an exercise name")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Ok<List<ExerciseNameView>>> List(HttpContext http, ExerciseNameOperations names, ExerciseCatalog catalog, CancellationToken cancellation)
    {
        var choices = await names.ListAsync(http.User.AccountId(), cancellation);
        return TypedResults.Ok(choices.Select(c => View(c, catalog)).ToList());
    }

    private static async Task<Results<Ok<ExerciseNameView>, ValidationProblem>> Choose(
        HttpContext http, ExerciseNameOperations names, ExerciseCatalog catalog, ExerciseNameInput input, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (NameMapping.KeyOf(name).Length == 0 || name.Length > ExerciseNames.MaxNameLength)
        {
            errors["name"] = [$"Give the exercise name as your app writes it (1–{ExerciseNames.MaxNameLength} characters, with letters or digits)."];
        }

        var exercise = input.ExerciseId is { } id ? catalog.FindById(id.Trim()) : null;
        if (exercise is null)
        {
            var closest = string.IsNullOrWhiteSpace(input.ExerciseId) ? [] : catalog.Search(input.ExerciseId.Replace('-', ' '), 3).Select(e => e.Id).ToList();
            errors["exerciseId"] = [closest.Count > 0
                ? $"'{input.ExerciseId}' is not a catalog id; closest: {string.Join(", ", closest)} (GET /api/v1/catalog?q= searches)."
                : "Give a catalog id (GET /api/v1/catalog?q= searches)."];
        }

        var accountId = http.User.AccountId();
        if (errors.Count == 0 && !await names.HasRoomForAsync(accountId, name, cancellation))
        {
            errors["name"] = [$"You keep {ExerciseNames.MaxPerAthlete:N0} readings already: forget some (DELETE /api/v1/exercise-names?name=) first."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The reading is not valid");
        }

        var choice = await names.ChooseAsync(accountId, name, exercise!, cancellation);
        return TypedResults.Ok(View(choice, catalog));
    }

    /// <param name="http">The request: whose readings.</param>
    /// <param name="names">The athlete's readings.</param>
    /// <param name="name">The exercise name whose reading to forget.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<NoContent, NotFound>> Forget(HttpContext http, ExerciseNameOperations names, string name, CancellationToken cancellation) =>
        await names.ForgetAsync(http.User.AccountId(), name, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ExerciseNameView View(ExerciseNameChoice choice, ExerciseCatalog catalog) =>
        new(choice.Name, choice.ExerciseId, catalog.FindById(choice.ExerciseId)?.Name ?? choice.ExerciseId, choice.ChosenAt);
}
