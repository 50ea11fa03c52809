#!/usr/bin/env bash
# The whole `runlift audit` run on a 100,000-row Hevy export: wall time and peak memory (targets: < 3 s, < 400 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/RunLift.Cli -c Release -o "$work/cli" >/dev/null
dotnet run --project bench/RunLift.Benchmarks -c Release -- generate-hevy "$rows" "$work/export.csv"
echo "export: $(wc -l < "$work/export.csv") lines, $(du -h "$work/export.csv" | cut -f1)"
for run in 1 2 3; do
  /usr/bin/time -q -f "run $run: %e s wall, %M KB peak RSS, exit %x" dotnet "$work/cli/RunLift.Cli.dll" audit "$work/export.csv" --format json >/dev/null || true
done
