#!/usr/bin/env bash
# The pre-commit hook as a user runs it: `pre-commit try-repo <this repository> otel-target-lint` in a small git
# repository holding a broken example (must fail and name the fix), then the fixed one (must pass).
# Needs the `pre-commit` command (Debian package pre-commit) and the npm registry (pre-commit installs the hook).
# try-repo uses this repository's committed HEAD, so commit before running it by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
# The hook runs with --cache; its cache goes here (try-repo deletes the hook's environment when it is done).
export OTEL_TARGET_LINT_CACHE_DIR="$work/otl-cache"

run() { # $1 example variant; prints the hook output, returns its status
  local repo="$work/$1"
  mkdir -p "$repo"
  cp -r "$here/examples/path-mismatch/$1/." "$repo/"
  git -C "$repo" init -q
  git -C "$repo" -c user.name=t -c user.email=t@example.com add -A
  git -C "$repo" -c user.name=t -c user.email=t@example.com commit -qm init
  (cd "$repo" && pre-commit try-repo "$here" otel-target-lint --all-files --color never 2>&1)
}

set +e
broken="$(run broken)"; broken_status=$?
fixed="$(run fixed)"; fixed_status=$?
set -e
printf '%s\n' "--- broken ---" "$broken" "--- fixed ---" "$fixed"
fail=0
if [ "$broken_status" -eq 0 ]; then echo "FAIL: the hook passed on the broken example"; fail=1; fi
case "$broken" in *'Set it to "/app/server"'*'[target-exe-mismatch]'*) ;; *) echo "FAIL: the broken run does not name the fix"; fail=1 ;; esac
if [ "$fixed_status" -ne 0 ]; then echo "FAIL: the hook failed on the fixed example"; fail=1; fi
if [ "$(find "$OTEL_TARGET_LINT_CACHE_DIR" -name 'parse-*.cache' 2>/dev/null | wc -l)" -ne 2 ]; then echo "FAIL: the hook did not write a parse cache per repository (--cache)"; fail=1; fi
if [ "$fail" -eq 0 ]; then echo "pre-commit: 2 passed, 0 failed"; else echo "pre-commit: failed"; fi
exit "$fail"
