using BenchmarkDotNet.Attributes;
using RunLift.Formats;
using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>
/// A FIT activity of many strength sessions and sets, up to what one file may hold (1,000 sessions, 20,000 sets):
/// placing each set in its session is one pass over both, so ten times the messages cost ten times the time (it once
/// cost sessions × sets: 22 s of CPU for a 1.3 MB file).
/// </summary>
[MemoryDiagnoser]
public class FitAtTheLimitsBenchmarks
{
    private byte[] file = [];

    [Params(100, 1_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Build() => file = HostileFit.ManySessionsAndSets(Sessions, Sessions * 20);

    [Benchmark(Description = "read a FIT of sessions × 20 sets")]
    public int Read() =>
        TrainingFiles.Read("limits.fit", new MemoryStream(file, writable: false)).Sessions.Count;
}
