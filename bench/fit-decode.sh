#!/usr/bin/env bash
# FIT decoding throughput, RunLift against Garmin's JavaScript SDK (@garmin/fitsdk on Node), over the same fixture
# files in one run (targets: ≥ 100 MB/s and ≥ 5× the SDK). The SDK is installed with npm into the same cache as the
# tests use ($XDG_CACHE_HOME or ~/.cache, runlift-tests/fitsdk-VERSION), never into the repository.
# Usage: bench/fit-decode.sh [BenchmarkDotNet job, e.g. short]   (default: BenchmarkDotNet's default job)
set -euo pipefail
cd "$(dirname "$0")/.."
version=21.217.0
shared=${RUNLIFT_SHARED:-$(cd .. && pwd)/shared}
fixtures="$shared/fixtures/fit"
[ -d "$fixtures" ] || { echo "bench/fit-decode.sh: $fixtures is missing (set RUNLIFT_SHARED)." >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "bench/fit-decode.sh: node and npm are needed (apt-get install nodejs npm)." >&2; exit 2; }

sdk=${RUNLIFT_FITSDK:-${XDG_CACHE_HOME:-$HOME/.cache}/runlift-tests/fitsdk-$version}
mkdir -p "$sdk"
(
  flock 9
  if [ ! -f "$sdk/.installed-$version" ]; then
    echo '{ "private": true }' > "$sdk/package.json"
    (cd "$sdk" && npm install --no-audit --no-fund --no-save "@garmin/fitsdk@$version" >/dev/null)
    echo "$version" > "$sdk/.installed-$version"
  fi
) 9>"$sdk/.lock"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
job=()
[ $# -gt 0 ] && job=(--job "$1")

echo "== RunLift (BenchmarkDotNet)"
dotnet run -c Release --project bench/RunLift.Benchmarks -- --filter '*FitDecodeBenchmarks*' "${job[@]}" \
  --exporters csv --artifacts "$work/bdn" | sed -n '/^| Method/,/^$/p'
report=$(ls "$work"/bdn/results/*FitDecodeBenchmarks-report.csv)

echo "== @garmin/fitsdk (Node)"
RUNLIFT_FITSDK="$sdk" node bench/fitsdk/decode.mjs "$fixtures" | tee "$work/sdk.txt"

echo "== Ratio (same files, same run)"
node - "$report" "$work/sdk.txt" <<'JS'
const fs = require("fs");
const [report, sdkOut] = process.argv.slice(2);
const [header, ...rows] = fs.readFileSync(report, "utf8").trim().split("\n").map(l => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(c => c.replace(/^"|"$/g, "")));
const method = header.indexOf("Method"), mbps = header.indexOf("MB/s");
const sdk = JSON.parse(fs.readFileSync(sdkOut, "utf8").trim().split("\n").pop());
for (const row of rows) {
  const ours = parseFloat(row[mbps]);
  console.log(`${row[method].padEnd(22)} ${ours.toFixed(1).padStart(7)} MB/s = ${(ours / sdk.rawMBps).toFixed(1)}x the SDK with raw values (${sdk.rawMBps.toFixed(1)} MB/s), ${(ours / sdk.defaultsMBps).toFixed(1)}x with its defaults (${sdk.defaultsMBps.toFixed(1)} MB/s)`);
}
JS
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
