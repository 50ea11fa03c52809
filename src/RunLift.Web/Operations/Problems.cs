using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Formats;

namespace RunLift.Web.Operations;

/// <summary>ProblemDetails for input a person can correct.</summary>
internal static class Problems
{
    /// <summary>
    /// 400 whose detail is the <c>FILE:LINE:COLUMN: message</c> the CLI prints, with the position (and a <c>hint</c>, when the
    /// file is none of the formats RunLift reads: those it does) as extensions; 413 when
    /// the input is over a limit (more sets than one request may hold, say), naming the limit and its value.
    /// </summary>
    public static ProblemHttpResult BadInput(InputException e)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["file"] = e.File,
            ["line"] = e.Line,
            ["column"] = e.Column,
            ["reason"] = e.Reason,
        };
        if (e.Hint is { } hint)
        {
            extensions["hint"] = hint;
        }

        if (e.Limit is not { } limit)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The input could not be read", detail: e.Message, extensions: extensions);
        }

        extensions["limit"] = limit.What;
        extensions["max"] = limit.Max;
        return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The input is over a limit", detail: e.Message, extensions: extensions);
    }

    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad request",
        detail: detail);

    /// <summary>404 that says what was not found, where a client can tell one missing thing from another.</summary>
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string? contentType, IEnumerable<string> accepted) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type",
        detail: $"Content-Type '{contentType}' is not accepted here; send one of: {string.Join(", ", accepted)}.");
}
