# Shared by generate.sh and run.sh: paths, PostgreSQL access, starting and stopping the API.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
JAR="${JAR:-$ROOT_DIR/target/quarkus-app/quarkus-run.jar}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
API_PORT="${API_PORT:-8093}"
# The JVM as run for the benchmark; override with JAVA_OPTS. The same settings as the Docker image
# and ./mvnw quarkus:dev, from src/main/jvm/jvm.options (serial collector, a 224 MiB heap with a
# 64 MiB young generation; measured side by side with the earlier 512 MiB heap in
# src/main/docs/benchmarks.md: the same req/s, 45 % less resident memory), and 8 worker
# threads: each request holds one for its whole run, and more than 8 only adds switching on 2 cores.
JAVA_OPTS="${JAVA_OPTS:-@$ROOT_DIR/src/main/jvm/jvm.options -Dquarkus.thread-pool.max-threads=8}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Reads a script's "--name value" arguments into the variables of the same names (--wait-quiet
# sets wait_quiet), accepting only the names listed in $1; -h/--help prints the lines $2 of the
# script (its header). Usage: parse_flags "db runs java25" 2,9p "$@"
parse_flags() {
  local allowed=" $1 " header="$2" name
  shift 2
  while (($#)); do
    case "$1" in
      -h|--help) sed -n "$header" "$0"; exit 0 ;;
      --?*)
        name="${1#--}"; name="${name//-/_}"
        [[ "$allowed" == *" $name "* ]] || die "unknown argument $1 (see --help)"
        (($# >= 2)) || die "$1 needs a value"
        printf -v "$name" '%s' "$2"; shift 2 ;;
      *) die "unknown argument $1 (see --help)" ;;
    esac
  done
}

psql_db() { local db="$1"; shift; psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# Builds the packaged API unless it is there already (BUILD=1 forces a build).
ensure_jar() {
  if [[ ! -f "$JAR" || "${BUILD:-0}" == 1 ]]; then
    log "building the API (./mvnw package -DskipTests)"
    (cd "$ROOT_DIR" && ./mvnw -B -q package -DskipTests) || die "build failed"
  fi
}

# Starts the packaged API on database $1, port $2, logging to $3; prints its PID. The seed
# location is the empty seed set: the app never loads the curated corpus into a benchmark
# database, and Flyway never reruns R__curated_seeds there (its checksum does not change).
# The in-process response cache is off (RESPONSE_CACHE_BYTES=0 unless given), so the comparison
# with PostGraphile measures executing the queries, not replaying kept answers.
start_api() {
  local db="$1" port="$2" logfile="$3"
  port_free "$port"
  # shellcheck disable=SC2086
  java $JAVA_OPTS \
    -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$db?currentSchema=rudprk" \
    -Dquarkus.datasource.username="$PGUSER" \
    -Drudprk.seeds.location="filesystem:$BENCH_DIR/empty-seeds" \
    -Drudprk.http.response-cache-bytes="${RESPONSE_CACHE_BYTES:-0}" \
    -jar "$JAR" >"$logfile" 2>&1 &
  echo $!
}

# Refuses to start a server on a port something else already listens on.
port_free() {
  if [[ "$1" != 0 ]] && (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "port $1 is already in use"
  fi
}

# Waits until the API on port $2 answers a GraphQL query (PID $1, log $3, timeout $4 s).
wait_http() {
  local pid="$1" port="$2" logfile="$3" timeout="${4:-300}" body="${5:-}" path="${6:-/graphql}"
  [[ -n "$body" ]] || body='{"query":"{__typename}"}'
  local started=$SECONDS
  while ((SECONDS - started < timeout)); do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$logfile" >&2; die "process $pid exited (log: $logfile)"; }
    if curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port$path"; then
      return 0
    fi
    sleep 0.05
  done
  die "no answer on port $port after ${timeout}s (log: $logfile)"
}

stop_pid() {
  local pid="$1"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# Resident memory of a process in MiB, from /proc/PID/status (VmRSS; VmHWM for the peak).
rss_mib() { awk -v f="${2:-VmRSS}:" '$1 == f { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }

# The measuring functions below expect the caller to define pid_of and port_of (server name ->
# PID, port), $work (a scratch folder) and $connections.

loadavg() { cut -d' ' -f1 /proc/loadavg; }

# Seconds the JIT compilers of JVM $1 have spent compiling so far (jstat -compiler's Time), or
# "n/a" without jstat. Under load on 2 cores C2 works for over a minute after start (measured at
# 1M on query (a): about one core for 75-90 s, and (a) served 500-550 req/s then, 730-740 after),
# so run.sh warms up for 30 s per query and server and reports how much compiling was left.
jit_seconds() {
  if command -v jstat >/dev/null; then
    jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 { printf "%.1f", $4 }'
  else
    echo "n/a"
  fi
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Waits (up to $1 s) until the machine's 1-minute load average is below 1, so other work on
# a shared machine disturbs the measurement as little as possible.
quiet() {
  local limit="$1" started=$SECONDS
  ((limit > 0)) || return 0
  while ((SECONDS - started < limit)); do
    awk '{ exit !($1 < 1.0) }' /proc/loadavg && return 0
    sleep 5
  done
  log "load average still $(loadavg) after ${limit}s; measuring anyway"
}

# Waits (up to 30 s) until no statement runs in database $1 but ours, so that work one
# server's round left behind (queries its clients gave up on) does not slow the next round.
db_idle() {
  local db="$1" started=$SECONDS n
  while ((SECONDS - started < 30)); do
    n=$(psql_db "$db" -Atc "select count(*) from pg_stat_activity where datname = current_database()
                             and state = 'active' and pid <> pg_backend_pid()")
    ((n == 0)) && return 0
    sleep 0.5
  done
  log "database $db still runs $n statements after 30 s; measuring anyway"
}

# The request body of query $1 for server $2 (rudprk or pgl), as JSON. b2, c2 and d2 are the
# documents of b, c and d with the second parameter set (bench_parameters).
body() {
  local q="$1" server="$2" vars
  case "$q/$server" in
    a/*) vars='{}' ;;
    b/rudprk) vars=$(jq -nc --arg s "$SUPPLIER" --arg p "$PERIOD" '{supplier: $s, period: $p}') ;;
    b/pgl) vars=$(jq -nc --arg s "$SUPPLIER" --arg f "$PERIOD_FROM" --arg t "$PERIOD_TO" '{supplier: $s, from: $f, to: $t}') ;;
    b2/rudprk) vars=$(jq -nc --arg s "$SUPPLIER2" --arg p "$PERIOD2" '{supplier: $s, period: $p}') ;;
    b2/pgl) vars=$(jq -nc --arg s "$SUPPLIER2" --arg f "$PERIOD2_FROM" --arg t "$PERIOD2_TO" '{supplier: $s, from: $f, to: $t}') ;;
    c/*|d/*) vars=$(jq -nc --arg a "$ACTOR" '{actor: $a}') ;;
    c2/*|d2/*) vars=$(jq -nc --arg a "$ACTOR2" '{actor: $a}') ;;
    *) die "no query ($q)" ;;
  esac
  jq -nc --rawfile query "$BENCH_DIR/queries/${q%2}.$server.graphql" --argjson variables "$vars" \
    '{query: $query, variables: $variables}'
}

# One wrk run: prints "rps p50 p99 bad cpu rss_peak" for query $1 on server $2.
load() {
  local q="$1" server="$2" seconds="$3"
  BODY_FILE="$work/$q.$server.json" measure "$(pid_of "$server")" "http://127.0.0.1:$(port_of "$server")/graphql" \
    "$BENCH_DIR/request.lua" "$seconds"
}

# One wrk run of script $3 against URL $2 for $4 seconds, server process $1 (the script's
# settings come from the environment): prints "rps p50 p99 bad cpu rss_peak".
measure() {
  local pid="$1" url="$2" script="$3" seconds="$4" ticks0 ticks1 peak=0 sampler
  db_idle "$DB"
  ticks0=$(cpu_ticks "$pid")
  ( while kill -0 "$pid" 2>/dev/null; do rss_mib "$pid"; sleep 1; done ) >"$work/rss" &
  sampler=$!
  wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 10s --latency -s "$script" "$url" >"$work/wrk.out" 2>&1 || true
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  ticks1=$(cpu_ticks "$pid")
  peak=$(sort -n "$work/rss" | tail -1)
  local line
  line=$(grep '^RESULT' "$work/wrk.out") || { cat "$work/wrk.out" >&2; die "wrk failed"; }
  # shellcheck disable=SC2001
  echo "$line" | sed 's/^RESULT //' | tr ' ' '\n' >"$work/kv"
  local rps p50 p99 bad serr
  rps=$(grep '^rps=' "$work/kv" | cut -d= -f2); p50=$(grep '^p50_ms=' "$work/kv" | cut -d= -f2)
  p99=$(grep '^p99_ms=' "$work/kv" | cut -d= -f2); bad=$(grep '^bad=' "$work/kv" | cut -d= -f2)
  serr=$(grep '^socket_errors=' "$work/kv" | cut -d= -f2)
  local cpu
  cpu=$(awk -v a="$ticks0" -v b="$ticks1" -v s="$seconds" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / s }')
  echo "$rps $p50 $p99 $((bad + serr)) $cpu $peak"
}

# The measured rounds: $rounds times, for each item of $2 (space-separated), both sides of $1
# ("x y") one after the other, which goes first alternating by round and item so that neither
# always follows the other. Each run is "$3 item side seconds" ($duration s), after a short
# unmeasured one ($round_warmup s): switching from another item's code paths costs a JIT
# transient (seen as a p99 spike in the first second of a round), for both sides. Appends
# "item side result" lines to $4.
alternate_rounds() {
  local sides="$1" items="$2" run="$3" results="$4" round item side order r
  for ((round = 1; round <= rounds; round++)); do
    for item in $items; do
      if (((round + $(printf '%d' "'$item")) % 2)); then order="$sides"; else order="${sides#* } ${sides% *}"; fi
      for side in $order; do
        ((round_warmup > 0)) && "$run" "$item" "$side" "$round_warmup" >/dev/null
        r=$("$run" "$item" "$side" "$duration")
        log "round $round ($item) $side: rps p50 p99 bad cpu rss = $r"
        echo "$item $side $r" >>"$results"
      done
    done
  done
}

# The mean of the numbers on stdin; 0 for none (a query --only left out).
mean() { awk '{ s += $1; n++ } END { printf "%.2f", n ? s / n : 0 }'; }

maxof() { sort -n | tail -1; }

# The query parameters for database $1: North Korea's shipments in 2024 for (b); for (c) and (d)
# the generator's first probe actor (60 shipments and 2 deployments at every scale), so that the
# answer has the same size at every scale.
# The second set (b2, c2, d2: the same documents with other arguments, so that a speed-up shown
# for (b), (c), (d) is seen to hold beyond these values): for (b2) the supplier and year, both
# different from (b)'s, whose number of shipments overlapping that year is nearest (b)'s
# (ties: the later year, then the lower actor id); for (c2) and (d2) the second probe actor,
# with the same counts as the first but other records. Nearest, not equal, for (b2): in
# the generated data North Korea supplies about half of all shipments, so no other supplier
# comes close to its count (at 10k: north-korea 2024 has 2394, russia 2025 638); both are far
# above the page of 50, so (b) and (b2) answer full pages. COUNTS (printed by run.sh) holds
# the numbers of both sets.
bench_parameters() {
  local db="$1" row
  SUPPLIER=north-korea PERIOD=2024 PERIOD_FROM=2024-01-01 PERIOD_TO=2024-12-31
  # Shipments by supplier and year, a shipment counting in every year its span overlaps (as
  # the API's period filter and PostGraphile's span overlap do for a whole year).
  row=$(psql_db "$db" -AtF ' ' -v supplier="$SUPPLIER" -v year="$PERIOD" <<'SQL'
with sy as (
  select ra.actor_id, y, count(*) as n
  from rudprk.record_actors ra
  join rudprk.records r on r.id = ra.record_id and r.kind = 'SHIPMENT'
  cross join lateral generate_series(extract(year from lower(r.span))::int, extract(year from upper(r.span) - 1)::int) y
  where ra.role = 'SUPPLIER'
  group by 1, 2),
first as (select sy.n from sy join rudprk.actors a on a.id = sy.actor_id where a.slug = :'supplier' and sy.y = :year)
select a.slug, sy.y, sy.n, (select n from first)
from sy join rudprk.actors a on a.id = sy.actor_id
where a.slug <> :'supplier' and sy.y <> :year
order by abs(sy.n - (select n from first)), sy.y desc, a.id
limit 1
SQL
  )
  read -r SUPPLIER2 PERIOD2 SUPPLIER2_COUNT SUPPLIER_COUNT <<<"$row"
  PERIOD2_FROM="$PERIOD2-01-01" PERIOD2_TO="$PERIOD2-12-31"
  # (c), (d) and (c2), (d2): the generator's two probe actors, which have the same records at
  # every scale (60 shipments, 40 of them as supplier, and 2 deployments; generate.sql), so
  # that the same query reads the same amount at 10k and at 1M. Their counts are read back.
  row=$(psql_db "$db" -AtF ' ' <<'SQL'
with n as (
  select a.slug, n.s, n.d from rudprk.actors a
  join lateral (select count(*) filter (where r.kind = 'SHIPMENT') as s, count(*) filter (where r.kind = 'DEPLOYMENT') as d
                from (select distinct ra.record_id from rudprk.record_actors ra where ra.actor_id = a.id) x
                join rudprk.records r on r.id = x.record_id) n on true
  where a.slug in ('benchmark-probe-1', 'benchmark-probe-2'))
select (select concat_ws(' ', slug, s, d) from n where slug = 'benchmark-probe-1'),
       (select concat_ws(' ', slug, s, d) from n where slug = 'benchmark-probe-2')
SQL
  )
  local s1 d1 s2 d2
  read -r ACTOR s1 d1 ACTOR2 s2 d2 <<<"$row"
  COUNTS="(b) $SUPPLIER, $PERIOD: $SUPPLIER_COUNT shipments; (b2) $SUPPLIER2, $PERIOD2: $SUPPLIER2_COUNT; (c), (d) $ACTOR: $s1 shipments, $d1 deployments; (c2), (d2) $ACTOR2: $s2 shipments, $d2 deployments"
  [[ -n "$ACTOR" && -n "$ACTOR2" && -n "$SUPPLIER2" ]] \
    || die "no parameters found in $db (no probe actors: a database generated before 2026-12-01; run generate.sh again)"
}

# What each server answers to query $1, reduced to what must be equal: the slugs in order,
# and for the aggregate the groups' counts and value sums.
canonical() {
  local q="${1%2}" server="$2"
  case "$q/$server" in
    a/rudprk|b/rudprk) jq -c '[.data.shipments.nodes[] | [.slug, .supplier.slug, .recipient.slug, .category]]' ;;
    a/pgl|b/pgl) jq -c '[.data.allRecords.nodes[] | [.slug, .supplier.nodes[0].actorByActorId.slug,
                        .recipient.nodes[0].actorByActorId.slug, .shipmentByRecordId.category]]' ;;
    c/rudprk) jq -c '.data.actorBySlug | [[.shipments.nodes[] | [.slug, .supplier.slug, .recipient.slug]],
                       [.deployments.nodes[] | [.slug, .sender.slug, .host.slug]]]' ;;
    c/pgl) jq -c '.data.actorBySlug | [[.shipments.nodes[] | [.slug, .supplier.nodes[0].actorByActorId.slug,
                    .recipient.nodes[0].actorByActorId.slug]],
                  [.deployments.nodes[] | [.slug, .sender.nodes[0].actorByActorId.slug, .host.nodes[0].actorByActorId.slug]]]' ;;
    d/rudprk) jq -c '[.data.aggregate[] | [.year, .category, .count, .countWithEstimate,
                       ([.sums[] | [.unit, (.low | tonumber), (.high | if . == null then null else tonumber end)]])]]' ;;
    d/pgl) jq -c '[.data.pglShipmentValues.nodes | group_by([.year, .category])[] | [.[0].year, .[0].category, .[0].count,
                    .[0].countWithEstimate, [.[] | select(.unit != null) | [.unit, (.low | tonumber),
                    (.high | if . == null then null else tonumber end)]]]]' ;;
  esac
}
