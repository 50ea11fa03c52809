using BenchmarkDotNet.Attributes;
using RunLift.Catalog;

namespace RunLift.Benchmarks;

/// <summary>
/// Resolving exercise names an import meets again and again (target: well under 50 µs a name): a name the catalog
/// knows, in its own words or normalised, is a lookup, never a scan of the catalog.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private static readonly string[] Names = ["Back Squat", "Squat (Barbell)", "Lat Pulldown - Close Grip (Cable)", "BARBELL_BACK_SQUAT", "DB RDL"];

    private readonly ExerciseCatalog catalog = ExerciseCatalog.Default;

    [Benchmark(Description = "resolve five known names", OperationsPerInvoke = 5)]
    public int ResolveKnownNames()
    {
        var known = 0;
        foreach (var name in Names)
        {
            known += catalog.Resolve(name).IsKnown ? 1 : 0;
        }

        return known;
    }
}
