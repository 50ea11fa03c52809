using System.Globalization;
using BenchmarkDotNet.Running;
using RunLift.Benchmarks;
using RunLift.Testing;

switch (args)
{
    // `generate-hevy ROWS FILE` writes a synthetic Hevy export for the whole-CLI run (bench/cli-run.sh).
    case ["generate-hevy", var rows, var path]:
        File.WriteAllText(path, SyntheticHevyExport.Create(sessions: int.Parse(rows, CultureInfo.InvariantCulture) / 42));
        return 0;
    case ["plan-sweep", var count]:
        return PlanSweep.Run(int.Parse(count, CultureInfo.InvariantCulture));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
