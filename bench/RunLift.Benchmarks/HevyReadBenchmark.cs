using System.Text;
using BenchmarkDotNet.Attributes;
using RunLift.Formats;
using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>Reading a 100,000-row Hevy export (the shared sample, repeated): rows per second = 100,000 / mean.</summary>
[MemoryDiagnoser]
public class HevyReadBenchmark
{
    private const int Rows = 100_000;
    private byte[] content = [];

    [GlobalSetup]
    public void Setup()
    {
        var sample = File.ReadAllLines(SharedFiles.Path("fixtures/csv/sample_hevy.csv"));
        var builder = new StringBuilder(sample[0]).Append('\n');
        var rows = 0;
        for (var copy = 0; rows < Rows; copy++)
        {
            for (var i = 1; i < sample.Length && rows < Rows; i++, rows++)
            {
                builder.Append(sample[i].Replace(", 20", $"{copy}, 20", StringComparison.Ordinal)).Append('\n');
            }
        }

        content = Encoding.UTF8.GetBytes(builder.ToString());
    }

    [Benchmark]
    public int Read() => TrainingFiles.Read("hevy.csv", new MemoryStream(content)).Sessions.Count;
}
