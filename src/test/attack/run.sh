#!/usr/bin/env bash
# The attack suite: hostile requests against the packaged service with the shared JVM settings (224 MiB heap), on a
# database generated at 100,000 shipments (src/bench/generate.sh), on 127.0.0.1 only, bounded
# in time and count. Ends with "N passed, N failed"; non-zero exit on any failure.
#
#   src/test/attack/run.sh [--scale 100000] [--db rudprk_attack_100k]
#
# The database is generated once and kept (the generator refuses any database holding data it
# did not write); later runs reuse it when it holds the same scale.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../../bench/lib.sh"

scale=100000 db=""
while (($#)); do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    *) die "unknown argument $1" ;;
  esac
done
db="${db:-rudprk_attack_$((scale / 1000))k}"

ensure_jar
have=$(psql_db postgres -Atc "select 1 from pg_database where datname = '$db'" || true)
shipments=""
if [[ "$have" == 1 ]]; then
  shipments=$(psql_db "$db" -Atc "select count(*) from rudprk.shipments" 2>/dev/null || true)
fi
if [[ "$shipments" != "$scale" ]]; then
  log "generating $db at $scale shipments"
  "$here/../../bench/generate.sh" --scale "$scale" --db "$db"
else
  log "reusing $db ($shipments shipments)"
fi

port="${ATTACK_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
logfile="$ROOT_DIR/target/attack-app.log"
mkdir -p "$ROOT_DIR/target"
# The benchmark's JVM: src/main/jvm/jvm.options (a 224 MiB heap, serial GC) and 8 worker threads (lib.sh's JAVA_OPTS); the
# response cache off, so every request executes. As many exports at once as worker threads (8):
# if exports held worker threads, a flood of slow ones would leave /graphql none.
exports=8
# (lib.sh has set JAVA_OPTS to the benchmark's settings already, or kept the caller's.)
export JAVA_OPTS="$JAVA_OPTS -Drudprk.exports.max-concurrent=$exports -XX:+ExitOnOutOfMemoryError"
pid=$(start_api "$db" "$port" "$logfile")
trap 'stop_pid "$pid"' EXIT
wait_http "$pid" "$port" "$logfile" 180
log "service up on $port (pid $pid, log $logfile)"

# The actor with the most records: the one a nested list hurts most.
busy=$(psql_db "$db" -Atc "select a.slug from rudprk.record_actors ra join rudprk.actors a on a.id = ra.actor_id
  group by a.slug order by count(*) desc limit 1")
status=0
node "$here/attack.mjs" "http://127.0.0.1:$port" "$pid" "$busy" "$exports" || status=$?
if grep -q "OutOfMemoryError" "$logfile"; then
  echo "FAIL an OutOfMemoryError is in the service's log"
  status=1
fi
if ! kill -0 "$pid" 2>/dev/null; then
  echo "FAIL the service is no longer running"
  status=1
fi
exit "$status"
