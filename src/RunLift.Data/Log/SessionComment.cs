namespace RunLift.Data.Log;

/// <summary>A comment on a logged session, by the athlete or one of their coaches: together they are the session's thread.</summary>
public sealed class SessionComment
{
    /// <summary>The longest comment, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The key; comments are shown in its order.</summary>
    public long Id { get; set; }

    /// <summary>The session commented on.</summary>
    public long SessionId { get; set; }

    /// <summary>What a comment is signed with once its author's account is deleted: the words stay, the person does not.</summary>
    public const string DeletedAuthor = "Deleted account";

    /// <summary>Who wrote it (the athlete's or the coach's account); empty once that account is deleted.</summary>
    public required string AuthorId { get; set; }

    /// <summary>Whether the author wrote as the athlete or as a coach.</summary>
    public CommentAuthor AuthorRole { get; set; }

    /// <summary>What the author shows as (their name or e-mail when the comment was written); <see cref="DeletedAuthor"/> once their account is deleted.</summary>
    public required string AuthorName { get; set; }

    /// <summary>The comment.</summary>
    public required string Text { get; set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}

/// <summary>Whose side a comment is from.</summary>
public enum CommentAuthor
{
    /// <summary>The athlete whose session it is.</summary>
    Athlete,

    /// <summary>A coach the athlete linked.</summary>
    Coach,
}
