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

step "typecheck, lint, format" static_checks
step "unit + integration (PostgreSQL 15 and PGlite)" npx vitest run
step "production build" npx remix vite:build
step "end-to-end (Playwright, Chromium)" npx playwright test

echo
echo "All checks passed in $((SECONDS - started)) s."
