#!/usr/bin/env bash
# Swarmlens in CI (action.yml at the repository root, docs/gitlab-ci-swarmlens.yml): run a Locust test headless,
# upload it, gate it on a criteria set (JUnit XML for the CI's test report), compare it with a baseline the server
# picks, and post (or update) one pull-request / merge-request comment. Everything comes from the environment:
#
#   SWARMLENS_SERVER, SWARMLENS_TOKEN     the Swarmlens server and an editor API token (required: SERVER)
#   SWARMLENS_PROJECT                     the project the run is stored in (default: the server's default)
#   SWARMLENS_LOCUSTFILE, SWARMLENS_HOST  the locustfile and the host it loads (required)
#   SWARMLENS_USERS (10), SWARMLENS_SPAWN_RATE (= users), SWARMLENS_RUN_TIME (1m), SWARMLENS_LOCUST_ARGS (extra)
#   SWARMLENS_LABEL                       the run's label (default: CI's short commit, else "ci")
#   SWARMLENS_SET | SWARMLENS_CRITERIA    the gate: a stored criteria set NAME of the project, or a criteria FILE;
#                                         neither: no gate (exit 0 whatever the figures)
#   SWARMLENS_BASELINE                    --baseline SPEC for the comment (default latest:branch=main)
#   SWARMLENS_COMMENT (true)              false: no comment; true: GitHub (GITHUB_TOKEN) or GitLab
#                                         (SWARMLENS_GITLAB_TOKEN) when the job runs for a pull / merge request
#   SWARMLENS_OUT (swarmlens-ci)          where Locust's CSV files, junit.xml and comment.md go
#   SWARMLENS_LOCUST (locust), SWARMLENS_CLI (node ROOT/bin/swarmlens.mjs)   the commands run
#
# Exit code: the gate's (0 every criterion met, 1 not), 2 when something could not be done (Locust wrote no
# statistics, the upload or the check failed). A missing baseline or a comment that could not be posted is said
# on stderr and changes nothing. On GitHub Actions the step outputs run-id, run-url, verdict, junit, comment.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { printf 'swarmlens-ci: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

: "${SWARMLENS_SERVER:?SWARMLENS_SERVER is required (the Swarmlens server URL)}"
: "${SWARMLENS_LOCUSTFILE:?SWARMLENS_LOCUSTFILE is required}"
: "${SWARMLENS_HOST:?SWARMLENS_HOST is required (the system under test)}"
USERS="${SWARMLENS_USERS:-10}"
SPAWN_RATE="${SWARMLENS_SPAWN_RATE:-$USERS}"
RUN_TIME="${SWARMLENS_RUN_TIME:-1m}"
BASELINE="${SWARMLENS_BASELINE:-latest:branch=main}"
COMMENT="${SWARMLENS_COMMENT:-true}"
OUT="${SWARMLENS_OUT:-swarmlens-ci}"
LOCUST="${SWARMLENS_LOCUST:-locust}"
read -r -a CLI <<< "${SWARMLENS_CLI:-node $ROOT/bin/swarmlens.mjs}"
GITHUB_SHORT="${GITHUB_SHA:-}"
LABEL="${SWARMLENS_LABEL:-${CI_COMMIT_SHORT_SHA:-${GITHUB_SHORT:0:8}}}"
LABEL="${LABEL:-ci}"
export SWARMLENS_SERVER SWARMLENS_TOKEN="${SWARMLENS_TOKEN:-}"

rm -rf "$OUT/run" && mkdir -p "$OUT/run" || die "cannot create $OUT/run"
OUT="$(cd "$OUT" && pwd)"

# 1. The test. Locust's own exit code (1 when requests failed) is not the gate: the criteria are.
read -r -a EXTRA <<< "${SWARMLENS_LOCUST_ARGS:-}"
say "locust: $USERS users, spawn rate $SPAWN_RATE, $RUN_TIME against $SWARMLENS_HOST"
$LOCUST -f "$SWARMLENS_LOCUSTFILE" --headless -u "$USERS" -r "$SPAWN_RATE" -t "$RUN_TIME" -H "$SWARMLENS_HOST" \
  --csv "$OUT/run/locust" --csv-full-history --only-summary "${EXTRA[@]}" >&2
locust_code=$?
[ -s "$OUT/run/locust_stats.csv" ] || die "Locust wrote no statistics (exit code $locust_code)"

# 2. The upload (commit, branch, job page: from CI's variables).
upload_args=(upload "$OUT/run" --server "$SWARMLENS_SERVER" --label "$LABEL" --users "$USERS" --spawn-rate "$SPAWN_RATE")
[ -n "${SWARMLENS_PROJECT:-}" ] && upload_args+=(--project "$SWARMLENS_PROJECT")
uploaded="$("${CLI[@]}" "${upload_args[@]}")" || die "the upload failed"
json_field() { node -e 'const v=JSON.parse(process.argv[1])[process.argv[2]]; process.stdout.write(v==null?"":String(v))' "$1" "$2"; }
RUN_ID="$(json_field "$uploaded" id)"
RUN_URL="$(json_field "$uploaded" url)"
say "run stored: $RUN_URL"

# 3. The gate.
gate=0
verdict="not gated"
check_args=(check "$RUN_ID" --server "$SWARMLENS_SERVER" --junit "$OUT/junit.xml")
if [ -n "${SWARMLENS_SET:-}" ]; then check_args+=(--set "$SWARMLENS_SET"); fi
if [ -n "${SWARMLENS_CRITERIA:-}" ]; then check_args+=(--criteria "$SWARMLENS_CRITERIA"); fi
if [ -n "${SWARMLENS_SET:-}${SWARMLENS_CRITERIA:-}" ]; then
  checked="$("${CLI[@]}" "${check_args[@]}")"
  gate=$?
  [ "$gate" -le 1 ] || die "the check failed"
  verdict="$(json_field "$checked" verdict)"
  verdict="${verdict:-not judged}"
  say "gate: $verdict (exit $gate); JUnit: $OUT/junit.xml"
else
  say "no SWARMLENS_SET or SWARMLENS_CRITERIA: no gate"
fi

# 4. The comment: the comparison with the baseline, else a few lines saying why there is none.
compare_args=(compare "$RUN_ID" --server "$SWARMLENS_SERVER" --baseline "$BASELINE" --format pr)
# The gate's file set is judged in the comment too (a stored set is: it is one of the project's).
if [ -n "${SWARMLENS_CRITERIA:-}" ]; then compare_args+=(--criteria "$SWARMLENS_CRITERIA"); fi
if "${CLI[@]}" "${compare_args[@]}" > "$OUT/comment.md" 2> "$OUT/compare.err"; then
  :
else
  why="$(tail -n 1 "$OUT/compare.err" | sed 's/^swarmlens: //')"
  say "no comparison: $why"
  printf '<!-- swarmlens -->\n### Load test: %s\n\nNo comparison with a baseline (`%s`): %s\n\n[The run on Swarmlens](%s)\n' \
    "$verdict" "$BASELINE" "$why" "$RUN_URL" > "$OUT/comment.md"
fi
if [ "$COMMENT" = "true" ]; then
  node "$ROOT/integrations/ci/post-comment.mjs" "$OUT/comment.md" || say "the comment was not posted"
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "run-id=$RUN_ID"
    echo "run-url=$RUN_URL"
    echo "verdict=$verdict"
    echo "junit=$OUT/junit.xml"
    echo "comment=$OUT/comment.md"
  } >> "$GITHUB_OUTPUT"
fi
exit "$gate"
