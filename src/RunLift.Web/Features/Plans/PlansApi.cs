using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Web.Features.Profiles;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary><c>POST /api/v1/plans</c>: the CLI's <c>runlift plan</c> over HTTP (formats.md §4).</summary>
internal static partial class PlansApi
{
    /// <summary>The formats the plan endpoints write a plan in, their default (json) first.</summary>
    internal static readonly PlanFormat[] Served = [PlanFormat.Json, .. PlanFormats.Documents.Where(f => f != PlanFormat.Json)];

    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        api.MapPost("/plans", Plan)
            .WithTags(ApiTags.Plans)
            .WithName("CreatePlan")
            .WithSummary("Plan strength training around a running week and races")
            .WithDescription(
                "The body is a plan request (YAML or JSON: athlete, units, running, races and plan). The response is " +
                "the plan as JSON (the long form of `runlift plan --format json`), or with `format` as YAML, Markdown " +
                "or an iCalendar file. Nothing is stored.")
            .Accepts<string>("application/yaml", "text/yaml", "application/json", "text/plain")
            .ProducesServedFormats()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    /// <param name="request">The request, whose body is the plan request.</param>
    /// <param name="format">json (default), yaml, markdown or ics.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="time">
    /// Today, for a plan that does not say when it starts (the athlete's: in the request's <c>athlete.timezone</c>, else
    /// the signed-in athlete's profile zone, else UTC), and the calendar's time stamp.
    /// </param>
    /// <param name="profiles">Where a signed-in athlete's zone is.</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="logs">Where a failed self-check is logged.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Plan(
        HttpRequest request,
        string? format,
        ExerciseCatalog catalog,
        TimeProvider time,
        ProfileOperations profiles,
        IOptions<UploadSettings> uploads,
        ILoggerFactory logs,
        CancellationToken cancellation)
    {
        if (ServedFormat(format) is not { } chosen)
        {
            return UnknownFormat();
        }

        var maxBytes = uploads.Value.MaxBytes;
        await using var body = await UploadLimit.BufferAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return UploadLimit.TooLarge(maxBytes);
        }

        var athletes = await profiles.SignedInZoneAsync(request.HttpContext.User, cancellation);
        TrainingPlan plan;
        try
        {
            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(body.GetBuffer(), 0, (int)body.Length);
            }
            catch (DecoderFallbackException e)
            {
                throw new InputException("request", 0, 0, "is not UTF-8 text", e);
            }

            plan = new Planner(catalog).Plan(PlanRequestReader.Parse("request", text, time, athletes ?? TimeZoneInfo.Utc));
        }
        catch (InputException e)
        {
            return Problems.BadInput(e);
        }
        catch (PlanRequestException e)
        {
            return TypedResults.ValidationProblem(
                e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                detail: e.Message,
                title: "The plan request is not valid");
        }

        // The planner audits its own plan; a finding is a planner bug, logged rather than hidden.
        if (plan.SelfCheck.HasFindingsAtOrAbove(Severity.Warning))
        {
            LogSelfCheckFailed(logs.CreateLogger(typeof(PlansApi).FullName!), string.Join(", ", plan.SelfCheck.Findings.Select(f => f.Rule.Id)));
        }

        return TypedResults.Text(chosen.ToText(plan, time.GetUtcNow(), athletes), chosen.MediaType(), Encoding.UTF8);
    }

    /// <summary>The served format <paramref name="name"/> names, json when none is given; null for any other.</summary>
    internal static PlanFormat? ServedFormat(string? name) =>
        PlanFormats.TryParse(name ?? PlanFormat.Json.Name(), out var format) && Served.Contains(format) ? format : null;

    internal static ProblemHttpResult UnknownFormat() =>
        Problems.BadRequest($"format must be one of: {string.Join(", ", Served.Select(f => f.Name()))}.");

    /// <summary>Says in the OpenAPI document that the endpoint answers in each served format.</summary>
    internal static RouteHandlerBuilder ProducesServedFormats(this RouteHandlerBuilder endpoint)
    {
        foreach (var format in Served)
        {
            endpoint.Produces(StatusCodes.Status200OK, contentType: format.MediaType());
        }

        return endpoint;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The plan's self-check found {Findings}: a planner bug")]
    private static partial void LogSelfCheckFailed(ILogger logger, string findings);
}
