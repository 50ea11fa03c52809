using Microsoft.AspNetCore.Http.HttpResults;
using RunLift.Web.Features.Accounts;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Log;

/// <summary>
/// A session's thread, as <see cref="SessionCommentOperations"/> keeps it: the athlete's side at
/// <c>/api/v1/sessions/{id}/comments</c>, a coach's at <c>/api/v1/coach/athletes/{athleteId}/sessions/{id}/comments</c>
/// (only while the athlete has accepted them; otherwise 404, as the other coach endpoints answer). Commenting is the
/// one thing a coach writes of an athlete's.
/// </summary>
internal static class SessionCommentsApi
{
    public static RouteGroupBuilder MapSessionComments(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/sessions/{id:long}/comments").RequireAuthorization().WithTags(ApiTags.Log);
        mine.MapGet("", ListMine)
            .WithName("ListSessionComments")
            .WithSummary("Read the thread of one of my sessions, oldest first");
        mine.MapPost("", PostMine)
            .WithName("AddSessionComment")
            .WithSummary("Comment on one of my sessions")
            .WithDescription(Posting);
        mine.MapGet("/{commentId:long}", GetMine)
            .WithName("GetSessionComment")
            .WithSummary("Read one comment of one of my sessions");

        var coached = api.MapGroup("/coach/athletes/{athleteId}/sessions/{id:long}/comments").RequireAuthorization().WithTags(ApiTags.Coaching);
        coached.MapGet("", ListCoached)
            .WithName("ListAthleteSessionComments")
            .WithSummary("Read the thread of a session of an athlete who accepted the coach, oldest first");
        coached.MapPost("", PostCoached)
            .WithName("AddAthleteSessionComment")
            .WithSummary("Comment, as their coach, on a session of an athlete who accepted")
            .WithDescription(Posting);
        coached.MapGet("/{commentId:long}", GetCoached)
            .WithName("GetAthleteSessionComment")
            .WithSummary("Read one comment of a session of an athlete who accepted the coach");
        return api;
    }

    private const string Posting =
        "`{\"text\"}`: 1–2000 characters once the spaces around it are trimmed. The comment is signed with the writer's " +
        "role (`athlete` or `coach`) and name. A thread holds at most 500 comments; after that, 400 and nothing is added.";

    private static async Task<Results<Ok<List<SessionCommentView>>, NotFound>> ListMine(
        HttpContext http, SessionCommentOperations comments, long id, CancellationToken cancellation) =>
        Thread(await comments.ThreadAsync(Commenter.Athlete(http.User.AccountId()), id, cancellation));

    private static async Task<Results<Created<SessionCommentView>, NotFound, ValidationProblem, ProblemHttpResult>> PostMine(
        HttpContext http, SessionCommentOperations comments, long id, CommentInput input, CancellationToken cancellation) =>
        Posted(await comments.PostAsync(Commenter.Athlete(http.User.AccountId()), id, input.Text, cancellation), $"/api/v1/sessions/{id}/comments");

    private static async Task<Results<Ok<SessionCommentView>, NotFound>> GetMine(
        HttpContext http, SessionCommentOperations comments, long id, long commentId, CancellationToken cancellation) =>
        Comment(await comments.FindAsync(Commenter.Athlete(http.User.AccountId()), id, commentId, cancellation));

    private static async Task<Results<Ok<List<SessionCommentView>>, NotFound>> ListCoached(
        HttpContext http, SessionCommentOperations comments, string athleteId, long id, CancellationToken cancellation) =>
        Thread(await comments.ThreadAsync(Commenter.CoachOf(http.User.AccountId(), athleteId), id, cancellation));

    private static async Task<Results<Created<SessionCommentView>, NotFound, ValidationProblem, ProblemHttpResult>> PostCoached(
        HttpContext http, SessionCommentOperations comments, string athleteId, long id, CommentInput input, CancellationToken cancellation) =>
        Posted(
            await comments.PostAsync(Commenter.CoachOf(http.User.AccountId(), athleteId), id, input.Text, cancellation),
            $"/api/v1/coach/athletes/{Uri.EscapeDataString(athleteId)}/sessions/{id}/comments");

    private static async Task<Results<Ok<SessionCommentView>, NotFound>> GetCoached(
        HttpContext http, SessionCommentOperations comments, string athleteId, long id, long commentId, CancellationToken cancellation) =>
        Comment(await comments.FindAsync(Commenter.CoachOf(http.User.AccountId(), athleteId), id, commentId, cancellation));

    private static Results<Ok<List<SessionCommentView>>, NotFound> Thread(List<SessionCommentView>? thread) =>
        thread is null ? TypedResults.NotFound() : TypedResults.Ok(thread);

    private static Results<Ok<SessionCommentView>, NotFound> Comment(SessionCommentView? comment) =>
        comment is null ? TypedResults.NotFound() : TypedResults.Ok(comment);

    /// <summary>201 at the comment's own address, 400 for its text or a full thread, or 404.</summary>
    private static Results<Created<SessionCommentView>, NotFound, ValidationProblem, ProblemHttpResult> Posted(CommentPosting posting, string thread) => posting switch
    {
        CommentPosting.Posted posted => TypedResults.Created($"{thread}/{posted.Comment.Id}", posted.Comment),
        CommentPosting.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "The comment is not valid"),
        CommentPosting.Full => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The thread is full",
            detail: $"A session's thread holds at most {SessionCommentOperations.MaxComments} comments and this one has as many: nothing was added."),
        _ => TypedResults.NotFound(),
    };
}
