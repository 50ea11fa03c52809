namespace RunLift.Formats;

/// <summary>
/// Input that could not be read: a missing file, an unknown format or a mistake in a file. The message is
/// <c>FILE:LINE:COLUMN: reason</c>, or <c>FILE: reason</c> when there is no position, so a person can go
/// straight to the mistake.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an error at a position; <paramref name="line"/> and <paramref name="column"/> are 1-based, 0 when unknown.</summary>
    public InputException(string file, int line, int column, string reason)
        : base(Format(file, line, column, reason))
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates an error at a position, caused by <paramref name="inner"/>.</summary>
    public InputException(string file, int line, int column, string reason, Exception inner)
        : base(Format(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates an error that is not tied to a position in the file.</summary>
    public InputException(string file, string reason)
        : this(file, 0, 0, reason)
    {
    }

    /// <summary>The file, as it was named to the reader.</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>
    /// The input is sound but of a kind that holds no training (a FIT course or settings file, say), rather than
    /// damaged: an archive skips such a file as "not an activity" instead of as unreadable.
    /// </summary>
    public bool HoldsNoTraining { get; init; }

    /// <summary>
    /// What a person can do about it, when the reason alone does not say: for a file RunLift does not read, the formats
    /// it does (<see cref="TrainingFiles.WhatItReads"/>). Null when the reason says it all.
    /// </summary>
    public string? Hint { get; init; }

    /// <summary>
    /// The limit the input went over (more sets than one read may hold, say), or null when the input is wrong rather
    /// than too much: a program answers the first with "too large" and the second with "bad input".
    /// </summary>
    public ReadLimit? Limit { get; init; }

    private static string Format(string file, int line, int column, string reason) =>
        line > 0 ? $"{file}:{line}:{Math.Max(column, 0)}: {reason}" : $"{file}: {reason}";
}
