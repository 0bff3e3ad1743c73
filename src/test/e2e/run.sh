#!/usr/bin/env bash
# End-to-end tests of the packaged service: /explore and /ide in headless Chromium (playwright-core)
# and a graphql-js check of every example query, against the real API and database.
#
#   src/test/e2e/run.sh
#
# Installs Chromium with apt when /usr/bin/chromium is missing (only it and its dependencies, no
# recommended packages: on Debian 12, 25 packages, 124 MB to download, 414 MB on disk; it says what it
# is about to install, and stops instead if apt would upgrade or remove any installed package; set
# CHROMIUM=/path/to/chromium to use another browser), runs `npm ci` here, builds the jar
# when it is missing or older than the sources, starts it on a free port (E2E_PORT, default 8095)
# with the datasource of QUARKUS_DATASOURCE_* (default: a database of its own, created and dropped
# here, see src/test/own-database.sh), waits for it, runs
# the tests and always stops the service. Ends with the line "N passed, N failed"; exits non-zero
# on any failure. Screenshots go to target/explore.png, target/explore-kim-2024.png,
# target/explore-map.png, target/explore-unknown-actor.png and target/ide.png.
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1

E2E=src/test/e2e
JAR=target/quarkus-app/quarkus-run.jar
LOG=target/e2e-app.log
PORT=${E2E_PORT:-8095}

fail() {
  echo "e2e: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# 1. A browser: Debian's chromium (Playwright's own downloads are not used).
if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # Only chromium and what it strictly depends on: no recommended packages (with them apt would
  # add about 90 more and upgrade installed ones, systemd among them). --no-upgrade alone only
  # covers the packages named here, so the plan is simulated first and refused if it would
  # upgrade or remove anything already installed.
  APT_OPTS="-y -q --no-install-recommends --no-upgrade"
  $SUDO apt-get update -q >/dev/null || fail "apt-get update failed"
  PLAN=$(LC_ALL=C apt-get install -s $APT_OPTS chromium 2>&1) || fail "apt cannot install chromium: $PLAN"
  NEW=$(echo "$PLAN" | awk '/^Inst / && $3 !~ /^\[/ {print $2}' | tr '\n' ' ')
  CHANGED=$(echo "$PLAN" | awk '(/^Inst / && $3 ~ /^\[/) || /^Remv / {print $2}' | tr '\n' ' ')
  [ -z "$CHANGED" ] || fail "installing chromium would upgrade or remove installed packages ($CHANGED); install it by hand, or set CHROMIUM to a browser"
  SIZE=$(LC_ALL=C apt-get install --assume-no --no-install-recommends --no-upgrade chromium 2>/dev/null \
    | sed -n 's/^Need to get \(.*\) of archives\./\1 to download/p; s/^After this operation, \(.*\) of additional disk space will be used\./\1 on disk/p' | paste -sd ';' - | sed 's/;/, /')
  echo "e2e: /usr/bin/chromium is missing; installing with apt $(echo $NEW | wc -w) new packages (${SIZE:-size unknown}), nothing upgraded or removed: $NEW"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install $APT_OPTS chromium || fail "could not install chromium"
fi

# 2. The Node test project, exactly as locked.
(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $E2E"

# 3. The packaged application, rebuilt when the sources are newer.
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main db seeds -newer "$JAR" -print -quit)" ]; then
  echo "e2e: building $JAR"
  ./mvnw -B -q package -DskipTests || fail "the build failed"
fi

# 4. A free port, from E2E_PORT upwards.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 50); do
  port_taken "$PORT" || break
  PORT=$((PORT + 1))
done
port_taken "$PORT" && fail "no free port from ${E2E_PORT:-8095}"
BASE_URL="http://127.0.0.1:$PORT"

# 5. Start the service, and stop it whatever happens (then drop the database it had of its own).
mkdir -p target
. "$E2E/../own-database.sh"
own_database || fail "no database"
trap drop_own_database EXIT
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
stop() {
  if kill -0 "$APP" 2>/dev/null; then
    kill "$APP" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP" 2>/dev/null
  fi
  wait "$APP" 2>/dev/null
  drop_own_database
}
trap stop EXIT
trap 'exit 130' INT TERM

echo "e2e: starting the service on $BASE_URL (log: $LOG)"
up() {
  node -e "fetch(process.argv[1] + '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ datasetRelease { version } }' }) })
    .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$BASE_URL"
}
for _ in $(seq 1 120); do
  up && break
  kill -0 "$APP" 2>/dev/null || { tail -40 "$LOG" >&2; fail "the service exited during start-up"; }
  sleep 1
done
up || { tail -40 "$LOG" >&2; fail "the service did not answer within 120 s"; }

# 6. The tests; their last line is "N passed, N failed".
BASE_URL="$BASE_URL" node "$E2E/run-tests.mjs"
status=$?
exit $status
