#!/usr/bin/env bash
# The hostile-input suite (RunLift.Testing.HostileInputs: the files that once crashed or stalled the server, and
# generated deep nesting, long lines, huge counts, zip bombs) posted to the published web app on 127.0.0.1, to the
# anonymous audit and to a signed-in import: each answer's status and time, then all of them at once, then the
# process's peak memory (VmHWM) and whether it is still alive.
# Targets (issue 11): a 4xx within 2 s each, the process alive, peak memory < 600 MB over the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/RunLift.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/web" >/dev/null
dotnet build bench/RunLift.Benchmarks -c Release >/dev/null
dotnet bench/RunLift.Benchmarks/bin/Release/net10.0/RunLift.Benchmarks.dll hostile-files "$work/inputs"
url=http://127.0.0.1:5081
(cd "$work/web" && Urls=$url RateLimiting__Anonymous__PermitLimit=100000 RateLimiting__Account__PermitLimit=100000 \
  RateLimiting__Uploads__PermitLimit=100000 Database__DataDirectory="$work/data" Logging__LogLevel__Default=Warning \
  exec dotnet RunLift.Web.dll) > "$work/web.log" 2>&1 &
pid=$!
until curl -sf $url/health/ready >/dev/null; do sleep 0.1; done
account='{"email":"hostile@example.com","password":"correct horse battery"}'
curl -sf -X POST $url/api/v1/account/register -H 'Content-Type: application/json' -d "$account" >/dev/null
token=$(curl -sf -X POST $url/api/v1/account/login -H 'Content-Type: application/json' -d "$account" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
echo "after start: $(( $(awk '/VmHWM/ { print $2 }' /proc/$pid/status) / 1024 )) MB peak"

post() { # endpoint file media-type [curl options...]: prints "status seconds"
  local endpoint=$1 file=$2 type=$3; shift 3
  curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$url$endpoint" -H "Content-Type: $type" \
    --data-binary "@$work/inputs/$file" "$@"
}

failed=0
printf '%-52s %-22s %-22s\n' input 'POST /api/v1/audit' 'POST /api/v1/imports'
while IFS=$'\t' read -r file type name; do
  audit=$(post /api/v1/audit "$file" "$type")
  import=$(post /api/v1/imports "$file" "$type" -H "Authorization: Bearer $token")
  printf '%-52s %-22s %-22s\n' "$name" "$(awk '{ printf "%s in %.2f s", $1, $2 }' <<<"$audit")" \
    "$(awk '{ printf "%s in %.2f s", $1, $2 }' <<<"$import")"
  for answer in "$audit" "$import"; do
    read -r status seconds <<<"$answer"
    [[ $status == 4* ]] && awk "BEGIN { exit !($seconds < 2) }" || failed=1
  done
  kill -0 $pid 2>/dev/null || { echo "the server died"; exit 1; }
done < "$work/inputs/manifest.tsv"

echo "peak after one at a time: $(( $(awk '/VmHWM/ { print $2 }' /proc/$pid/status) / 1024 )) MB"
start=$(date +%s.%N)
posts=()
while IFS=$'\t' read -r file type name; do
  post /api/v1/audit "$file" "$type" > "$work/$file.audit" & posts+=($!)
  post /api/v1/imports "$file" "$type" -H "Authorization: Bearer $token" > "$work/$file.import" & posts+=($!)
done < "$work/inputs/manifest.tsv"
wait "${posts[@]}"
statuses=$(awk 'FNR == 1 { print $1 }' "$work"/*.audit "$work"/*.import | sort | uniq -c | awk '{ printf "%s × %s, ", $1, $2 }')
echo "all $(( $(wc -l < "$work/inputs/manifest.tsv") * 2 )) at once: ${statuses%, } in $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s"
kill -0 $pid 2>/dev/null || { echo "the server died"; exit 1; }
curl -sf $url/health/ready >/dev/null && echo "still ready"
echo "peak memory over the suite: $(( $(awk '/VmHWM/ { print $2 }' /proc/$pid/status) / 1024 )) MB (VmHWM)"
[[ $failed == 0 ]] || { echo "an answer was not a 4xx within 2 s"; exit 1; }
