using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Calendar;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary><c>POST /api/v1/plans</c>: the CLI's <c>runlift plan</c> over HTTP (formats.md §4).</summary>
internal static partial class PlansApi
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["json"] = "application/json",
        ["yaml"] = "application/yaml",
        ["markdown"] = "text/markdown",
        ["ics"] = "text/calendar",
    };

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
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/yaml")
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    /// <param name="request">The request, whose body is the plan request.</param>
    /// <param name="format">json (default), yaml, markdown or ics.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="time">Today, for a plan that does not say when it starts, and the calendar's time stamp.</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="logs">Where a failed self-check is logged.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Plan(
        HttpRequest request,
        string? format,
        ExerciseCatalog catalog,
        TimeProvider time,
        IOptions<UploadSettings> uploads,
        ILoggerFactory logs,
        CancellationToken cancellation)
    {
        format ??= "json";
        if (!ContentTypes.TryGetValue(format, out var contentType))
        {
            return Problems.BadRequest($"format must be one of: {string.Join(", ", ContentTypes.Keys)}.");
        }

        var maxBytes = uploads.Value.MaxBytes;
        await using var body = await UploadLimit.BufferAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return UploadLimit.TooLarge(maxBytes);
        }

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

            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            plan = new Planner(catalog).Plan(PlanRequestReader.Parse("request", text, today));
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

        var output = format switch
        {
            "yaml" => PlanYamlWriter.ToYaml(plan),
            "markdown" => PlanMarkdownWriter.ToMarkdown(plan),
            "ics" => PlanCalendarWriter.ToIcs(plan, time.GetUtcNow()),
            _ => PlanJsonWriter.ToJson(plan),
        };
        return TypedResults.Text(output, contentType, Encoding.UTF8);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The plan's self-check found {Findings}: a planner bug")]
    private static partial void LogSelfCheckFailed(ILogger logger, string findings);
}
