using RunLift.Training;

namespace RunLift.Formats;

/// <summary>
/// What one read has used of its <see cref="ReadLimits"/>, shared by every file and reader of it, with the token that
/// stops it: cancelled by the caller (a client that went away, Ctrl+C) or by the time limit. Readers count as they
/// go; going over a limit is an <see cref="InputException"/> whose <see cref="InputException.Limit"/> names it.
/// </summary>
public sealed class ReadBudget : IDisposable
{
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource? timeout;
    private readonly CancellationTokenSource? linked;
    private int rows;
    private int sessions;
    private int sets;
    private int runs;

    /// <summary>A budget of <paramref name="limits"/>, stopped by <paramref name="cancellation"/> or, when the limits have one, by the time limit on <paramref name="time"/>'s clock.</summary>
    public ReadBudget(ReadLimits limits, TimeProvider? time = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        caller = cancellation;
        if (limits.MaxDuration is { } duration)
        {
            timeout = new CancellationTokenSource(duration, time ?? TimeProvider.System);
            linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        }

        Cancellation = linked?.Token ?? cancellation;
    }

    /// <summary>The limits.</summary>
    public ReadLimits Limits { get; }

    /// <summary>Cancelled when the caller cancels or the time is up.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Throws when the read must stop: an <see cref="OperationCanceledException"/> when the caller cancelled, an
    /// <see cref="InputException"/> naming <paramref name="file"/> when the time is up.
    /// </summary>
    public void ThrowIfStopped(string file)
    {
        if (!Cancellation.IsCancellationRequested)
        {
            return;
        }

        caller.ThrowIfCancellationRequested();
        var seconds = (long)Math.Ceiling(Limits.MaxDuration!.Value.TotalSeconds);
        throw new InputException(file, $"took longer than {seconds:N0} seconds to read (the limit); send less at a time")
        {
            Limit = new ReadLimit("seconds", seconds),
        };
    }

    /// <summary>Counts one CSV row of <paramref name="file"/>, at <paramref name="line"/>.</summary>
    public void CountRow(string file, int line)
    {
        if (++rows > Limits.MaxRows)
        {
            throw Over(file, line, "CSV rows", Limits.MaxRows);
        }

        // Checking the token costs a read of one field; every row can afford it.
        ThrowIfStopped(file);
    }

    /// <summary>Counts what <paramref name="document"/> (read from <paramref name="file"/>) holds.</summary>
    public void Count(string file, TrainingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        sessions += document.Sessions.Count;
        runs += document.Runs.Count;
        foreach (var session in document.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                sets += exercise.Sets.Count;
            }
        }

        if (sessions > Limits.MaxSessions)
        {
            throw Over(file, 0, "sessions", Limits.MaxSessions);
        }

        if (sets > Limits.MaxSets)
        {
            throw Over(file, 0, "sets", Limits.MaxSets);
        }

        if (runs > Limits.MaxRuns)
        {
            throw Over(file, 0, "runs", Limits.MaxRuns);
        }

        ThrowIfStopped(file);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        linked?.Dispose();
        timeout?.Dispose();
    }

    private static InputException Over(string file, int line, string what, int max) =>
        new(file, line, 0, $"holds more than {max:N0} {what} in all (the limit for one read); send less at a time")
        {
            Limit = new ReadLimit(what, max),
        };
}
