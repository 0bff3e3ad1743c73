#!/usr/bin/env bash
# Fills a database of its own with synthetic records at a chosen scale, for benchmarks.
#
#   src/bench/generate.sh --scale 1000000 [--db rudprk_bench_1m] [--seed 1]
#
# --scale is the number of shipments and, as many, of events; deployments, statements,
# agreements, sources, actors, places, citations and estimates follow in proportion (see
# generate.sql). The database is created if missing; its schema comes from the API's own
# Flyway migrations (the packaged app is started once against it with an empty seed set),
# so it is exactly the schema the API runs on. The curated corpus is never loaded there, and
# a database holding anything but generated data is refused.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

scale="" db="" seed=1
parse_flags "scale db seed" 2,11p "$@"
[[ "$scale" =~ ^[0-9]+$ && "$scale" -ge 1000 ]] || die "--scale must be a whole number of at least 1000"
[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed must be a whole number"
if [[ -z "$db" ]]; then
  if ((scale % 1000000 == 0)); then db="rudprk_bench_$((scale / 1000000))m"
  elif ((scale % 1000 == 0)); then db="rudprk_bench_$((scale / 1000))k"
  else db="rudprk_bench_$scale"; fi
fi
[[ "$db" =~ ^[a-z0-9_]+$ ]] || die "--db must be lower-case letters, digits and underscores"
case "$db" in postgres|template0|template1|test) die "refusing to write synthetic data into '$db'" ;; esac

started=$SECONDS
log "database $db: $scale shipments and $scale events (seed $seed)"

if ! psql_db postgres -Atc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  log "creating database $db"
  createdb "$db"
fi

# Refuse a database that holds records this generator did not write.
has_records=f
if [[ $(psql_db "$db" -Atc "select to_regclass('rudprk.records') is not null") == t ]]; then
  has_records=$(psql_db "$db" -Atc "select exists (select 1 from rudprk.records)")
fi
generated=$(psql_db "$db" -Atc "select to_regclass('bench.generation') is not null")
if [[ "$has_records" == t && "$generated" != t ]]; then
  die "$db holds records that generate.sh did not write; use another --db"
fi

ensure_jar
log "applying the schema: starting the API once against $db (Flyway migrations, empty seed set)"
logfile=$(mktemp /tmp/rudprk-generate-XXXX.log)
pid=$(start_api "$db" 0 "$logfile")
trap 'stop_pid "$pid"' EXIT
for _ in $(seq 1 600); do
  grep -q "Installed features" "$logfile" && break
  kill -0 "$pid" 2>/dev/null || { tail -40 "$logfile" >&2; die "the API did not start (log: $logfile)"; }
  sleep 0.2
done
grep -q "Installed features" "$logfile" || die "the API did not start within 120 s (log: $logfile)"
stop_pid "$pid"
trap - EXIT
grep -E "Migrating schema|Successfully applied|is up to date" "$logfile" | sed 's/^.*\] (main) /    /' >&2 || true
rm -f "$logfile"

log "generating (one transaction; indexes and constraints are rebuilt at the end)"
psql -X -d "$db" -v scale="$scale" -v seed="$seed" -f "$BENCH_DIR/generate.sql" 2>&1 \
  | grep --line-buffered -v -E '^(SET|BEGIN|COMMIT|CREATE FUNCTION|CREATE TABLE|ALTER TABLE|DO|TRUNCATE|TRUNCATE TABLE|CREATE SCHEMA|SELECT [0-9]+|Timing is on\.)$' \
  | awk '/^Time: / { if ($2 + 0 >= 500) { print "   " $0; fflush() } next } { print; fflush() }' >&2

log "vacuum analyze (visibility map and planner statistics)"
psql_db "$db" -c "set search_path = rudprk" -c "vacuum (analyze)"

psql_db "$db" -c "set search_path = rudprk" -c "
select (select count(*) from records) as records, (select count(*) from shipments) as shipments,
       (select count(*) from events) as events, (select count(*) from citations) as citations,
       (select count(*) from estimates) as estimates, (select count(*) from record_actors) as involvements,
       (select count(*) from actors) as actors, (select count(*) from sources) as sources,
       pg_size_pretty(pg_database_size(current_database())) as size" >&2
log "done in $((SECONDS - started)) s"
