#!/usr/bin/env bash
# Start-up to the first answer, side by side, alternating: the packaged API on the JDK the project
# runs on (java on PATH, 17) and, when --java25 points at a JDK 25, on it without and with an
# ahead-of-time cache (JEP 483/514/515: classes loaded and linked, and method profiles, from a
# training run). The training run starts the API once with -XX:AOTCacheOutput, sends each benchmark
# query 50 times, and stops it; the cache is written at exit. Prints ms to the first answer and the
# CPU the process had used by then, per run, and the median per variant. --appcds yes adds the
# project's JDK with an AppCDS archive (classes loaded and verified once, -XX:ArchiveClassesAtExit)
# written by the same kind of training run.
#
#   src/bench/startup.sh --db rudprk_bench_1m [--runs 5] [--appcds yes]
#                        [--java25 /usr/lib/jvm/temurin-25-jdk-amd64]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

db="" runs=5 java25="" appcds=no
parse_flags "db runs java25 appcds" 2,12p "$@"
[[ "$appcds" == yes || "$appcds" == no ]] || die "--appcds takes yes or no"
[[ -n "$db" ]] || die "give --db (made by generate.sh)"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs is a whole number of at least 1"
[[ -z "$java25" || -x "$java25/bin/java" ]] || die "--java25: no $java25/bin/java"
ensure_jar
bench_parameters "$db"
work=$(mktemp -d /tmp/rudprk-startup-XXXX)
API_PORT="${API_PORT:-8094}"
base_opts="$JAVA_OPTS"

# One start: prints "ms cpu_ms" (wall time to the first answer, and the process's CPU by then).
start_once() {
  local javabin="$1" extra="$2" t0 pid ms
  t0=$(date +%s%N)
  pid=$(PATH="$(dirname "$javabin"):$PATH" JAVA_OPTS="$base_opts $extra" start_api "$db" "$API_PORT" "$work/api.log")
  wait_http "$pid" "$API_PORT" "$work/api.log" 300
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "$ms $(( $(cpu_ticks "$pid") * 1000 / $(getconf CLK_TCK) ))"
  stop_pid "$pid"
}

# A training run: starts the API with these options, sends each benchmark query 50 times and stops
# it; the JVM writes $3 (an AppCDS archive or an AOT cache) as it exits.
train() {
  local javabin="$1" opts="$2" out="$3" pid
  pid=$(PATH="$(dirname "$javabin"):$PATH" JAVA_OPTS="$base_opts $opts" start_api "$db" "$API_PORT" "$work/train.log")
  wait_http "$pid" "$API_PORT" "$work/train.log" 300
  for q in a b c d; do
    body "$q" rudprk >"$work/body.json"
    for _ in $(seq 50); do
      curl -sf -o /dev/null -H 'Content-Type: application/json' -d @"$work/body.json" "http://127.0.0.1:$API_PORT/graphql" \
        || die "training query ($q) failed"
    done
  done
  stop_pid "$pid"
  for _ in $(seq 300); do [[ -s "$out" ]] && ! kill -0 "$pid" 2>/dev/null && break; sleep 0.2; done
  [[ -s "$out" ]] || { tail -20 "$work/train.log" >&2; die "no $out written"; }
  log "$(basename "$out"): $(du -m "$out" | cut -f1) MiB"
}

variants=("17|$(command -v java)|")
if [[ "$appcds" == yes ]]; then
  log "training run on the project's JDK (the AppCDS archive is written when the API stops)"
  train "$(command -v java)" "-XX:ArchiveClassesAtExit=$work/app.jsa" "$work/app.jsa"
  variants+=("17 + AppCDS|$(command -v java)|-XX:SharedArchiveFile=$work/app.jsa")
fi
if [[ -n "$java25" ]]; then
  log "training run on JDK 25 (the cache is written when the API stops)"
  train "$java25/bin/java" "-XX:AOTCacheOutput=$work/app.aot" "$work/app.aot"
  variants+=("25|$java25/bin/java|" "25 + AOT cache|$java25/bin/java|-XX:AOTCache=$work/app.aot")
fi

log "$runs starts per variant on $db, alternating"
for ((i = 1; i <= runs; i++)); do
  for v in "${variants[@]}"; do
    IFS='|' read -r name javabin extra <<<"$v"
    # Not read from a process substitution: read would go on as soon as the line is printed,
    # while start_once still stops that API, and the next start would find its port taken.
    start_once "$javabin" "$extra" >"$work/one"
    read -r ms cpu <"$work/one"
    echo "$name|$ms|$cpu" >>"$work/results"
    log "run $i, JDK $name: first answer after $ms ms, $cpu ms of CPU"
  done
done
echo "| JVM | median ms to first answer | median CPU ms by then | all runs (ms) |"
echo "| --- | ---: | ---: | --- |"
for v in "${variants[@]}"; do
  name="${v%%|*}"
  awk -F'|' -v n="$name" '$1 == n { ms[++k] = $2; cpu[k] = $3 }
    END { asort(ms, s); asort(cpu, c); m = int((k + 1) / 2); all = ""
          for (i = 1; i <= k; i++) all = all (i > 1 ? ", " : "") ms[i]
          printf "| JDK %s | %d | %d | %s |\n", n, s[m], c[m], all }' "$work/results"
done
