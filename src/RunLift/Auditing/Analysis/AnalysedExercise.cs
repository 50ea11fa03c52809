using RunLift.Catalog;
using RunLift.Training;

namespace RunLift.Auditing.Analysis;

/// <summary>An exercise of a session, resolved against the catalog.</summary>
internal sealed class AnalysedExercise(ExerciseEntry entry, ExerciseResolution resolution, IReadOnlyList<AnalysedSet> sets)
{
    public ExerciseEntry Entry { get; } = entry;

    public ExerciseResolution Resolution { get; } = resolution;

    public Exercise Exercise => Resolution.Exercise;

    public string Name => Entry.Name;

    /// <summary>The unstable device it was done on, or null.</summary>
    public string? Unstable => Resolution.UnstableDevice;

    public IReadOnlyList<AnalysedSet> Sets { get; } = sets;

    /// <summary>Working sets, per-side sets counted once per side.</summary>
    public int WorkingVolume { get; } = sets.Where(s => s.IsWorking).Sum(s => s.Volume);

    public int Count(Func<AnalysedSet, bool> predicate)
    {
        var count = 0;
        for (var i = 0; i < Sets.Count; i++)
        {
            if (Sets[i].IsWorking && predicate(Sets[i]))
            {
                count += Sets[i].Volume;
            }
        }

        return count;
    }
}
