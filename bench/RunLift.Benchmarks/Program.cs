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
    // `seed-athlete --provider sqlite|postgres --connection CS [--email E] [--password P] [--years N]`: an athlete
    // with years of logs, for ProgressBenchmarks and the page timings (docs/performance.md).
    case ["seed-athlete", ..]:
        return await AthleteSeeder.RunAsync(args);
    // `garmin-export ACTIVITIES FILE` writes a synthetic Garmin Connect bulk export for the import benchmark.
    case ["garmin-export", var count, var path]:
        GarminExportGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
        return 0;
    // `strava-export ACTIVITIES FILE` writes a synthetic Strava bulk export for the import benchmark.
    case ["strava-export", var count, var path]:
        StravaExportGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
        return 0;
    // `hostile-files DIR` writes every named hostile input, and a manifest of their names and media types, for
    // bench/hostile.sh.
    case ["hostile-files", var directory]:
        HostileFiles.Write(directory);
        return 0;
    case ["plan-sweep", var count]:
        return PlanSweep.Run(int.Parse(count, CultureInfo.InvariantCulture));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AuditBenchmarks).Assembly).Run(args);
        return 0;
}
