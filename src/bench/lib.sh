# Shared by generate.sh and run.sh: paths, PostgreSQL access, starting and stopping the API.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
JAR="$ROOT_DIR/target/quarkus-app/quarkus-run.jar"
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
