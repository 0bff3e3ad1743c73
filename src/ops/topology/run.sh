#!/usr/bin/env bash
# The scaled-out topology on one machine, on 127.0.0.1 only (src/main/docs/scaling-out.md):
#
#   client -> Varnish :8220 -> HAProxy :8210 -> API :8201, API :8202 (rudprk.mode=serve)
#                                                   |  read-only, hot standby :5441
#   loading job (rudprk.mode=load) -> primary :5440 ==streaming replication==> standby
#
#   src/ops/topology/run.sh            start everything, run the test, tear everything down
#   src/ops/topology/run.sh up         start and leave running (prints the addresses)
#   src/ops/topology/run.sh down       stop everything and delete the clusters
#   src/ops/topology/run.sh load DIR   run the loading job against the primary with seeds from DIR
#
# PostgreSQL: two new clusters of the installed PostgreSQL (initdb, pg_basebackup) under
# $TOPO_DIR (default /tmp/rudprk-topology); the main cluster on 5432 is not touched. HAProxy and
# Varnish come from Debian and are installed (apt-get install --no-upgrade) only when missing.
# The packaged jar is built when missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=$ROOT/src/ops/topology

TOPO_DIR=${TOPO_DIR:-/tmp/rudprk-topology}
PG_PRIMARY=${TOPO_PG_PRIMARY:-5440}
PG_STANDBY=${TOPO_PG_STANDBY:-5441}
API1=${TOPO_API1:-8201}
API2=${TOPO_API2:-8202}
HAPROXY=${TOPO_HAPROXY:-8210}
HAPROXY_STATS=${TOPO_HAPROXY_STATS:-8211}
VARNISH=${TOPO_VARNISH:-8220}
VARNISH_ADMIN=${TOPO_VARNISH_ADMIN:-8221}
# How long the API lets caches keep an answer (seconds); short here so the test can watch
# Varnish revalidate. In production the API's default applies.
MAX_AGE=${TOPO_MAX_AGE:-5}
# Replication lag past which an instance's readiness fails (short, so the test can show it).
MAX_LAG=${TOPO_MAX_LAG:-3s}
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
JAVA_OPTS=${TOPO_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}

say() { printf '[topology] %s\n' "$*"; }

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_missing() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v varnishd >/dev/null || missing+=(varnish)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing from Debian: ${missing[*]} (apt-get install --no-upgrade)"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install --no-upgrade -y "${missing[@]}" >"$TOPO_DIR/apt.log" 2>&1; then
      say "apt-get install failed; running apt-get update once and trying again"
      apt-get update >>"$TOPO_DIR/apt.log" 2>&1 || true
      DEBIAN_FRONTEND=noninteractive apt-get install --no-upgrade -y "${missing[@]}" >>"$TOPO_DIR/apt.log" 2>&1 || {
        tail -5 "$TOPO_DIR/apt.log"; say "apt-get install failed"; exit 1; }
    fi
  fi
  [ -x "$PGBIN/initdb" ] || { say "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin"; exit 1; }
}

build_jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find src/main db seeds pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    say "building the jar (./mvnw package -DskipTests)"
    ./mvnw -B -q package -DskipTests
  fi
}

api_env() { # $1: port of the PostgreSQL server
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$1/rudprk?currentSchema=rudprk&connectTimeout=3"
}

wait_for() { # $1 description, $2 seconds, rest: command
  local what=$1 limit=$2; shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if [ $((SECONDS - start)) -ge "$limit" ]; then say "timed out after ${limit}s waiting for $what"; return 1; fi
    sleep 0.2
  done
}

start_postgres() {
  mkdir -p "$TOPO_DIR/sock" "$TOPO_DIR/primary" "$TOPO_DIR/standby"
  chmod 755 "$TOPO_DIR"
  chmod 700 "$TOPO_DIR/primary" "$TOPO_DIR/standby"
  # PostgreSQL runs as postgres (it refuses root): its data, sockets and logs belong to it.
  if [ "$(id -u)" = 0 ]; then chown postgres "$TOPO_DIR" "$TOPO_DIR/sock" "$TOPO_DIR/primary" "$TOPO_DIR/standby"; fi
  say "primary: initdb, port $PG_PRIMARY"
  as_pg "$PGBIN/initdb" -D "$TOPO_DIR/primary" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$TOPO_DIR/initdb.log"
  cat >>"$TOPO_DIR/primary/postgresql.conf" <<CONF
port = $PG_PRIMARY
listen_addresses = '127.0.0.1'
unix_socket_directories = '$TOPO_DIR/sock'
wal_level = replica
max_wal_senders = 5
shared_buffers = 32MB
hot_standby = on
hot_standby_feedback = on
CONF
  as_pg "$PGBIN/pg_ctl" -D "$TOPO_DIR/primary" -l "$TOPO_DIR/primary.log" -w -t 30 start >/dev/null
  as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PRIMARY" -U postgres -qc "create database rudprk" postgres
  say "standby: pg_basebackup from the primary, port $PG_STANDBY (streaming, hot standby)"
  as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY" -U postgres -D "$TOPO_DIR/standby" -R -X stream -c fast
  echo "port = $PG_STANDBY" | as_pg tee -a "$TOPO_DIR/standby/postgresql.conf" >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$TOPO_DIR/standby" -l "$TOPO_DIR/standby.log" -w -t 30 start >/dev/null
}

load() { # $1: seeds location (classpath:seeds or filesystem:/dir)
  say "loading job against the primary (seeds: $1)"
  env "$(api_env "$PG_PRIMARY")" QUARKUS_FLYWAY_USERNAME=postgres RUDPRK_SEEDS_LOCATION="$1" \
    java $JAVA_OPTS -jar "$JAR" load >"$TOPO_DIR/load.log" 2>&1 || { tail -3 "$TOPO_DIR/load.log"; return 1; }
  grep '^rudprk load' "$TOPO_DIR/load.log"
}

start_api() { # $1: port
  env "$(api_env "$PG_STANDBY")" RUDPRK_MODE=serve QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$1" \
    RUDPRK_HTTP_MAX_AGE="$MAX_AGE" RUDPRK_REPLICA_MAX_LAG="$MAX_LAG" \
    setsid java $JAVA_OPTS -jar "$JAR" >"$TOPO_DIR/api-$1.log" 2>&1 </dev/null &
  echo $! >"$TOPO_DIR/api-$1.pid"
  disown
}

ready() { curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

start_apis() {
  say "two API instances (rudprk.mode=serve) on $API1 and $API2, reading the standby"
  start_api "$API1"
  start_api "$API2"
  wait_for "API on $API1" 90 ready "$API1"
  wait_for "API on $API2" 90 ready "$API2"
}

start_haproxy() {
  say "HAProxy on $HAPROXY (stats on $HAPROXY_STATS), health checks on /q/health/ready"
  sed -e "s/@HAPROXY@/$HAPROXY/; s/@STATS@/$HAPROXY_STATS/; s/@API1@/$API1/; s/@API2@/$API2/" \
    "$HERE/haproxy.cfg" >"$TOPO_DIR/haproxy.cfg"
  haproxy -q -f "$TOPO_DIR/haproxy.cfg" -D -p "$TOPO_DIR/haproxy.pid"
  wait_for "HAProxy" 20 curl -sf -o /dev/null "http://127.0.0.1:$HAPROXY/q/health/ready"
}

start_varnish() {
  say "Varnish on $VARNISH (admin $VARNISH_ADMIN), in front of HAProxy"
  sed -e "s/@HAPROXY@/$HAPROXY/" "$HERE/default.vcl" >"$TOPO_DIR/default.vcl"
  chmod 644 "$TOPO_DIR/default.vcl"
  varnishd -a "127.0.0.1:$VARNISH" -T "127.0.0.1:$VARNISH_ADMIN" -n "$TOPO_DIR/varnish" \
    -f "$TOPO_DIR/default.vcl" -s malloc,64m -P "$TOPO_DIR/varnish.pid" >"$TOPO_DIR/varnish.log" 2>&1
  wait_for "Varnish" 20 curl -sf -o /dev/null "http://127.0.0.1:$VARNISH/q/health/ready"
}

stop_pidfile() { # $1: pid file; kills that process only
  if [ -f "$1" ]; then
    local pid; pid=$(cat "$1")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
  fi
}

down() {
  [ -d "$TOPO_DIR" ] || return 0
  say "tearing down (Varnish, HAProxy, APIs, PostgreSQL clusters, $TOPO_DIR)"
  stop_pidfile "$TOPO_DIR/varnish.pid"
  stop_pidfile "$TOPO_DIR/haproxy.pid"
  for f in "$TOPO_DIR"/api-*.pid; do [ -e "$f" ] && stop_pidfile "$f"; done
  for c in standby primary; do
    if [ -f "$TOPO_DIR/$c/postmaster.pid" ]; then
      as_pg "$PGBIN/pg_ctl" -D "$TOPO_DIR/$c" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$TOPO_DIR"
}

up() {
  if [ -d "$TOPO_DIR" ]; then
    say "$TOPO_DIR exists: a topology may be running; run '$0 down' first"; exit 1
  fi
  for p in "$PG_PRIMARY" "$PG_STANDBY" "$API1" "$API2" "$HAPROXY" "$HAPROXY_STATS" "$VARNISH" "$VARNISH_ADMIN"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then say "port $p is in use"; exit 1; fi
  done
  mkdir -p "$TOPO_DIR"
  install_missing
  build_jar
  start_postgres
  load classpath:seeds
  start_apis
  start_haproxy
  start_varnish
  say "up: Varnish http://127.0.0.1:$VARNISH/  HAProxy http://127.0.0.1:$HAPROXY/ (stats :$HAPROXY_STATS)"
}

export TOPO_DIR PG_PRIMARY PG_STANDBY API1 API2 HAPROXY HAPROXY_STATS VARNISH MAX_AGE MAX_LAG PGBIN

case "${1:-test}" in
  up) up ;;
  down) down ;;
  load) load "filesystem:$(cd "$2" && pwd)" ;;
  start-api) start_api "$2"; wait_for "API on $2" 90 ready "$2" ;;
  test)
    trap down EXIT
    trap 'exit 130' INT TERM
    started=$SECONDS
    up
    say "topology up in $((SECONDS - started)) s; running the test"
    node "$HERE/test.mjs" "$0"
    ;;
  *) echo "usage: $0 [test|up|down|load DIR]" >&2; exit 2 ;;
esac
