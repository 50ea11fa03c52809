using BenchmarkDotNet.Running;
using RunLift.Testing;

// `generate-hevy ROWS FILE` writes a synthetic Hevy export for the whole-CLI run (bench/cli-run.sh).
if (args is ["generate-hevy", var rows, var path])
{
    File.WriteAllText(path, SyntheticHevyExport.Create(sessions: int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture) / 42));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
