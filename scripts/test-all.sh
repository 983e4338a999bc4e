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
step "typecheck" npx tsc
step "lint" npx eslint .
step "format" npx prettier --check .
step "unit + integration (PostgreSQL 15 and PGlite)" npx vitest run
step "production build" npx remix vite:build
step "end-to-end (Playwright, Chromium)" npx playwright test

echo
echo "All checks passed in $((SECONDS - started)) s."
