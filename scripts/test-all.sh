#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Each step prints
# its duration; the last line sums up.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() {
  local name=$1
  shift
  local t0=$SECONDS
  echo
  echo "=== $name"
  "$@"
  echo "--- $name: $((SECONDS - t0)) s"
}

step "prisma generate" npm run --silent prisma:generate
# The three static checks are independent and mostly single-threaded: run
# side by side, they take about as long as the slowest one (tsc).
static_checks() {
  local dir
  dir=$(mktemp -d)
  npx tsc >"$dir/typecheck" 2>&1 &
  local tsc=$!
  npx eslint . >"$dir/lint" 2>&1 &
  local eslint=$!
  npx prettier --check . >"$dir/format" 2>&1 &
  local prettier=$!
  local failed=0
  wait "$tsc" || failed=1
  wait "$eslint" || failed=1
  wait "$prettier" || failed=1
  for check in typecheck lint format; do
    echo "--- $check"
    cat "$dir/$check"
  done
  rm -rf "$dir"
  return "$failed"
}

# Vitest and Playwright side by side: on a 2-core machine the end-to-end run
# keeps under one core busy (its browser and server wait on each other), and
# the integration tests' workers wait on their databases, so together they
# take ~40 % less time than one after the other. Playwright's output is kept
# and printed once Vitest's is done, so neither log interleaves.
tests_side_by_side() {
  local e2e_log e2e_pid failed=0
  e2e_log=$(mktemp)
  (
    t0=$SECONDS
    status=0
    npx playwright test || status=$?
    echo "--- end-to-end: $((SECONDS - t0)) s"
    exit "$status"
  ) >"$e2e_log" 2>&1 &
  e2e_pid=$!
  echo "=== unit + integration (PostgreSQL 15 and PGlite), while end-to-end runs"
  local t0=$SECONDS
  npx vitest run || failed=1
  echo "--- unit + integration: $((SECONDS - t0)) s"
  wait "$e2e_pid" || failed=1
  echo
  echo "=== end-to-end (Playwright, Chromium)"
  cat "$e2e_log"
  rm -f "$e2e_log"
  return "$failed"
}

step "typecheck, lint, format" static_checks
step "production build" npx remix vite:build
step "tests: Vitest and Playwright side by side" tests_side_by_side

echo
echo "All checks passed in $((SECONDS - started)) s."
