#!/usr/bin/env bash
# Run copylint on what a pull request (or merge request) changed, for CI.
#
#   ci/copylint-pr.sh github   annotations on stdout + SARIF in $COPYLINT_SARIF (GitHub Actions)
#   ci/copylint-pr.sh gitlab   code-quality JSON in $COPYLINT_CODEQUALITY + text in the log
#                              (what ci/gitlab-ci.yml's job runs, for other CI systems)
#
# Environment: COPYLINT_BASE (git ref; empty: check everything), COPYLINT_PATHS (space-separated;
# empty: the changed copy files), COPYLINT_FAIL_ON (default warning), COPYLINT_ARGS (more
# arguments). Exit status: copylint's (0 clean, 1 findings at or above fail-on, 2 errors).
set -uo pipefail

mode="${1:-github}"
base="${COPYLINT_BASE:-}"
fail_on="${COPYLINT_FAIL_ON:-warning}"
read -r -a paths <<< "${COPYLINT_PATHS:-}"
read -r -a extra <<< "${COPYLINT_ARGS:-}"

scope=()
if [ -n "$base" ]; then
  # The merge base needs the base commit: fetch it when a shallow clone lacks it.
  if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    git fetch --quiet --no-tags origin "$base" || true
  fi
  scope=(--diff-base "$base")
elif [ ${#paths[@]} -eq 0 ]; then
  paths=(.)
fi

run() { copylint check "${scope[@]}" "${extra[@]}" --fail-on "$fail_on" "$@" ${paths[@]+"${paths[@]}"}; }

case "$mode" in
  github)
    sarif="${COPYLINT_SARIF:-copylint.sarif}"
    run --format sarif --output "$sarif" 2>/dev/null
    run --format github
    status=$?
    ;;
  gitlab)
    report="${COPYLINT_CODEQUALITY:-gl-code-quality-report.json}"
    run --format gitlab --output "$report" 2>/dev/null
    run --format text
    status=$?
    ;;
  *)
    echo "usage: $0 github|gitlab" >&2
    exit 2
    ;;
esac
exit "$status"
