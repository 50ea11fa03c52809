using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunLift.Data.Plans;
using RunLift.Formats;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Features.Profiles;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Plans;

/// <summary>
/// The signed-in athlete's saved plans. A plan is stored with the request it was made from, written out in full
/// (start date included), so that regenerating it asks the planner exactly the same question.
/// </summary>
internal static class SavedPlansApi
{
    public const int MaxNameLength = 200;

    /// <summary>The keys of a plan request document; a JSON body with none of them is the short form.</summary>
    private static readonly string[] RequestSections = ["units", "athlete", "running", "races", "plan"];

    private static readonly string[] JsonTypes = ["application/json"];
    private static readonly string[] YamlTypes = ["application/yaml", "text/yaml", "application/x-yaml", "text/plain"];

    public static RouteGroupBuilder MapSavedPlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/saved-plans").RequireAuthorization().WithTags(ApiTags.Plans);
        plans.MapGet("", List)
            .WithName("ListSavedPlans")
            .WithSummary("List the signed-in athlete's saved plans, latest start first");
        plans.MapPost("", Create)
            .WithName("SavePlan")
            .WithSummary("Make a plan and save it")
            .WithDescription(
                "Either JSON `{ \"name\", \"start\", \"weeks\" }` (all optional): a plan from the profile and the races from " +
                "`start` on (default: next Monday); or a whole plan request document (YAML, or JSON with `running`, `races`, " +
                "`plan`... as `POST /api/v1/plans` takes), named with `?name=`. The request is stored in full, start included.")
            .Accepts<SavePlanInput>("application/json", "application/yaml", "text/yaml", "text/plain")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        plans.MapGet("/{id:long}", Get)
            .WithName("GetSavedPlan")
            .WithSummary("Download a saved plan as JSON (as saved), YAML, Markdown or iCalendar")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesETag()
            .ProducesServedFormats();
        plans.MapGet("/{id:long}/request", GetRequest)
            .WithName("GetSavedPlanRequest")
            .WithSummary("Get the plan request a saved plan was made from, as the YAML `runlift plan` reads")
            .Produces(StatusCodes.Status200OK, contentType: "application/yaml");
        plans.MapPost("/{id:long}/regenerate", Regenerate)
            .WithName("RegenerateSavedPlan")
            .WithSummary("Plan a saved plan again: from its stored request (default), or from the current profile and races")
            .WithDescription(
                "`from=request` (default) asks the planner the stored question again: the same plan unless the planner changed. " +
                "`from=profile` keeps the plan's start and weeks but takes everything else from the profile and races as they are now, " +
                "and stores that new request.")
            .AcceptsIfMatch();
        plans.MapDelete("/{id:long}", Delete)
            .WithName("DeleteSavedPlan")
            .WithSummary("Delete a saved plan");
        return api;
    }

    private static async Task<Ok<SavedPlanSummary[]>> List(HttpContext http, SavedPlanOperations plans, CancellationToken cancellation) =>
        TypedResults.Ok((await plans.ListAsync(http.User.AccountId(), cancellation)).ToArray());

    /// <param name="request">The request, whose body is the short form or a plan request document.</param>
    /// <param name="name">The plan's name, for a plan request document (the short form carries its own).</param>
    /// <param name="plans">The saved plans.</param>
    /// <param name="profiles">The athlete's zone, for their today.</param>
    /// <param name="time">Today (the default start).</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Created<SavedPlanSummary>, ProblemHttpResult, ValidationProblem>> Create(
        HttpRequest request,
        string? name,
        SavedPlanOperations plans,
        ProfileOperations profiles,
        TimeProvider time,
        IOptions<UploadSettings> uploads,
        CancellationToken cancellation)
    {
        var mediaType = MediaTypes.Of(request);
        var isJson = mediaType is not null && (JsonTypes.Contains(mediaType) || mediaType.EndsWith("+json", StringComparison.Ordinal));
        if (!isJson && (mediaType is null || !YamlTypes.Contains(mediaType)))
        {
            return Problems.UnsupportedMediaType(request.ContentType, [.. JsonTypes, .. YamlTypes]);
        }

        var maxBytes = uploads.Value.MaxBytes;
        await using var body = await UploadLimit.BufferAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return UploadLimit.TooLarge(maxBytes);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(body.GetBuffer(), 0, (int)body.Length);
        }
        catch (DecoderFallbackException)
        {
            return Problems.BadRequest("The body is not UTF-8 text.");
        }

        var account = request.HttpContext.User.AccountId();
        var zone = await profiles.ZoneAsync(account, cancellation);
        var today = AthleteClock.Today(time, zone ?? TimeZoneInfo.Utc);
        PlanRequest planRequest;
        try
        {
            if (isJson && ShortForm(text) is { } input)
            {
                var errors = input.Validate();
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "The plan is not valid");
                }

                name ??= input.Name;
                var start = input.StartDate ?? IsoWeek.NextMonday(today);
                planRequest = await plans.FromProfileAsync(account, start, input.Weeks, cancellation);
            }
            else
            {
                // The request's own zone decides its today; the profile's is the athlete's where it names none.
                planRequest = PlanRequestReader.Parse("request", text, time, zone ?? TimeZoneInfo.Utc);
                if (planRequest.Athlete.TimeZone is null && zone is not null)
                {
                    planRequest = planRequest with { Athlete = planRequest.Athlete with { TimeZone = zone } };
                }
            }
        }
        catch (InputException e)
        {
            return Problems.BadInput(e);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"The body is not a JSON object: {e.Message}");
        }

        if (name is { Length: > MaxNameLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"at most {MaxNameLength} characters"] }, title: "The plan is not valid");
        }

        if (plans.Plan(planRequest) is not (var plan, var requestYaml))
        {
            return RequestProblems(planRequest.Validate());
        }

        var saved = await plans.CreateAsync(account, name, plan, requestYaml, cancellation);
        return TypedResults.Created($"/api/v1/saved-plans/{saved.Id}", saved);
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="format">json (default: the plan as saved), yaml, markdown or ics.</param>
    /// <param name="http">The request.</param>
    /// <param name="plans">The saved plans.</param>
    /// <param name="profiles">The athlete's zone, for the calendar.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> Get(
        long id, string? format, HttpContext http, SavedPlanOperations plans, ProfileOperations profiles, CancellationToken cancellation)
    {
        if (PlansApi.ServedFormat(format) is not { } chosen)
        {
            return PlansApi.UnknownFormat();
        }

        var account = http.User.AccountId();
        var saved = await plans.GetAsync(account, id, cancellation);
        if (saved is null)
        {
            return TypedResults.NotFound();
        }

        // Every format is the plan as saved (re-planning from today keeps its past sessions, which its request alone would
        // not give). A plan saved before the athlete's zone was known is put on the calendar in the zone the profile has now.
        var output = chosen == PlanFormat.Json
            ? saved.PlanJson
            : chosen.ToText(
                plans.Stored(saved),
                new DateTimeOffset(saved.UpdatedAt, TimeSpan.Zero),
                await profiles.ZoneAsync(account, cancellation));
        if (chosen == PlanFormat.Json)
        {
            // The stored plan, as regenerate changes it: POST regenerate with If-Match takes this version.
            ETags.Set(http.Response, saved.Version);
        }

        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"{FileName(saved)}.{chosen.Extension()}",
        }.ToString();
        return TypedResults.Text(output, chosen.MediaType(), Encoding.UTF8);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetRequest(long id, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation)
    {
        var yaml = await plans.GetRequestAsync(http.User.AccountId(), id, cancellation);
        return yaml is null ? TypedResults.NotFound() : TypedResults.Text(yaml, "application/yaml", Encoding.UTF8);
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="from">request (default): the stored request; profile: the current profile and races, keeping start and weeks.</param>
    /// <param name="http">The request.</param>
    /// <param name="plans">The saved plans.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<SavedPlanSummary>, NotFound, ProblemHttpResult, ValidationProblem>> Regenerate(
        long id, string? from, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation)
    {
        from ??= "request";
        if (from is not ("request" or "profile"))
        {
            return Problems.BadRequest("from must be request or profile.");
        }

        switch (await plans.RegenerateAsync(http.User.AccountId(), id, from == "profile", ETags.Expected(http.Request), cancellation))
        {
            case Regeneration.Missing:
                return TypedResults.NotFound();
            case Regeneration.Changed:
                return ETags.Changed("saved plan");
            case Regeneration.Invalid invalid:
                return RequestProblems(invalid.Problems);
            case Regeneration.Done(var saved, _):
                ETags.Set(http.Response, saved.Version);
                return TypedResults.Ok(SavedPlanSummary.From(saved));
            default:
                throw new UnreachableException();
        }
    }

    private static async Task<Results<NoContent, NotFound>> Delete(long id, HttpContext http, SavedPlanOperations plans, CancellationToken cancellation) =>
        await plans.DeleteAsync(http.User.AccountId(), id, cancellation) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ValidationProblem RequestProblems(IReadOnlyList<RequestProblem> problems) => TypedResults.ValidationProblem(
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        detail: string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")),
        title: "The plan request is not valid");

    internal static string FileName(SavedPlan saved) => $"runlift-plan-{saved.Start:yyyy-MM-dd}-{saved.Id}";

    /// <summary>The short form, or null when the JSON is a plan request document (it has one of its sections).</summary>
    private static SavePlanInput? ShortForm(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("expected { \"start\": \"YYYY-MM-DD\" } or a plan request document");
        }

        if (document.RootElement.EnumerateObject().Any(p => RequestSections.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        return document.RootElement.Deserialize<SavePlanInput>(ApiJson.Options) ?? new SavePlanInput(null, null, null);
    }
}

/// <summary>
/// The short form of <c>POST /api/v1/saved-plans</c>: a plan from the profile and races. <c>start</c> is a date
/// (default: next Monday), <c>weeks</c> 1–52 (default: one week past the last A race, or 12).
/// </summary>
internal sealed record SavePlanInput(string? Name, string? Start, int? Weeks)
{
    public DateOnly? StartDate =>
        DateOnly.TryParseExact(Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Start is not null && StartDate is null)
        {
            errors["start"] = [$"must be a date YYYY-MM-DD, not '{Start}'"];
        }

        if (Weeks is < 1 or > PlanRequest.MaxWeeks)
        {
            errors["weeks"] = [$"must be between 1 and {PlanRequest.MaxWeeks}, not {Weeks}"];
        }

        if (Name is { Length: > SavedPlansApi.MaxNameLength })
        {
            errors["name"] = [$"at most {SavedPlansApi.MaxNameLength} characters"];
        }

        return errors;
    }
}

/// <summary>A saved plan in a list: its name and dates.</summary>
internal sealed record SavedPlanSummary(long Id, string Name, DateOnly Start, DateOnly End, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static SavedPlanSummary From(SavedPlan plan) => new(plan.Id, plan.Name, plan.Start, plan.End, plan.CreatedAt, plan.UpdatedAt);
}
