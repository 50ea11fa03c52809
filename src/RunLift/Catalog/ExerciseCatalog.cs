using System.Collections.Frozen;

namespace RunLift.Catalog;

/// <summary>RunLift's exercise catalog and the name resolution that maps what people write to its entries.</summary>
public sealed class ExerciseCatalog
{
    private readonly FrozenDictionary<string, Exercise> _byId;
    private readonly FrozenDictionary<string, Exercise> _byName;

    /// <summary>A catalog of <paramref name="exercises"/>.</summary>
    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        Exercises = [.. exercises];
        _byId = Exercises.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _byName = Exercises
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Name: n, Exercise: e)))
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Name, p => p.Exercise, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every entry.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The entry with <paramref name="id"/>, or null.</summary>
    public Exercise? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves a written exercise name. Never throws; unknown names are classified by keywords.</summary>
    public ExerciseResolution Resolve(string writtenName)
    {
        ArgumentNullException.ThrowIfNull(writtenName);
        return _byName.TryGetValue(writtenName.Trim(), out var exercise)
            ? new ExerciseResolution(writtenName, exercise, MatchKind.Exact) { UnstableDevice = exercise.Unstable }
            : new ExerciseResolution(writtenName, Unknown(writtenName), MatchKind.Unknown);
    }

    private static Exercise Unknown(string writtenName) => new()
    {
        Id = "unknown:" + writtenName,
        Name = writtenName,
        Pattern = MovementPattern.Core,
        Mechanic = Mechanic.Compound,
        Region = BodyRegion.Full,
    };
}
