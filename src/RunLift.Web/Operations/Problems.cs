using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Formats;

namespace RunLift.Web.Operations;

/// <summary>ProblemDetails for input a person can correct.</summary>
internal static class Problems
{
    /// <summary>400 whose detail is the <c>FILE:LINE:COLUMN: message</c> the CLI prints, with the position as extensions.</summary>
    public static ProblemHttpResult BadInput(InputException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The input could not be read",
        detail: e.Message,
        extensions: new Dictionary<string, object?>
        {
            ["file"] = e.File,
            ["line"] = e.Line,
            ["column"] = e.Column,
            ["reason"] = e.Reason,
        });

    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad request",
        detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string? contentType, IEnumerable<string> accepted) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type",
        detail: $"Content-Type '{contentType}' is not accepted here; send one of: {string.Join(", ", accepted)}.");
}
