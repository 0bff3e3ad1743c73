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
# The JVM as run for the benchmark; override with JAVA_OPTS. A young generation large enough
# that most requests' garbage dies young (the live set is under 100 MiB), the serial collector
# (no GC threads competing with PostgreSQL for 2 cores), and 8 worker threads: each request
# holds one for its whole run, and more than 8 only adds switching on 2 cores. Measured on
# query (a) at 1M: 750-760 req/s with -XX:+UseParallelGC -Xms256m -Xmx1g, 890-910 with these.
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms512m -Xmx512m -Xmn384m -Dquarkus.thread-pool.max-threads=8}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

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

# The request body of query $1 for server $2 (rudprk or pgl), as JSON.
body() {
  local q="$1" server="$2" vars
  case "$q/$server" in
    a/*) vars='{}' ;;
    b/rudprk) vars=$(jq -nc --arg s "$SUPPLIER" --arg p "$PERIOD" '{supplier: $s, period: $p}') ;;
    b/pgl) vars=$(jq -nc --arg s "$SUPPLIER" --arg f "$PERIOD_FROM" --arg t "$PERIOD_TO" '{supplier: $s, from: $f, to: $t}') ;;
    c/*|d/*) vars=$(jq -nc --arg a "$ACTOR" '{actor: $a}') ;;
  esac
  jq -nc --rawfile query "$BENCH_DIR/queries/$q.$server.graphql" --argjson variables "$vars" \
    '{query: $query, variables: $variables}'
}

# One wrk run: prints "rps p50 p99 bad cpu rss_peak" for query $1 on server $2.
load() {
  local q="$1" server="$2" seconds="$3" pid port ticks0 ticks1 peak=0 sampler
  pid=$(pid_of "$server") port=$(port_of "$server")
  db_idle "$DB"
  ticks0=$(cpu_ticks "$pid")
  ( while kill -0 "$pid" 2>/dev/null; do rss_mib "$pid"; sleep 1; done ) >"$work/rss" &
  sampler=$!
  BODY_FILE="$work/$q.$server.json" wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 10s --latency \
    -s "$BENCH_DIR/post.lua" "http://127.0.0.1:$port/graphql" >"$work/wrk.out" 2>&1 || true
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

mean() { awk '{ s += $1; n++ } END { printf "%.2f", s / n }'; }

maxof() { sort -n | tail -1; }

# The query parameters for database $1: North Korea's shipments in 2024 for (b); for (c) and (d)
# the actor whose number of shipments is nearest 60 among those with a deployment too, so that
# the answer has about the same size at every scale.
bench_parameters() {
  local db="$1"
  SUPPLIER=north-korea PERIOD=2024 PERIOD_FROM=2024-01-01 PERIOD_TO=2024-12-31
  ACTOR=$(psql_db "$db" -Atc "
    select a.slug from rudprk.actors a
    join lateral (select count(*) filter (where r.kind = 'SHIPMENT') as s, count(*) filter (where r.kind = 'DEPLOYMENT') as d
                  from (select distinct ra.record_id from rudprk.record_actors ra where ra.actor_id = a.id) x
                  join rudprk.records r on r.id = x.record_id) n on true
    where a.id > 32 order by n.d = 0, abs(n.s - 60), a.id limit 1")
}

# What each server answers to query $1, reduced to what must be equal: the slugs in order,
# and for the aggregate the groups' counts and value sums.
canonical() {
  local q="$1" server="$2"
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
