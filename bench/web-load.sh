#!/usr/bin/env bash
# Load on the web app's stateless audit endpoint, on 127.0.0.1 only: start to ready, throughput and latency of
# POST /api/v1/audit with a typical routine (wrk, 2 threads, 32 connections, 30 s), and the process's memory after.
# The app starts on a new SQLite database in a temporary folder: start to ready includes creating and migrating it.
# Targets (issue 4): ≥ 1,000 requests/s, p99 < 50 ms, no errors; < 300 MB after the load; ready in < 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# Published as deployed (docs/deploy.md): ReadyToRun, so that starting does not wait for the JIT.
dotnet publish src/RunLift.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/web" >/dev/null
body=$(python3 -c 'import json,sys; print(json.dumps(open("examples/good-runner.yaml").read()))')
cat > "$work/audit.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
wrk.body = $body
LUA
start=$(date +%s.%N)
(cd "$work/web" && Urls=http://127.0.0.1:5080 RateLimiting__Anonymous__PermitLimit=100000000 RateLimiting__Uploads__PermitLimit=100000000 Database__DataDirectory="$work/data" \
  Logging__LogLevel__Default=Warning exec dotnet RunLift.Web.dll) > "$work/web.log" 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:5080/health/ready >/dev/null; do sleep 0.05; done
echo "start to ready: $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s"
wrk -t2 -c32 -d5s -s "$work/audit.lua" http://127.0.0.1:5080/api/v1/audit >/dev/null   # warm-up (JIT, tiering)
wrk -t2 -c32 -d30s --latency -s "$work/audit.lua" http://127.0.0.1:5080/api/v1/audit
echo "memory after the load: $(( $(awk '/VmRSS/ { print $2 }' /proc/$pid/status) / 1024 )) MB RSS"
