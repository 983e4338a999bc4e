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

# Playwright runs in the background from right after the build, beside the
# static checks and then Vitest: on a 2-core machine the end-to-end run keeps
# under one core busy (its browser and server wait on each other; 311 CPU-s
# over 455 s alone), and the integration tests' workers wait on their
# databases. Fresh-clone CI went from ~1,180 s one after the other to ~870 s.
# Its output is kept and printed after Vitest's, so the logs do not interleave.
# A failing step stops the run, and the background end-to-end run with it.
e2e_log=$(mktemp)
e2e_pid=
start_end_to_end() {
  echo "(runs in the background; its log follows the integration tests)"
  # setsid: its own process group, so that stopping it stops its server and browser too.
  setsid bash -c 't0=$SECONDS; status=0; npx playwright test || status=$?; echo "--- end-to-end: $((SECONDS - t0)) s"; exit "$status"' \
    >"$e2e_log" 2>&1 &
  e2e_pid=$!
}
stop_end_to_end() {
  if [ -n "$e2e_pid" ]; then kill -- "-$e2e_pid" 2>/dev/null || true; fi
  rm -f "$e2e_log"
}
trap stop_end_to_end EXIT
end_to_end_result() {
  local status=0
  wait "$e2e_pid" || status=$?
  e2e_pid=
  cat "$e2e_log"
  return "$status"
}

step "production build" npx remix vite:build
step "end-to-end (Playwright, Chromium): started" start_end_to_end
step "typecheck, lint, format" static_checks
step "unit + integration (PostgreSQL 15 and PGlite)" npx vitest run
step "end-to-end (Playwright, Chromium)" end_to_end_result

echo
echo "All checks passed in $((SECONDS - started)) s."
