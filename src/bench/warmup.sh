#!/usr/bin/env bash
# How the API warms up under load: starts the packaged API alone on a benchmark database, then
# runs one benchmark query with wrk in consecutive windows and prints, per window, requests/s,
# the cores the API used and the seconds its JIT compilers worked (jstat -compiler). Shows how
# long the API needs before a measurement sees its steady state (run.sh's --warmup).
#
#   src/bench/warmup.sh --db rudprk_bench_1m [--query a] [--windows 8] [--window 15]
#                       [--java /usr/lib/jvm/temurin-25-jdk-amd64]
#
# --java runs the same jar and JVM settings on another JDK (its bin/java and bin/jstat).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

db="" query=a windows=8 window=15 java=""
parse_flags "db query windows window java" 2,10p "$@"
[[ -n "$db" ]] || die "give --db (made by generate.sh)"
[[ "$query" =~ ^([abcd]|[bcd]2)$ ]] || die "--query takes a, b, c, d, b2, c2 or d2"
[[ "$windows" =~ ^[0-9]+$ && "$window" =~ ^[0-9]+$ ]] || die "--windows and --window are whole numbers"
for tool in wrk jq curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done
if [[ -n "$java" ]]; then
  [[ -x "$java/bin/java" ]] || die "no $java/bin/java"
  PATH="$java/bin:$PATH"
fi
ensure_jar
bench_parameters "$db"

work=$(mktemp -d /tmp/rudprk-warmup-XXXX)
API_PORT="${API_PORT:-8094}"
pid=$(start_api "$db" "$API_PORT" "$work/api.log")
trap 'stop_pid "$pid"' EXIT
wait_http "$pid" "$API_PORT" "$work/api.log" 300
body "$query" rudprk >"$work/body.json"
cat >"$work/req.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$work/body.json"):read("a")
LUA

log "$(java -version 2>&1 | head -1); query ($query) on $db ($COUNTS); $windows windows of ${window}s, wrk -t 2 -c 16"
echo "| window | seconds since start of load | req/s | API cores | JIT seconds in the window |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for ((i = 1; i <= windows; i++)); do
  c0=$(cpu_ticks "$pid") j0=$(jit_seconds "$pid")
  rps=$(wrk -t 2 -c 16 -d "${window}s" -s "$work/req.lua" "http://127.0.0.1:$API_PORT/graphql" | awk '/Requests\/sec/ { print $2 }')
  c1=$(cpu_ticks "$pid") j1=$(jit_seconds "$pid")
  awk -v i="$i" -v w="$window" -v r="$rps" -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" -v j0="$j0" -v j1="$j1" \
    'BEGIN { printf "| %d | %d-%d | %.0f | %.2f | %.1f |\n", i, (i - 1) * w, i * w, r, (b - a) / hz / w, j1 - j0 }'
done
