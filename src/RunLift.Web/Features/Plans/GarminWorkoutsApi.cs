using System.IO.Compression;
using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Data.Plans;
using RunLift.Formats.Fit;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// A saved plan's sessions as Garmin strength workouts, for the watch: all of them in one zip, or one session's
/// file. The files are stamped with the plan's last change, so downloading again gives the same bytes and a watch
/// or Garmin Connect sees the same workouts rather than new copies.
/// </summary>
internal static class GarminWorkoutsApi
{
    public const string FitType = "application/vnd.ant.fit";

    public static RouteGroupBuilder MapGarminWorkouts(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/saved-plans/{id:long}/garmin").RequireAuthorization().WithTags(ApiTags.Plans);
        plans.MapGet("", GetAll)
            .WithName("GetSavedPlanGarminWorkouts")
            .WithSummary("Download a saved plan's sessions as Garmin strength workouts: a zip of one FIT file per session")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        plans.MapGet("/{file}", GetOne)
            .WithName("GetSavedPlanGarminWorkout")
            .WithSummary("Download one session of a saved plan as a Garmin strength workout (FIT), by its file name in the zip")
            .Produces(StatusCodes.Status200OK, contentType: FitType);
        return api;
    }

    /// <summary>The address of one session's workout file.</summary>
    public static string Link(long planId, string fileName) => $"/api/v1/saved-plans/{planId}/garmin/{Uri.EscapeDataString(fileName)}";

    private static async Task<Results<FileContentHttpResult, NotFound>> GetAll(
        long id, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation)
    {
        if (await FilesAsync(id, http, plans, cancellation) is not var (saved, files))
        {
            return TypedResults.NotFound();
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(file.FileName, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(saved.UpdatedAt, DateTimeKind.Utc));
                await using var stream = await entry.OpenAsync(cancellation);
                await stream.WriteAsync(file.Content, cancellation);
            }
        }

        return TypedResults.File(zip.ToArray(), "application/zip", $"{SavedPlansApi.FileName(saved)}-garmin.zip");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetOne(
        long id, string file, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation)
    {
        var workout = (await FilesAsync(id, http, plans, cancellation))?.Files
            .FirstOrDefault(f => string.Equals(f.FileName, file, StringComparison.OrdinalIgnoreCase));
        if (workout is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(workout.Content.ToArray(), FitType, workout.FileName);
    }

    /// <summary>The signed-in athlete's saved plan and its workout files, stamped with its last change; null when it is not theirs.</summary>
    private static async Task<(SavedPlan Saved, IReadOnlyList<FitWorkoutFile> Files)?> FilesAsync(
        long id, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation)
    {
        var saved = await plans.GetAsync(http.User.AccountId(), id, cancellation);
        return saved is null
            ? null
            : (saved, FitWorkoutWriter.Write(plans.Stored(saved), new DateTimeOffset(DateTime.SpecifyKind(saved.UpdatedAt, DateTimeKind.Utc))));
    }
}
