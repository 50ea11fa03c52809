using System.Text;
using BenchmarkDotNet.Attributes;
using RunLift.Auditing;
using RunLift.Catalog;
using RunLift.Formats;
using RunLift.Testing;
using RunLift.Training;

namespace RunLift.Benchmarks;

/// <summary>
/// A 10-year Hevy log (1,500 sessions, 63,000 set rows): reading the export, and auditing what was read.
/// The ratio of the two is the point: the audit should cost far less than reading the file.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private byte[] _csv = [];
    private TrainingDocument _log = null!;
    private Auditor _auditor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _csv = Encoding.UTF8.GetBytes(SyntheticHevyExport.Create(sessions: 1_500));
        _log = TrainingFiles.Read("ten-years.csv", new MemoryStream(_csv));
        _auditor = new Auditor(ExerciseCatalog.Default);
    }

    [Benchmark(Description = "parse 10-year Hevy export (63,000 rows)")]
    public TrainingDocument Parse() => TrainingFiles.Read("ten-years.csv", new MemoryStream(_csv));

    [Benchmark(Description = "audit 10-year log (1,500 sessions)")]
    public AuditReport Audit() => _auditor.Audit(_log);
}
