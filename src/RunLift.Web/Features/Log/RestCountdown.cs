using RunLift.Catalog;

namespace RunLift.Web.Features.Log;

/// <summary>
/// The rest between sets: started when a set is ticked done, counted on the injected clock, so it survives a
/// component re-rendering (the page owns it) and tests drive it with a fake clock.
/// </summary>
public sealed class RestCountdown(TimeProvider time)
{
    private DateTimeOffset? startedAt;
    private TimeSpan elapsedBefore;

    /// <summary>The exercise the rest follows.</summary>
    public string? Exercise { get; private set; }

    /// <summary>The rest to count.</summary>
    public TimeSpan Total { get; private set; }

    /// <summary>A rest has been started and not skipped.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Counting (not paused).</summary>
    public bool IsRunning => IsActive && startedAt is not null;

    /// <summary>The time rested so far.</summary>
    public TimeSpan Elapsed => elapsedBefore + (startedAt is { } start ? time.GetUtcNow() - start : TimeSpan.Zero);

    /// <summary>What is left, never below zero.</summary>
    public TimeSpan Remaining => IsActive && Total > Elapsed ? Total - Elapsed : TimeSpan.Zero;

    /// <summary>The rest is over: time for the next set.</summary>
    public bool IsFinished => IsActive && Remaining == TimeSpan.Zero;

    /// <summary>Starts counting <paramref name="rest"/> after a set of <paramref name="exercise"/>.</summary>
    public void Start(TimeSpan rest, string exercise)
    {
        (Total, Exercise, IsActive, elapsedBefore, startedAt) = (rest, exercise, true, TimeSpan.Zero, time.GetUtcNow());
    }

    /// <summary>Stops counting, keeping what has elapsed.</summary>
    public void Pause()
    {
        if (startedAt is { } start)
        {
            elapsedBefore += time.GetUtcNow() - start;
            startedAt = null;
        }
    }

    /// <summary>Goes on counting after a pause.</summary>
    public void Resume() => startedAt ??= IsActive ? time.GetUtcNow() : null;

    /// <summary>Ends the rest now.</summary>
    public void Skip() => (IsActive, startedAt, elapsedBefore) = (false, null, TimeSpan.Zero);

    /// <summary>
    /// Full recovery by default (principles.md: heavy lifts need 2–5 minutes): 3 min for squats, hinges, lunges and
    /// other heavy compound lifts, 2 min for explosive work and other compound lifts, 1 min for isolation and core.
    /// </summary>
    /// <param name="catalog">The exercise catalog.</param>
    /// <param name="exercise">The exercise as written.</param>
    /// <returns>The rest.</returns>
    public static TimeSpan DefaultRest(ExerciseCatalog catalog, string exercise)
    {
        var resolution = catalog.Resolve(exercise);
        if (!resolution.IsKnown)
        {
            return TimeSpan.FromMinutes(2);
        }

        var e = resolution.Exercise;
        return e.IsMainLowerBody || (e.IsStrength && e.Mechanic == Mechanic.Compound && !e.Explosive) ? TimeSpan.FromMinutes(3)
            : e.Explosive || e.Mechanic == Mechanic.Compound ? TimeSpan.FromMinutes(2)
            : TimeSpan.FromMinutes(1);
    }
}
