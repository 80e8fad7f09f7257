#!/usr/bin/env bash
# Makes the runs of fixtures/locust-2.12-history/ in order (38 runs, about 10 minutes; traffic to 127.0.0.1 only),
# then its manifest.json. Which build of server.py and which locustfile each run uses: design.json.
# usage: scripts/history-fixtures/make-runs.sh [OUT_DIR] [NN ...]   (default: every run, into the fixture folder)
# Needs Debian's python3-locust 2.12.1 (`locust` on PATH). FIXTURE_PORT (default 18100) is the server's port.
# Logs go to LOG_DIR (default /tmp/history-fixtures-logs, not the fixture): runs.log (a line per run: time, wait,
# load average, CPU pressure, Locust's exit code), each run's Locust console output and the server's counters.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../../fixtures/locust-2.12-history}"
shift || true
PORT="${FIXTURE_PORT:-18100}"
PY="${PYTHON:-python3}"
# Server and Locust run with real-time priority where allowed (root: `chrt -f 10`; they use ~25% of one CPU, so they
# starve no one), else niced: on a machine busy with other jobs, a Locust waiting for a CPU adds that wait to the
# response times it measures (tens of ms on the fast endpoints' tails). FIXTURE_PRIO="" runs them as usual.
if [ -n "${FIXTURE_PRIO+x}" ]; then read -r -a PRIO <<<"$FIXTURE_PRIO"
elif chrt -f 10 true 2>/dev/null; then PRIO=(chrt -f 10)
elif nice -n -10 true 2>/dev/null; then PRIO=(nice -n -10)
else PRIO=(); fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
LOGS="${LOG_DIR:-/tmp/history-fixtures-logs}"
mkdir -p "$LOGS"
[ "${PORT}" = 18100 ] || echo "note: port $PORT; design.json names http://127.0.0.1:18100 as the host" >&2

# CPU pressure (Linux PSI, /proc/pressure/cpu "some avg10": % of the last 10 s that tasks waited for a CPU);
# "n/a" where the kernel has no PSI.
pressure() { awk '/^some/ { split($2, a, "="); print a[2] }' /proc/pressure/cpu 2>/dev/null || echo n/a; }
# Before each run, wait (at most FIXTURE_MAX_WAIT_S, default 30) until the pressure is below FIXTURE_QUIET (default
# 50): a machine busy with other jobs slows Locust itself, which adds to the response times it measures.
wait_quiet() {
  local waited=0 p
  while p="$(pressure)" && [ "$p" != n/a ] && [ "${p%.*}" -ge "${FIXTURE_QUIET:-50}" ] &&
    [ "$waited" -lt "${FIXTURE_MAX_WAIT_S:-30}" ]; do
    sleep 5
    waited=$((waited + 5))
  done
  echo "$waited"
}

run() {  # run NN BUILD LOCUSTFILE SERVER_ARGS...
  local nn=$1 build=$2 locustfile=$3
  shift 3
  local name="run-$nn" dir="$OUT/run-$nn" tmp waited
  waited="$(wait_quiet)"
  tmp="$(mktemp -d)"
  rm -rf "$dir" && mkdir -p "$dir"
  ${PRIO[@]+"${PRIO[@]}"} "$PY" "$HERE/server.py" --port "$PORT" --stats-out "$LOGS/$name-server-stats.json" "$@" \
    </dev/null >/dev/null &
  local srv=$!
  sleep 1
  local load before rc=0
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  before="$(pressure)"
  (cd "$tmp" && ${PRIO[@]+"${PRIO[@]}"} locust -f "$HERE/$locustfile" --headless -u 50 -r 50 -t 12s \
    --host "http://127.0.0.1:$PORT" --csv "$name" --csv-full-history --only-summary </dev/null >"$LOGS/$name-locust-stdout.txt" 2>&1) || rc=$?
  kill -TERM "$srv"
  wait "$srv" || true
  mv "$tmp/$name"_{stats,stats_history,failures,exceptions}.csv "$dir/"  # Locust's four CSVs, nothing else
  rmdir "$tmp"
  echo "$(date -u +%FT%TZ) $name build $build $locustfile waited ${waited}s load [$load]" \
    "cpu pressure before $before after $(pressure) locust exit $rc" | tee -a "$LOGS/runs.log"
}

WANT=" $* "
while read -r nn build locustfile args; do
  [ $# -eq 0 ] || [[ "$WANT" == *" $nn "* ]] || continue
  # shellcheck disable=SC2086
  run "$nn" "$build" "$locustfile" $args
done < <("$PY" "$HERE/series.py" runs)
if [ $# -eq 0 ]; then  # the whole series: its manifest and the README's table
  "$PY" "$HERE/series.py" manifest "$OUT"
  "$PY" "$HERE/series.py" table "$OUT"
fi
