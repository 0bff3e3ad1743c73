#!/usr/bin/env bash
# Shows that an export streams in constant memory: a million records exported through a JVM
# whose heap is capped at 64 MB. Not part of the test suite (it takes about ten minutes).
#
#   src/test/export-memory/run.sh            # database test_export_million, port 8097
#   DB=my_db PORT=8099 KEEP=1 src/test/export-memory/run.sh
#
# Creates the database (it must not exist), starts the packaged jar on it with -Xmx64m (Flyway
# loads the curated seeds), copies the records up to about a million (fill-million.sql), exports
# /export/records.csv while sampling the JVM's heap with jstat, checks the row count, then stops
# the service and drops the database (unless KEEP=1).
set -euo pipefail
cd "$(dirname "$0")/../../.."
DB=${DB:-test_export_million}
PORT=${PORT:-8097}
OUT=target/export-memory
JAR=target/quarkus-app/quarkus-run.jar
mkdir -p "$OUT"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qc "create database $DB"
java -Xmx64m -XX:+UseSerialGC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=rudprk" \
  -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do grep -q "Listening on" "$OUT/app.log" && break; sleep 1; done
grep -q "Listening on" "$OUT/app.log" || { tail -30 "$OUT/app.log"; exit 1; }

echo "filling $DB with about a million records (a few minutes)"
psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -q -f src/test/export-memory/fill-million.sql

(while kill -0 "$APP" 2>/dev/null; do jstat -gc "$APP" | tail -1 | awk '{print $3+$4+$6+$8}'; sleep 1; done) >"$OUT/heap-kb.txt" &
SAMPLER=$!
STATUS=$(curl -s -o "$OUT/records.csv" -w '%{http_code} (%{size_download} bytes in %{time_total} s)' \
  "http://127.0.0.1:$PORT/export/records.csv")
echo "HTTP $STATUS"
case "$STATUS" in 200*) ;; *) echo "the export failed; see $OUT/app.log"; exit 1 ;; esac
kill "$SAMPLER" 2>/dev/null || true
python3 -c "
import csv, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    rows = csv.reader(f); header = next(rows); n = sum(1 for r in rows if len(r) == len(header))
print('rows exported:', n)" "$OUT/records.csv"
psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select 'records in the database: ' || count(*) from rudprk.records"
sort -n "$OUT/heap-kb.txt" | tail -1 | awk '{printf "largest heap in use while exporting: %.1f MB (heap capped at 64 MB)\n", $1/1024}'
rm -f "$OUT/records.csv"
