using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Formats.Reports;
using RunLift.Time;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Audit;

/// <summary><c>POST /api/v1/audit</c>: the CLI's <c>runlift audit --format json</c> over HTTP (formats.md §3).</summary>
internal static partial class AuditApi
{
    /// <summary>The response header that says whether a finding is at or above <c>failOn</c>: <c>pass</c> or <c>fail</c>.</summary>
    public const string OutcomeHeader = "RunLift-Outcome";

    // The format is recognised from the content, as for files; the content type only says how the body is packed.
    private static readonly string[] DocumentTypes =
    [
        "application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain", "text/csv",
        "application/gpx+xml", "application/vnd.garmin.tcx+xml", "application/vnd.ant.fit", "application/zip", "application/octet-stream",
    ];

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapPost("/audit", Audit)
            .RequireRateLimiting(RateLimits.Uploads)
            .WithTags(ApiTags.Audit)
            .WithName("Audit")
            .WithSummary("Audit a routine, a workout log or an export")
            .WithDescription(
                "The body is a routine document (YAML or JSON), a Hevy or Strong CSV export, or multipart/form-data " +
                "with several files that are merged (a Hevy export plus a running-week YAML, say). The response is the " +
                "JSON report of `runlift audit --format json`; the " + OutcomeHeader + " header says `fail` when a finding " +
                "is at or above `failOn` (default `error`).")
            .Accepts<string>(DocumentTypes[0], [.. DocumentTypes.Skip(1), MediaTypes.Multipart])
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    /// <param name="request">The request, whose body is read here: the content decides the format.</param>
    /// <param name="weeks">How many recent weeks with training to judge in a log (1–520, default 8).</param>
    /// <param name="since">Judge only training on or after this date (YYYY-MM-DD).</param>
    /// <param name="failOn">The severity that makes the outcome <c>fail</c>: error (default), warning or never.</param>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="athlete">What the check reads of the signed-in athlete: their zone and their readings of names.</param>
    /// <param name="uploads">The upload limit.</param>
    /// <param name="time">The clock the read's time limit runs on.</param>
    /// <param name="logs">Where the outcome is logged.</param>
    /// <param name="cancellation">Aborted with the request: a client that goes away stops the reading.</param>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Audit(
        HttpRequest request,
        int? weeks,
        DateOnly? since,
        string? failOn,
        ExerciseCatalog catalog,
        AuditOperations athlete,
        IOptions<UploadSettings> uploads,
        TimeProvider time,
        ILoggerFactory logs,
        CancellationToken cancellation)
    {
        if (weeks is < 1 or > 520)
        {
            return Problems.BadRequest("weeks must be between 1 and 520.");
        }

        if (!FailOnLevels.TryParse(failOn ?? FailOnLevels.Default.Name(), out var level))
        {
            return Problems.BadRequest($"failOn must be one of: {string.Join(", ", FailOnLevels.All.Select(l => l.Name()))}.");
        }

        var mediaType = MediaTypes.Of(request);
        var isMultipart = mediaType == MediaTypes.Multipart;
        if (!isMultipart && (mediaType is null || !DocumentTypes.Contains(mediaType)))
        {
            return Problems.UnsupportedMediaType(request.ContentType, [.. DocumentTypes, MediaTypes.Multipart]);
        }

        var maxBytes = uploads.Value.MaxBytes;
        await using var body = await UploadLimit.BufferAsync(request, maxBytes, cancellation);
        if (body is null)
        {
            return UploadLimit.TooLarge(maxBytes);
        }

        AuditReport report;
        var zone = await athlete.SignedInZoneAsync(request.HttpContext.User, cancellation) ?? TimeZoneInfo.Utc;
        var limits = ReadLimitOptions.Of(request.HttpContext.RequestServices, ReadLimitSettings.Audit);
        using var budget = limits.Budget(time, cancellation);
        var options = new ReadOptions { Budget = budget, Archives = limits.Archives, TimeZone = zone };
        try
        {
            var document = isMultipart
                ? await ReadFormAsync(request, body, options, cancellation)
                : TrainingFiles.Read("body", body, options);
            if (document is null)
            {
                return Problems.BadRequest("The form has no files: send each routine, log or export as a file part.");
            }

            report = new Auditor(catalog).Audit(document, new AuditOptions
            {
                Since = since,
                Weeks = weeks ?? AuditOptions.DefaultWeeks,
                Today = AthleteClock.Today(time, document.Athlete?.TimeZone ?? zone),
                Names = await athlete.NamesAsync(request.HttpContext.User, cancellation),
            });
        }
        catch (InputException e)
        {
            return Problems.BadInput(e);
        }

        request.HttpContext.Response.Headers[OutcomeHeader] = level.Fails(report) ? "fail" : "pass";
        var logger = logs.CreateLogger(typeof(AuditApi).FullName!);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogAudited(logger, report.Sources.Count, report.Summary.Errors, report.Summary.Warnings, report.Summary.Infos);
        }

        return TypedResults.Text(JsonReport.ToJson(report), "application/json", Encoding.UTF8);
    }

    private static async Task<RunLift.Training.TrainingDocument?> ReadFormAsync(HttpRequest request, MemoryStream body, ReadOptions options, CancellationToken cancellation)
    {
        var form = await BufferedForms.ReadAsync(request, body, cancellation);

        if (form.Files.Count == 0)
        {
            return null;
        }

        // Each part gets its own copy: the parts share the request's buffer, and reading is sniffing and seeking.
        var streams = new List<(string Name, Stream Content)>();
        try
        {
            foreach (var file in form.Files)
            {
                var copy = new MemoryStream();
                streams.Add((string.IsNullOrWhiteSpace(file.FileName) ? file.Name : file.FileName, copy));
                await file.CopyToAsync(copy, cancellation);
                copy.Position = 0;
            }

            return TrainingFiles.ReadAll(streams, options);
        }
        finally
        {
            foreach (var (_, content) in streams)
            {
                await content.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audited {Sources} source(s): {Errors} errors, {Warnings} warnings, {Infos} infos")]
    private static partial void LogAudited(ILogger logger, int sources, int errors, int warnings, int infos);
}
