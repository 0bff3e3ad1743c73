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

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

. "$here/../own-database.sh"
start_service "$root/target/client-checks-app.log"

cd "$here"
node run.mjs "http://127.0.0.1:$port/graphql"
