using RunLift.Training;

namespace RunLift.Following;

/// <summary>A logged session as prescribing the next one reads it: its sets of the lifts being prescribed.</summary>
/// <param name="SessionId">The logged session.</param>
/// <param name="Date">The day it was done, in the athlete's time zone.</param>
/// <param name="Sets">Its sets of those lifts, in the order done, by catalog id.</param>
public sealed record LiftLog(long SessionId, DateOnly Date, IReadOnlyDictionary<string, IReadOnlyList<TrainingSet>> Sets)
{
    /// <summary>Its working sets of <paramref name="id"/>, in the order done; empty when it has none.</summary>
    public IReadOnlyList<TrainingSet> WorkingSets(string id) =>
        Sets.TryGetValue(id, out var sets) ? [.. sets.Where(s => s.IsWorking)] : [];
}

/// <summary>Pain the athlete reported when checking in after a session.</summary>
/// <param name="Date">The session's day.</param>
/// <param name="Pain">0–10.</param>
/// <param name="Site">Where it hurt.</param>
public sealed record PainReport(DateOnly Date, int Pain, InjurySite Site);
