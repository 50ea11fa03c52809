using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RunLift.Formats;
using RunLift.Formats.Fit;
using RunLift.Testing;

namespace RunLift.Benchmarks;

/// <summary>
/// FIT decoding throughput (target ≥ 100 MB/s and ≥ 5× Garmin's JavaScript SDK on the same files; bench/fit-decode.sh
/// runs both). The files are every fixture the SDK reads to the end: all but compressed-speed-distance.fit, whose
/// compressed-timestamp records the SDK does not decode. "decode every field" reads every value of every field of
/// every message, as the SDK does; "read into the log" is what an import does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class FitDecodeBenchmarks
{
    private static readonly byte[][] Files = Directory.GetFiles(SharedFiles.Path("fixtures/fit"), "*.fit")
        .Where(f => Path.GetFileName(f) != "compressed-speed-distance.fit")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToArray();

    private readonly FitDecoder _decoder = new();
    private readonly EveryValue _visitor = new();

    /// <summary>The bytes one benchmark operation decodes.</summary>
    public static long Bytes { get; } = Files.Sum(f => (long)f.Length);

    [Benchmark(Description = "decode every field")]
    public long DecodeEveryField()
    {
        _visitor.Sum = 0;
        foreach (var file in Files)
        {
            _decoder.Decode(file, "bench.fit", FitDecodeOptions.Default, _visitor);
        }

        return _visitor.Sum;
    }

    [Benchmark(Description = "read into the log")]
    public int ReadIntoTheLog()
    {
        var count = 0;
        foreach (var file in Files)
        {
            var document = TrainingFiles.Read("bench.fit", new MemoryStream(file, 0, file.Length, writable: false, publiclyVisible: true));
            count += document.Sessions.Count + document.Runs.Count;
        }

        return count;
    }

    /// <summary>Reads every value of every field and developer field; strings are measured, not copied.</summary>
    private sealed class EveryValue : IFitVisitor
    {
        public long Sum { get; set; }

        public void OnMessage(in FitMessage message)
        {
            var sum = Sum + message.Number;
            for (var i = 0; i < message.FieldCount; i++)
            {
                sum += Values(message.FieldAt(i));
            }

            for (var i = 0; i < message.DeveloperFieldCount; i++)
            {
                sum += Values(message.DeveloperFieldAt(i).Field);
            }

            Sum = sum;
        }

        private static long Values(FitField field)
        {
            if (field.Type == FitBaseType.String)
            {
                var end = field.Bytes.IndexOf((byte)0);
                return end < 0 ? field.Bytes.Length : end;
            }

            long sum = 0;
            if (field.Type is FitBaseType.Float32 or FitBaseType.Float64)
            {
                for (var i = 0; i < field.Count; i++)
                {
                    if (field.TryGetDouble(i, out var value))
                    {
                        sum += (long)value;
                    }
                }

                return sum;
            }

            for (var i = 0; i < field.Count; i++)
            {
                if (field.TryGetInteger(i, out var value))
                {
                    sum += value;
                }
            }

            return sum;
        }
    }

    /// <summary>Adds MB/s (10⁶ bytes per second of mean time) to the summary.</summary>
    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new MegabytesPerSecond());
    }

    private sealed class MegabytesPerSecond : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6) of FIT files decoded per second of mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics
                ? (Bytes / statistics.Mean * 1e3).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
                : "-";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
