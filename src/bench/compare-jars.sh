#!/usr/bin/env bash
# Side-by-side benchmark of two builds of this API on the same database: the jar before a change
# and the jar after it, the same queries (src/bench/queries/*.rudprk.graphql) and load tool as
# run.sh, in alternating rounds, so a refactoring's cost is measured in one run.
#
#   src/bench/compare-jars.sh --db rudprk_bench_1m --before /path/to/old/quarkus-run.jar
#                             [--after target/quarkus-app/quarkus-run.jar] [--duration 10]
#                             [--rounds 3] [--warmup 10] [--round-warmup 2] [--connections 16]
#                             [--only a,b,c,d] [--out FILE] [--wait-quiet 120]
#                             [--after-opts "-Dsome.setting=value"]
#
# Both servers run at once (ports API_PORT and API_PORT+1) with the benchmark's JAVA_OPTS and
# the response cache off; only one is under load at a time. Both must give the same answer to
# every query first. Prints requests/s, p50, p99 and CPU per query for each, and after÷before.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

before="" after="$JAR" duration=10 rounds=3 warmup=10 round_warmup=2 connections=16 only=a,b,c,d out=""
wait_quiet=120 db="" after_opts=""
parse_flags "db before after duration rounds warmup round_warmup connections only out wait_quiet after_opts" 2,14p "$@"
[[ -n "$db" ]] || die "give --db (a database made by generate.sh)"
[[ -f "$before" ]] || die "--before: no jar at '$before'"
[[ -f "$after" ]] || die "--after: no jar at '$after' (build it with ./mvnw package -DskipTests)"
[[ $(psql_db "$db" -Atc "select to_regclass('bench.generation') is not null") == t ]] \
  || die "$db was not made by generate.sh"

work=$(mktemp -d /tmp/rudprk-compare-XXXX)
declare -A pids=() ports=([before]="$API_PORT" [after]="$((API_PORT + 1))") jars=([before]="$before" [after]="$after")
cleanup() { for s in "${!pids[@]}"; do stop_pid "${pids[$s]}"; done; return 0; }
trap cleanup EXIT
port_of() { echo "${ports[$1]}"; }
pid_of() { echo "${pids[$1]}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
report() { printf '%s\n' "$*"; [[ -z "$out" ]] || printf '%s\n' "$*" >>"$out"; }
[[ -z "$out" ]] || : >"$out"

DB="$db"
bench_parameters "$db"
log "parameters: (b) supplier $SUPPLIER, period $PERIOD; (c), (d) actor $ACTOR"
# One request body per query, the same for both builds (load() reads $work/$q.$server.json).
for q in ${only//,/ }; do
  body "$q" rudprk >"$work/$q.before.json"
  cp "$work/$q.before.json" "$work/$q.after.json"
done

quiet "$wait_quiet"
declare -A startup=()
for s in before after; do
  t0=$(date +%s%N)
  opts="$JAVA_OPTS"
  [[ "$s" == after && -n "$after_opts" ]] && opts="$JAVA_OPTS $after_opts"
  pids[$s]=$(JAR="${jars[$s]}" JAVA_OPTS="$opts" start_api "$db" "${ports[$s]}" "$work/$s.log")
  wait_http "${pids[$s]}" "${ports[$s]}" "$work/$s.log" 300
  startup[$s]=$(( ($(date +%s%N) - t0) / 1000000 ))
  log "$s (${jars[$s]}): first answer after ${startup[$s]} ms"
done

for q in ${only//,/ }; do
  for s in before after; do
    curl -sf -H 'Content-Type: application/json' --data-binary "@$work/$q.before.json" \
      "http://127.0.0.1:${ports[$s]}/graphql" >"$work/$q.$s.answer" || die "($q) $s: request failed"
    ! jq -e '.errors' "$work/$q.$s.answer" >/dev/null || { jq -c .errors "$work/$q.$s.answer" >&2; die "($q) $s answered with errors"; }
    canonical "$q" rudprk <"$work/$q.$s.answer" >"$work/$q.$s.canon"
  done
  cmp -s "$work/$q.before.canon" "$work/$q.after.canon" || die "($q) the two builds' answers differ (see $work)"
  log "($q) same answer from both: $(jq length "$work/$q.before.canon") items"
done

log "warming up both (${warmup}s per query and build)"
for q in ${only//,/ }; do for s in before after; do load "$q" "$s" "$warmup" >/dev/null; done; done

quiet "$wait_quiet"
load_start=$(loadavg)
: >"$work/results"
alternate_rounds "before after" "${only//,/ }" load "$work/results"

report "## Before/after $(date -u +%Y-%m-%dT%H:%MZ) on $db: $(nproc) cores; JAVA_OPTS $JAVA_OPTS"
report ""
report "before: $before; after: $after${after_opts:+ with $after_opts}. wrk -t 2 -c $connections, $rounds × ${duration}s per query and build, alternating; load average $load_start at the start, $(loadavg) at the end."
report ""
report "| query | before req/s | before p50 / p99 ms | before cpu | before peak RSS MiB | after req/s | after p50 / p99 ms | after cpu | after peak RSS MiB | req/s after÷before | p99 after÷before | failed |"
report "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for q in ${only//,/ }; do
  col() { awk -v q="$q" -v s="$1" -v c="$2" '$1 == q && $2 == s { print $c }' "$work/results" | mean; }
  br=$(col before 3) b50=$(col before 4) b99=$(col before 5) bc=$(col before 7) bm=$(col before 8)
  ar=$(col after 3) a50=$(col after 4) a99=$(col after 5) ac=$(col after 7) am=$(col after 8)
  bad=$(awk -v q="$q" '$1 == q { s += $6 } END { print s + 0 }' "$work/results")
  report "| ($q) | $br | $b50 / $b99 | $bc | $bm | $ar | $a50 / $a99 | $ac | $am | $(ratio "$ar" "$br") | $(ratio "$a99" "$b99") | $bad |"
done
report ""
report "startup to first answer: before ${startup[before]} ms, after ${startup[after]} ms (started one after the other)"
log "raw numbers in $work"
