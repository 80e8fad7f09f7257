#!/usr/bin/env bash
# Makes every run of fixtures/locust-2.12-series/ (about 16 minutes; traffic to 127.0.0.1 only).
# usage: scripts/locust-fixtures/make-runs.sh [OUT_DIR] [RUN ...]   (default: all runs, in order)
# Needs Debian's python3-locust 2.12.1 (`locust` on PATH); the ko/ja runs need the locales
# ko_KR.CP949 and ja_JP.SJIS (made with localedef if missing, needs the `locales` package).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$HERE/../../fixtures/locust-2.12-series}"
shift || true
PORT="${FIXTURE_PORT:-18089}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# run NAME PROFILE LANG USERS SPAWN_RATE DURATION LOCALE
run() {
  local name=$1 profile=$2 lang=$3 users=$4 rate=$5 dur=$6 loc=$7 dir="$OUT/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  python3 "$HERE/server.py" --port "$PORT" --profile "$profile" --lang "$lang" --seed "$users" \
    --stats-out "$dir/server-stats.json" ${SERVER_ARGS:-} >/dev/null &
  local srv=$!
  sleep 1
  echo "$(date -u +%FT%TZ) $name: locust -u $users -r $rate -t $dur (profile $profile, LC_ALL=$loc)"
  (cd "$dir" && env -u PYTHONUTF8 -u PYTHONIOENCODING LANG="$loc" LC_ALL="$loc" FIXTURE_LANG="$lang" \
    locust -f "$HERE/locustfile.py" --headless -u "$users" -r "$rate" -t "$dur" \
      --host "http://127.0.0.1:$PORT" --csv "$name" --csv-full-history --html "$name.html" \
      --only-summary --logfile locust.log >locust-stdout.txt 2>&1) ||
    echo "  locust exit code $? (1 = the run had failures)"
  kill -TERM "$srv"
  wait "$srv" || true
}

ensure_locale() {  # ensure_locale NAME INPUT CHARMAP
  locale -a | grep -qix "$1" || localedef -i "$2" -f "$3" "$1" || true
}

RUNS=("$@")
[ ${#RUNS[@]} -gt 0 ] || RUNS=(series-50u series-100u series-150u series-retest-100u korean-cp949-20u \
  japanese-sjis-20u ramp-400u)
for r in "${RUNS[@]}"; do
  case $r in
    series-50u) run "$r" series en 50 5 90s C.UTF-8 ;;
    series-100u) run "$r" series en 100 5 90s C.UTF-8 ;;
    series-150u) run "$r" series en 150 5 90s C.UTF-8 ;;
    series-retest-100u) run "$r" fixed en 100 5 90s C.UTF-8 ;;
    ramp-400u) run "$r" fixed en 400 1 420s C.UTF-8 ;;
    korean-cp949-20u) ensure_locale ko_KR.cp949 ko_KR CP949; run "$r" flaky ko 20 5 60s ko_KR.CP949 ;;
    japanese-sjis-20u) ensure_locale ja_JP.sjis ja_JP SHIFT_JIS; run "$r" flaky ja 20 5 60s ja_JP.SJIS ;;
    *) echo "unknown run $r" >&2; exit 2 ;;
  esac
done
