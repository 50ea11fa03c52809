using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RunLift.Catalog;
using RunLift.Data;
using RunLift.Data.Plans;
using RunLift.Data.Profiles;
using RunLift.Formats;
using RunLift.Formats.Plans;
using RunLift.Planning;
using RunLift.Time;
using RunLift.Web.Features.Accounts;
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

    private static async Task<Ok<SavedPlanSummary[]>> List(HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var account = http.User.AccountId();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.AccountId == account)
            .OrderByDescending(p => p.Start).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt })
            .ToListAsync(cancellation);
        return TypedResults.Ok(plans.Select(p => new SavedPlanSummary(p.Id, p.Name, p.Start, p.End, p.CreatedAt, p.UpdatedAt)).ToArray());
    }

    /// <param name="request">The request, whose body is the short form or a plan request document.</param>
    /// <param name="name">The plan's name, for a plan request document (the short form carries its own).</param>
    /// <param name="db">The database.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="time">Today (the default start) and the plan's time stamps.</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Created<SavedPlanSummary>, ProblemHttpResult, ValidationProblem>> Create(
        HttpRequest request,
        string? name,
        AppDbContext db,
        ExerciseCatalog catalog,
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
        var zone = await ProfileTimeZone.FindAsync(db, account, cancellation);
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
                planRequest = await FromProfileAsync(db, account, start, input.Weeks, cancellation);
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

        if (Plan(planRequest, catalog) is not (var plan, var requestYaml))
        {
            return RequestProblems(planRequest.Validate());
        }

        var now = time.GetUtcNow().UtcDateTime;
        var saved = new SavedPlan
        {
            AccountId = account,
            Name = string.IsNullOrWhiteSpace(name) ? DefaultName(plan) : name.Trim(),
            RequestYaml = requestYaml,
            PlanJson = PlanJsonWriter.ToJson(plan),
            Start = plan.Request.Start,
            End = EndOf(plan),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Plans.Add(saved);
        await db.SaveChangesAsync(cancellation);
        return TypedResults.Created($"/api/v1/saved-plans/{saved.Id}", SavedPlanSummary.From(saved));
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="format">json (default: the plan as saved), yaml, markdown or ics.</param>
    /// <param name="http">The request.</param>
    /// <param name="db">The database.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> Get(
        long id, string? format, HttpContext http, AppDbContext db, ExerciseCatalog catalog, CancellationToken cancellation)
    {
        if (PlansApi.ServedFormat(format) is not { } chosen)
        {
            return PlansApi.UnknownFormat();
        }

        var account = http.User.AccountId();
        var saved = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == account, cancellation);
        if (saved is null)
        {
            return TypedResults.NotFound();
        }

        // JSON is the plan as saved; the other formats are written from the same planner's answer to the stored
        // request, which is that plan as long as the planner has not changed since (regenerate brings JSON up to date).
        // A plan saved before the athlete's zone was known is put on the calendar in the zone the profile has now.
        var output = chosen == PlanFormat.Json
            ? saved.PlanJson
            : chosen.ToText(
                Replan(saved.RequestYaml, catalog),
                new DateTimeOffset(saved.UpdatedAt, TimeSpan.Zero),
                await ProfileTimeZone.FindAsync(db, account, cancellation));
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

    private static async Task<Results<ContentHttpResult, NotFound>> GetRequest(long id, HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var account = http.User.AccountId();
        var yaml = await db.Plans.AsNoTracking().Where(p => p.Id == id && p.AccountId == account).Select(p => p.RequestYaml).FirstOrDefaultAsync(cancellation);
        return yaml is null ? TypedResults.NotFound() : TypedResults.Text(yaml, "application/yaml", Encoding.UTF8);
    }

    /// <param name="id">The saved plan.</param>
    /// <param name="from">request (default): the stored request; profile: the current profile and races, keeping start and weeks.</param>
    /// <param name="http">The request.</param>
    /// <param name="db">The database.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="time">The plan's new time stamp.</param>
    /// <param name="cancellation">Aborted with the request.</param>
    private static async Task<Results<Ok<SavedPlanSummary>, NotFound, ProblemHttpResult, ValidationProblem>> Regenerate(
        long id, string? from, HttpContext http, AppDbContext db, ExerciseCatalog catalog, TimeProvider time, CancellationToken cancellation)
    {
        from ??= "request";
        if (from is not ("request" or "profile"))
        {
            return Problems.BadRequest("from must be request or profile.");
        }

        var account = http.User.AccountId();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        switch (await Versions.ClaimAsync(db.Plans.Where(p => p.Id == id && p.AccountId == account), ETags.Expected(http.Request), cancellation))
        {
            case VersionClaim.Missing:
                return TypedResults.NotFound();
            case VersionClaim.Changed:
                return ETags.Changed("saved plan");
        }

        var saved = await db.Plans.FirstAsync(p => p.Id == id && p.AccountId == account, cancellation);
        var stored = ReadStored(saved.RequestYaml);
        var planRequest = from == "profile"
            ? await FromProfileAsync(db, account, stored.Start, stored.Weeks, cancellation)
            : stored;
        if (Plan(planRequest, catalog) is not (var plan, var requestYaml))
        {
            return RequestProblems(planRequest.Validate());
        }

        saved.RequestYaml = requestYaml;
        saved.PlanJson = PlanJsonWriter.ToJson(plan);
        saved.Start = plan.Request.Start;
        saved.End = EndOf(plan);
        saved.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        ETags.Set(http.Response, saved.Version);
        return TypedResults.Ok(SavedPlanSummary.From(saved));
    }

    private static async Task<Results<NoContent, NotFound>> Delete(long id, HttpContext http, AppDbContext db, CancellationToken cancellation)
    {
        var account = http.User.AccountId();
        var deleted = await db.Plans.Where(p => p.Id == id && p.AccountId == account).ExecuteDeleteAsync(cancellation);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>The plan request for <paramref name="account"/>'s profile (the defaults when none is saved) and races.</summary>
    public static async Task<PlanRequest> FromProfileAsync(AppDbContext db, string account, DateOnly start, int? weeks, CancellationToken cancellation)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == account, cancellation)
            ?? new Profile { AccountId = account };
        var races = await db.Races.AsNoTracking().Where(r => r.AccountId == account && r.Date >= start).ToListAsync(cancellation);
        return profile.ToPlanRequest(races, start, weeks);
    }

    /// <summary>
    /// Plans <paramref name="request"/> as it will be stored: written as YAML and read back, so that the plan is the
    /// one regenerating will give. Null when the request is not valid (<see cref="PlanRequest.Validate"/> says why).
    /// </summary>
    public static (TrainingPlan Plan, string RequestYaml)? Plan(PlanRequest request, ExerciseCatalog catalog)
    {
        if (request.Validate().Count > 0)
        {
            return null;
        }

        var yaml = PlanRequestYamlWriter.ToYaml(request);
        return (Replan(yaml, catalog), yaml);
    }

    /// <summary>The plan a stored request gives.</summary>
    public static TrainingPlan Replan(string requestYaml, ExerciseCatalog catalog) => new Planner(catalog).Plan(ReadStored(requestYaml));

    /// <summary>A stored request; it names its start, so today does not matter.</summary>
    public static PlanRequest ReadStored(string requestYaml) => PlanRequestReader.Parse("request", requestYaml, DateOnly.MinValue);

    /// <summary>The plan's last day: the Sunday of its last week.</summary>
    public static DateOnly EndOf(TrainingPlan plan) => IsoWeek.SundayOf(plan.Weeks[^1].Start);

    public static string DefaultName(TrainingPlan plan)
    {
        var goal = plan.Request.Races.Where(r => r.Priority == Training.RacePriority.A).OrderBy(r => r.Date).FirstOrDefault();
        return goal is null
            ? $"Plan from {plan.Request.Start:yyyy-MM-dd}"
            : $"{goal.Name ?? "A race"} ({goal.Date:yyyy-MM-dd})";
    }


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
