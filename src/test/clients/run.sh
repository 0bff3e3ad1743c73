#!/usr/bin/env bash
# Starts the packaged service on a loopback port and runs real GraphQL clients against it
# (graphql-js, relay-compiler + relay-runtime, Apollo Client, urql, GraphQL Code Generator + tsc),
# installed from package-lock.json. Ends with `N passed, N failed` (non-zero exit on a failure).
# The service reads the database given by QUARKUS_DATASOURCE_JDBC_URL (default: a database of its own,
# created and dropped here, see ../own-database.sh); RUDPRK_CHECK_PORT picks the port (default: a free one).
# Builds the jar first when it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
port="${RUDPRK_CHECK_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

if [ ! -f "$root/target/quarkus-app/quarkus-run.jar" ]; then
  (cd "$root" && ./mvnw -B -q package -DskipTests)
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

. "$here/../own-database.sh"
own_database
trap drop_own_database EXIT

log="$root/target/client-checks-app.log"
java -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -jar "$root/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; drop_own_database' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the service did not start; see $log"; tail -20 "$log"; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "the service is not ready; see $log"; exit 1; }

cd "$here"
node run.mjs "http://127.0.0.1:$port/graphql"
