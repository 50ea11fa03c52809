using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RunLift.Data;
using RunLift.Data.Log;
using RunLift.Web.Features.Coaching;

namespace RunLift.Web.Features.Log;

/// <summary>The body of a new comment.</summary>
internal sealed record CommentInput(string? Text);

/// <summary>Who wrote a comment: the athlete or a coach, and the name they showed as.</summary>
internal sealed record CommentAuthorView(CommentAuthor Role, string Name);

/// <summary>A comment of a session's thread.</summary>
internal sealed record SessionCommentView(long Id, CommentAuthorView Author, string Text, DateTime CreatedAt);

/// <summary>
/// Who is at a session's thread: the athlete whose session it is, or a coach of that athlete. A coach reaches a thread
/// only through an accepted link, checked on every read and write, so revoking the link ends it at once.
/// </summary>
internal sealed record Commenter(string AccountId, CommentAuthor Role, string AthleteId)
{
    /// <summary>The signed-in athlete, at their own sessions.</summary>
    public static Commenter Athlete(string accountId) => new(accountId, CommentAuthor.Athlete, accountId);

    /// <summary>The signed-in coach <paramref name="coachId"/>, at the sessions of <paramref name="athleteId"/>.</summary>
    public static Commenter CoachOf(string coachId, string athleteId) => new(coachId, CommentAuthor.Coach, athleteId);
}

/// <summary>What posting a comment came to.</summary>
internal abstract record CommentPosting
{
    private CommentPosting()
    {
    }

    /// <summary>Added to the thread.</summary>
    public sealed record Posted(SessionCommentView Comment) : CommentPosting;

    /// <summary>Not added: what is wrong with the text.</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : CommentPosting;

    /// <summary>Not added: the thread holds <see cref="SessionCommentOperations.MaxComments"/> already.</summary>
    public sealed record Full : CommentPosting;

    /// <summary>Not added: there is no such session for this commenter.</summary>
    public sealed record Missing : CommentPosting;
}

/// <summary>
/// A logged session's thread, for the API and the pages alike: the athlete and the coaches they accepted read it and
/// add to it, and nobody else learns that it exists. Comments are never edited, and go with their session.
/// </summary>
internal sealed class SessionCommentOperations(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>The most comments a thread holds, so that no client can fill the database through one session.</summary>
    public const int MaxComments = 500;

    private static readonly Expression<Func<SessionComment, SessionCommentView>> View =
        c => new SessionCommentView(c.Id, new CommentAuthorView(c.AuthorRole, c.AuthorName), c.Text, c.CreatedAt);

    /// <summary>The thread of session <paramref name="sessionId"/>, oldest first; null when <paramref name="who"/> may not see that session.</summary>
    public async Task<List<SessionCommentView>?> ThreadAsync(Commenter who, long sessionId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        if (!await Session(db, who, sessionId).AnyAsync(cancellation))
        {
            return null;
        }

        return await Comments(db, sessionId).OrderBy(c => c.Id).Select(View).ToListAsync(cancellation);
    }

    /// <summary>One comment of the thread; null when there is none, or <paramref name="who"/> may not see the session.</summary>
    public async Task<SessionCommentView?> FindAsync(Commenter who, long sessionId, long commentId, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var sessions = Session(db, who, sessionId);
        return await Comments(db, sessionId).Where(c => c.Id == commentId && sessions.Any()).Select(View).FirstOrDefaultAsync(cancellation);
    }

    /// <summary>Adds <paramref name="text"/> (trimmed) to the thread of session <paramref name="sessionId"/>, written by <paramref name="who"/>.</summary>
    public async Task<CommentPosting> PostAsync(Commenter who, long sessionId, string? text, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        var session = Session(db, who, sessionId);
        if (!await session.AnyAsync(cancellation))
        {
            return new CommentPosting.Missing();
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > SessionComment.MaxTextLength)
        {
            return new CommentPosting.Invalid(new() { ["text"] = [$"must have 1 to {SessionComment.MaxTextLength} characters (spaces around it are not counted)."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);

        // Writing the session row (to what it already is) locks it until the commit, so that two comments posted at once
        // are counted one after the other and the thread cannot pass its limit; the session's version is left alone.
        if (await session.ExecuteUpdateAsync(u => u.SetProperty(s => s.Version, s => s.Version), cancellation) == 0)
        {
            return new CommentPosting.Missing();
        }

        if (await Comments(db, sessionId).CountAsync(cancellation) >= MaxComments)
        {
            return new CommentPosting.Full();
        }

        var author = await db.Users.Where(a => a.Id == who.AccountId).Select(a => new { a.DisplayName, a.Email }).SingleAsync(cancellation);
        var comment = new SessionComment
        {
            SessionId = sessionId,
            AuthorId = who.AccountId,
            AuthorRole = who.Role,
            AuthorName = CoachingNames.Of(author.DisplayName, author.Email),
            Text = trimmed,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.SessionComments.Add(comment);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return new CommentPosting.Posted(new SessionCommentView(comment.Id, new CommentAuthorView(comment.AuthorRole, comment.AuthorName), comment.Text, comment.CreatedAt));
    }

    /// <summary>The session <paramref name="who"/> may comment on: the athlete's own, or one of an athlete who accepted the coach.</summary>
    private static IQueryable<LoggedSession> Session(AppDbContext db, Commenter who, long sessionId)
    {
        if (who.Role == CommentAuthor.Athlete)
        {
            return db.Sessions.Where(s => s.Id == sessionId && s.AccountId == who.AccountId);
        }

        var coached = CoachedAthleteOperations.AcceptedAthletes(db, who.AccountId);
        return db.Sessions.Where(s => s.Id == sessionId && s.AccountId == who.AthleteId && coached.Any(a => a.Id == s.AccountId));
    }

    private static IQueryable<SessionComment> Comments(AppDbContext db, long sessionId) =>
        db.SessionComments.AsNoTracking().Where(c => c.SessionId == sessionId);
}
