# Sourced by the check scripts (http/, clients/, e2e/). Unless QUARKUS_DATASOURCE_JDBC_URL names
# a database, the script gets one of its own on the local PostgreSQL (PGHOST/PGPORT, default
# 127.0.0.1:5432, user postgres): created here, migrated and loaded by the service at start
# (default mode), dropped by drop_own_database when the script ends. `./mvnw verify` drops its
# own database when it ends, so the checks no longer rely on what it left behind.
OWN_DB=""
own_database() {
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    return 0
  fi
  local host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}"
  OWN_DB="rudprk_check_$(date +%Y%m%d%H%M%S)_$$"
  psql -h "$host" -p "$port" -U "${PGUSER:-postgres}" -d postgres -qAtc "create database $OWN_DB" >/dev/null \
    || { echo "could not create database $OWN_DB on $host:$port; set QUARKUS_DATASOURCE_JDBC_URL" >&2; OWN_DB=""; return 1; }
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$host:$port/$OWN_DB?connectTimeout=3"
  echo "using database $OWN_DB of its own (dropped at the end)"
}
drop_own_database() {
  if [ -n "$OWN_DB" ]; then
    psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d postgres -qAtc \
      "drop database if exists $OWN_DB with (force)" >/dev/null 2>&1 || true
    OWN_DB=""
  fi
}

# Builds the jar when it is missing, then starts the packaged service on a loopback port (the
# caller's $port) with the database above, logging to $1, and waits until it is ready. Sets $app
# to its PID; the EXIT trap stops it and drops the database. Needs $root (the repository).
start_service() {
  local log="$1"
  if [ ! -f "$root/target/quarkus-app/quarkus-run.jar" ]; then
    (cd "$root" && ./mvnw -B -q package -DskipTests)
  fi
  own_database
  trap drop_own_database EXIT
  java -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -jar "$root/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  app=$!
  trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; drop_own_database' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the service did not start; see $log"; tail -20 "$log"; exit 1; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "the service is not ready; see $log"; exit 1; }
}
