// Integration tests run twice: once against a real PostgreSQL 15 that the
// `postgres` project starts itself, once against embedded PGlite, so every
// query is proven on both engines the marketplace runs on. Each such file gets
// its own fresh database (tests/setup/per-file.ts). Pure rules that need no
// database are named *.unit.test.ts and run once, in the `unit` project.
// Playwright's end-to-end tests (tests/e2e) are not Vitest's.
import os from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const EXCLUDED = [...configDefaults.exclude, "tests/e2e/**"];
const ALL_TESTS = ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"];
const UNIT_TESTS = ["app/**/*.unit.test.ts", "scripts/**/*.unit.test.ts", "tests/integration/**/*.unit.test.ts"];
// Files about several processes or servers on one PostgreSQL (each skips itself on PGlite too,
// for a machine without PostgreSQL binaries): the pglite project does not even load them.
const POSTGRES_ONLY = [
  "tests/integration/crash-loop.test.ts",
  "tests/integration/read-replicas.test.ts",
  "tests/integration/two-processes.test.ts",
  "app/platform/jobs.server.test.ts",
];
// A file's process runs the next files too (isolate: false): loading the app
// afresh for every file took ~250 s of worker time. tests/setup/per-file.ts
// gives each file its own database and the same starting state.
const withDatabase = (globalSetup: string) => ({
  globalSetup: [`tests/setup/${globalSetup}`],
  setupFiles: ["tests/setup/per-file.ts"],
  isolate: false,
});

export default defineConfig({
  // Own alias instead of vite.config.ts: that file loads the Remix plugin,
  // which has no business in a test run.
  resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL("./app/", import.meta.url)) }] },
  test: {
    environment: "node",
    // Each project names its own files (a project's lists add to the root's, never replace them).
    exclude: EXCLUDED,
    // Limits against a hung test, not speed checks (those are benches): a test's
    // first query on PGlite waits for its WebAssembly to start (~1 s, several on
    // a busy machine), and `npm test` runs Playwright beside Vitest on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default (cores - 1) is a single worker on a 2-core machine, but a
    // PostgreSQL test spends much of its time waiting for the server: two
    // workers take ~40 % off the run there.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // Pure modules keep no state a file could leak into the next: one module graph for
        // all unit files (isolate: false) takes their import time from ~95 s to ~25 s.
        test: { name: "unit", include: UNIT_TESTS, setupFiles: ["tests/setup/no-database.ts"], isolate: false },
      },
      {
        extends: true,
        test: { name: "postgres", include: ALL_TESTS, exclude: UNIT_TESTS, ...withDatabase("postgres-global.ts") },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ALL_TESTS,
          exclude: [...UNIT_TESTS, ...POSTGRES_ONLY],
          ...withDatabase("pglite-global.ts"),
        },
      },
    ],
  },
});
