using System.Text;
using BenchmarkDotNet.Attributes;
using RunLift.Formats;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Benchmarks;

/// <summary>Hevy CSV parse throughput (target ≥ 200,000 rows/s): rows per second = Rows ÷ mean time.</summary>
[MemoryDiagnoser]
public class HevyParseBenchmarks
{
    private byte[] _csv = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _csv = Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(sessions: Rows / 42));

    [Benchmark(Description = "parse Hevy CSV")]
    public TrainingDocument Parse() => TrainingFiles.Read("export.csv", new MemoryStream(_csv));
}
