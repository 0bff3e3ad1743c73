#!/usr/bin/env bash
# Starts the packaged service on a loopback port and runs an HTTP check against it:
#   src/test/http/run.sh audit              graphql-http conformance audits (all must pass)
#   src/test/http/run.sh soak [minutes]     steady concurrent load, default 1 minute
# The service reads the database given by QUARKUS_DATASOURCE_* (default: a database of its own,
# created and dropped here, see ../own-database.sh). Builds the jar first when it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
check="${1:-audit}"
# A free loopback port unless one is given.
port="${RUDPRK_CHECK_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

. "$here/../own-database.sh"
start_service "$root/target/http-check-$check.log"

case "$check" in
  audit) node "$here/audit.mjs" "http://127.0.0.1:$port/graphql" ;;
  soak) node "$here/soak.mjs" --url="http://127.0.0.1:$port/graphql" --minutes="${2:-1}" --pid="$app" ;;
  *) echo "usage: $0 audit | soak [minutes]"; exit 2 ;;
esac
